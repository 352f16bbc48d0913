/** What a change to a threat means to a reviewer, read from the fields that changed. */
import type { ChangeKind, FieldChange, ThreatAspect } from './types';

const ASPECT_OF_FIELD: Readonly<Record<string, ThreatAspect>> = {
  likelihood: 'reRated',
  impact: 'reRated',
  status: 'status',
  justification: 'justification',
  mitigationIds: 'mitigations',
};

/** The aspects of one threat change, without repeats, in a fixed order. */
export function threatAspects(change: ChangeKind, fields: readonly FieldChange[]): ThreatAspect[] {
  if (change === 'added') return ['new'];
  if (change === 'removed') return ['removed'];

  const found = new Set<ThreatAspect>();
  for (const field of fields) {
    if (field.path === 'stale') found.add(field.after === true ? 'stale' : 'noLongerStale');
    else found.add(ASPECT_OF_FIELD[field.path] ?? 'other');
  }
  return ORDER.filter((aspect) => found.has(aspect));
}

const ORDER: readonly ThreatAspect[] = [
  'stale',
  'noLongerStale',
  'reRated',
  'status',
  'justification',
  'mitigations',
  'other',
];
