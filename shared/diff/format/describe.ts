/**
 * The diff as sections of sentences, shared by the terminal and Markdown formats so both say the
 * same thing: one line per added, removed or changed thing, with one detail line per field.
 */
import { formatThreatNumber } from '../../model/ids';
import { labelOf, STRIDE_NAMES } from '../../model/vocabulary';
import type { ChangeKind, ElementChange, FieldChange, ModelDiff, ThreatChange } from '../types';
import { describeValue, fieldName, labelOfId, type DiffStyle } from './values';

export interface DiffLine {
  change: ChangeKind | 'crossing';
  text: string;
  details: string[];
}

export interface DiffSection {
  title: string;
  lines: DiffLine[];
}

/** The sections of a diff, in reading order; empty sections are left out. */
export function describeDiff(diff: ModelDiff, style: DiffStyle): DiffSection[] {
  const say = new Sentences(diff, style);
  const nodes = diff.elements.filter((c) => c.kind !== 'dataFlow' && c.kind !== 'trustBoundary');
  const flows = diff.elements.filter((c) => c.kind === 'dataFlow');
  const zones = diff.elements.filter((c) => c.kind === 'trustBoundary');

  const sections: DiffSection[] = [
    { title: 'Model', lines: diff.metadata.length > 0 ? [say.metadata(diff.metadata)] : [] },
    {
      title: withCounts('Diagrams', diff.diagrams),
      lines: diff.diagrams.map((c) =>
        say.simple(c.change, `diagram ${style.name(c.name)}`, c.fields),
      ),
    },
    { title: withCounts('Elements', nodes), lines: nodes.map((c) => say.element(c)) },
    { title: withCounts('Flows', flows), lines: flows.map((c) => say.element(c)) },
    { title: withCounts('Trust boundaries', zones), lines: zones.map((c) => say.element(c)) },
    { title: 'Boundary crossings', lines: diff.crossings.map((c) => say.crossing(c)) },
    {
      title: threatTitle(diff.threats),
      lines: sortThreats(diff.threats).map((c) => say.threat(c)),
    },
    {
      title: withCounts('Mitigations', diff.mitigations),
      lines: diff.mitigations.map((c) => say.simple(c.change, style.name(c.title), c.fields)),
    },
    {
      title: withCounts('Merge conflicts', diff.conflicts),
      lines: diff.conflicts.map((c) =>
        say.simple(c.change, `conflict on ${style.value(c.conflict?.path ?? c.id)}`, []),
      ),
    },
    { title: 'Layout', lines: diff.includesLayout && diff.layout.length > 0 ? [say.layout()] : [] },
  ];

  return sections.filter((section) => section.lines.length > 0);
}

/** A one-line count of what changed, such as `3 elements, 2 flows and 5 threats changed`. */
export function summarizeDiff(diff: ModelDiff): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string): void => {
    if (n > 0) parts.push(`${n} ${n === 1 ? one : many}`);
  };
  count(
    diff.elements.filter((c) => c.kind !== 'dataFlow' && c.kind !== 'trustBoundary').length,
    'element',
    'elements',
  );
  count(diff.elements.filter((c) => c.kind === 'dataFlow').length, 'flow', 'flows');
  count(diff.elements.filter((c) => c.kind === 'trustBoundary').length, 'boundary', 'boundaries');
  count(diff.threats.length, 'threat', 'threats');
  count(diff.mitigations.length, 'mitigation', 'mitigations');
  count(diff.diagrams.length, 'diagram', 'diagrams');
  count(diff.conflicts.length, 'conflict', 'conflicts');
  if (diff.metadata.length > 0) parts.push('model details');
  if (diff.includesLayout && diff.layout.length > 0) parts.push('layout');
  if (parts.length === 0) return 'No changes.';
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Changed: ${list}.`;
}

function withCounts(title: string, changes: ReadonlyArray<{ change: ChangeKind }>): string {
  const added = changes.filter((c) => c.change === 'added').length;
  const removed = changes.filter((c) => c.change === 'removed').length;
  const changed = changes.length - added - removed;
  const parts = [
    added > 0 ? `${added} added` : '',
    removed > 0 ? `${removed} removed` : '',
    changed > 0 ? `${changed} changed` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${title} (${parts.join(', ')})` : title;
}

function threatTitle(threats: readonly ThreatChange[]): string {
  const has = (aspect: ThreatChange['aspects'][number]) =>
    threats.filter((c) => c.aspects.includes(aspect)).length;
  const decisions = threats.filter((c) =>
    c.aspects.some((a) => a === 'status' || a === 'justification'),
  ).length;
  const parts = [
    has('new') > 0 ? `${has('new')} new` : '',
    has('removed') > 0 ? `${has('removed')} removed` : '',
    has('stale') > 0 ? `${has('stale')} stale` : '',
    has('reRated') > 0 ? `${has('reRated')} re-rated` : '',
    decisions > 0 ? `${decisions} with a changed decision` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `Threats (${parts.join(', ')})` : 'Threats';
}

function sortThreats(threats: readonly ThreatChange[]): ThreatChange[] {
  return [...threats].sort((a, b) => a.number - b.number);
}

/** Sentence builders bound to one diff and one style. */
class Sentences {
  constructor(
    private readonly diff: ModelDiff,
    private readonly style: DiffStyle,
  ) {}

  metadata(fields: readonly FieldChange[]): DiffLine {
    return { change: 'changed', text: 'model details', details: fields.map((f) => this.field(f)) };
  }

  simple(change: ChangeKind, subject: string, fields: readonly FieldChange[]): DiffLine {
    return { change, text: subject, details: fields.map((f) => this.field(f)) };
  }

  element(c: ElementChange): DiffLine {
    const s = this.style;
    const subject = `${s.plain(labelOf(c.kind))} ${s.name(labelOfId(this.diff, c.id))}`;
    if (c.change === 'removed') return { change: c.change, text: subject, details: [] };
    if (c.change === 'added')
      return { change: c.change, text: `${subject}${this.placement(c)}`, details: [] };
    return { change: c.change, text: subject, details: c.fields.map((f) => this.field(f)) };
  }

  crossing(c: ModelDiff['crossings'][number]): DiffLine {
    const s = this.style;
    const flow = s.name(labelOfId(this.diff, c.flowId));
    const zones = (ids: readonly string[]) =>
      ids.map((id) => s.name(labelOfId(this.diff, id))).join(', ');
    const trust = (state: NonNullable<typeof c.after>) =>
      s.plain(` (trust ${state.sourceTrust} → ${state.targetTrust})`);
    if (c.status === 'nowCrosses' && c.after)
      return {
        change: 'crossing',
        text: `Flow ${flow} now crosses ${zones(c.after.zoneIds)}${trust(c.after)}`,
        details: [],
      };
    if (c.status === 'noLongerCrosses' && c.before)
      return {
        change: 'crossing',
        text: `Flow ${flow} no longer crosses ${zones(c.before.zoneIds)}`,
        details: [],
      };
    return {
      change: 'crossing',
      text: `Flow ${flow} now crosses ${zones(c.after?.zoneIds ?? [])} instead of ${zones(c.before?.zoneIds ?? [])}`,
      details: [],
    };
  }

  threat(c: ThreatChange): DiffLine {
    const s = this.style;
    const subject = `${s.plain(formatThreatNumber(c.number))} ${s.name(c.title)} ${s.plain(`(${STRIDE_NAMES[c.category]})`)} on ${s.name(labelOfId(this.diff, c.elementId))}`;
    if (c.change !== 'changed') {
      const risk = s.plain(`risk ${c.likelihood * c.impact}`);
      return { change: c.change, text: `${subject}, ${risk}`, details: [] };
    }
    const details: string[] = [];
    for (const aspect of c.aspects) {
      if (aspect === 'stale') details.push(s.plain('is stale: its rule no longer applies'));
      if (aspect === 'noLongerStale') details.push(s.plain('applies again (no longer stale)'));
      if (aspect === 'reRated') details.push(this.rating(c));
    }
    for (const f of c.fields) {
      if (f.path === 'stale' || f.path === 'likelihood' || f.path === 'impact') continue;
      details.push(this.field(f));
    }
    return { change: c.change, text: subject, details };
  }

  layout(): DiffLine {
    const counts = { nodes: 0, edges: 0, viewports: 0 };
    for (const change of this.diff.layout) counts[change.part]++;
    const parts = [
      counts.nodes > 0 ? `${counts.nodes} boxes moved, resized, added or removed` : '',
      counts.edges > 0 ? `${counts.edges} flow routes changed` : '',
      counts.viewports > 0 ? `${counts.viewports} viewports changed` : '',
    ].filter(Boolean);
    return { change: 'changed', text: this.style.plain(parts.join('; ')), details: [] };
  }

  private rating(c: ThreatChange): string {
    const value = (path: 'likelihood' | 'impact', side: 'before' | 'after'): number => {
      const found = c.fields.find((f) => f.path === path);
      const v = found ? found[side] : c[path];
      return typeof v === 'number' ? v : c[path];
    };
    const lb = value('likelihood', 'before');
    const la = value('likelihood', 'after');
    const ib = value('impact', 'before');
    const ia = value('impact', 'after');
    return this.style.plain(
      `re-rated: likelihood ${lb} → ${la}, impact ${ib} → ${ia}, risk ${lb * ib} → ${la * ia}`,
    );
  }

  private placement(c: ElementChange): string {
    const s = this.style;
    const element = c.element;
    if (!element) return '';
    if (element.kind === 'dataFlow')
      return ` from ${s.name(labelOfId(this.diff, element.sourceId))} to ${s.name(labelOfId(this.diff, element.targetId))}`;
    return element.boundaryId ? ` in ${s.name(labelOfId(this.diff, element.boundaryId))}` : '';
  }

  private field(f: FieldChange): string {
    const s = this.style;
    if (f.path === 'boundaryId') {
      if (f.before === null) return `moved into ${this.value(f, 'after')}`;
      if (f.after === null) return `moved out of ${this.value(f, 'before')} to outside every zone`;
      return `moved from ${this.value(f, 'before')} to ${this.value(f, 'after')}`;
    }
    if (f.path === 'name' || f.path === 'title')
      return `renamed from ${this.value(f, 'before')} to ${this.value(f, 'after')}`;
    if (f.path === 'outOfScope')
      return s.plain(f.after === true ? 'now out of scope' : 'back in scope');
    return `${s.plain(fieldName(f.path))}: ${this.value(f, 'before')} → ${this.value(f, 'after')}`;
  }

  private value(f: FieldChange, side: 'before' | 'after'): string {
    return describeValue(this.diff, f.path, f[side], this.style);
  }
}
