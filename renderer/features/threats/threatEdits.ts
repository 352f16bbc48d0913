/**
 * Pure edits of the threats and mitigations of a model. Each takes a model and returns a new one,
 * or the very same object when nothing changed, so the undo history can skip no-op edits. None of
 * them mutates its input.
 */
import { createMitigation } from '../../../shared/model/factories';
import { ID_PREFIXES, newId } from '../../../shared/model/ids';
import type { Mitigation, Threat, ThreatModel } from '../../../shared/model/types';
import {
  STATUSES_NEEDING_JUSTIFICATION,
  type StrideCategory,
  type ThreatStatus,
} from '../../../shared/model/vocabulary';

/** Replaces the threats whose ids are in `ids`; `fn` returns the same object for no change. */
export function mapThreats(
  model: ThreatModel,
  ids: ReadonlySet<string>,
  fn: (threat: Threat) => Threat,
): ThreatModel {
  let changed = false;
  const threats = model.threats.map((threat) => {
    if (!ids.has(threat.id)) return threat;
    const next = fn(threat);
    changed ||= next !== threat;
    return next;
  });
  return changed ? { ...model, threats } : model;
}

/** Sets likelihood and/or impact; a person's rating is kept by every later regeneration. */
export function rateThreat(
  model: ThreatModel,
  id: string,
  rating: { likelihood?: number; impact?: number },
): ThreatModel {
  return mapThreats(model, new Set([id]), (threat) => {
    const likelihood = rating.likelihood ?? threat.likelihood;
    const impact = rating.impact ?? threat.impact;
    if (likelihood === threat.likelihood && impact === threat.impact) return threat;
    return { ...threat, likelihood, impact, ratedBy: 'person', reviewed: true };
  });
}

/** Why a status change cannot be made yet, or null when it can. */
export function statusProblem(status: ThreatStatus, justification: string): string | null {
  if (STATUSES_NEEDING_JUSTIFICATION.has(status) && justification.trim() === '')
    return 'Write a justification: accepted, transferred and not applicable need a reason.';
  return null;
}

/**
 * Sets the status of threats. A decision that needs a reason keeps the justification given, or
 * each threat's own when none is given; callers check `statusProblem` first.
 */
export function setThreatStatus(
  model: ThreatModel,
  ids: Iterable<string>,
  status: ThreatStatus,
  justification?: string,
): ThreatModel {
  return mapThreats(model, new Set(ids), (threat) => {
    const nextJustification = justification ?? threat.justification;
    if (threat.status === status && threat.justification === nextJustification && threat.reviewed)
      return threat;
    return { ...threat, status, justification: nextJustification, reviewed: true };
  });
}

/** Changes free-text fields of a threat. */
export function updateThreatText(
  model: ThreatModel,
  id: string,
  patch: Partial<Pick<Threat, 'title' | 'description' | 'notes' | 'justification' | 'category'>>,
): ThreatModel {
  return mapThreats(model, new Set([id]), (threat) =>
    Object.entries(patch).every(([key, value]) => threat[key as keyof Threat] === value)
      ? threat
      : { ...threat, ...patch },
  );
}

/** Marks threats as looked at, which clears their new or stale marker. */
export function markReviewed(model: ThreatModel, ids: Iterable<string>): ThreatModel {
  return mapThreats(model, new Set(ids), (threat) =>
    threat.reviewed ? threat : { ...threat, reviewed: true },
  );
}

/** Every threat that waits for review, marked as reviewed. */
export function markAllReviewed(model: ThreatModel): ThreatModel {
  return markReviewed(
    model,
    model.threats.filter((threat) => !threat.reviewed).map((threat) => threat.id),
  );
}

/** Removes threats (a person removes stale or manual ones); their numbers are never reused. */
export function deleteThreats(model: ThreatModel, ids: Iterable<string>): ThreatModel {
  const doomed = new Set(ids);
  const threats = model.threats.filter((threat) => !doomed.has(threat.id));
  return threats.length === model.threats.length ? model : { ...model, threats };
}

export interface ManualThreatInit {
  title: string;
  category: StrideCategory;
  description?: string;
  likelihood?: number;
  impact?: number;
}

/** Adds a threat written by hand to an element; returns the new model and the threat's id. */
export function addManualThreat(
  model: ThreatModel,
  elementId: string,
  init: ManualThreatInit,
): { model: ThreatModel; id: string } {
  const number = model.threatCounter + 1;
  const threat: Threat = {
    id: newId(ID_PREFIXES.manualThreat),
    number,
    title: init.title,
    category: init.category,
    elementId,
    ruleId: null,
    qualifier: '',
    description: init.description ?? '',
    references: [],
    likelihood: init.likelihood ?? 3,
    impact: init.impact ?? 3,
    ratedBy: 'person',
    status: 'open',
    justification: '',
    mitigationIds: [],
    notes: '',
    stale: false,
    reviewed: true,
  };
  return {
    model: { ...model, threatCounter: number, threats: [...model.threats, threat] },
    id: threat.id,
  };
}

/**
 * Copies a threat to other elements as threats written by hand: same title, category, text,
 * references, ratings and mitigations; status starts open, since a decision was about one element.
 */
export function copyThreatToElements(
  model: ThreatModel,
  threatId: string,
  elementIds: readonly string[],
): { model: ThreatModel; ids: string[] } {
  const source = model.threats.find((threat) => threat.id === threatId);
  if (!source) return { model, ids: [] };
  let counter = model.threatCounter;
  const copies: Threat[] = elementIds
    .filter((elementId) => elementId !== source.elementId)
    .map((elementId) => ({
      ...source,
      id: newId(ID_PREFIXES.manualThreat),
      number: ++counter,
      elementId,
      ruleId: null,
      qualifier: '',
      ratedBy: 'person',
      status: 'open',
      justification: '',
      mitigationIds: [...source.mitigationIds],
      stale: false,
      reviewed: true,
    }));
  if (copies.length === 0) return { model, ids: [] };
  return {
    model: { ...model, threatCounter: counter, threats: [...model.threats, ...copies] },
    ids: copies.map((copy) => copy.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Mitigations.

export type MitigationPatch = Partial<Omit<Mitigation, 'id'>>;

/** Adds a mitigation, linked to the given threats; returns the new model and its id. */
export function addMitigation(
  model: ThreatModel,
  init: MitigationPatch & { title: string },
  threatIds: Iterable<string> = [],
): { model: ThreatModel; id: string } {
  const mitigation = createMitigation({ ...init, id: newId(ID_PREFIXES.mitigation) });
  const next = { ...model, mitigations: [...model.mitigations, mitigation] };
  return { model: linkMitigation(next, mitigation.id, threatIds), id: mitigation.id };
}

/** Changes fields of a mitigation. */
export function updateMitigation(
  model: ThreatModel,
  id: string,
  patch: MitigationPatch,
): ThreatModel {
  let changed = false;
  const mitigations = model.mitigations.map((mitigation) => {
    if (mitigation.id !== id) return mitigation;
    const same = Object.entries(patch).every(
      ([key, value]) => mitigation[key as keyof Mitigation] === value,
    );
    if (same) return mitigation;
    changed = true;
    return { ...mitigation, ...patch };
  });
  return changed ? { ...model, mitigations } : model;
}

/** Removes a mitigation and every link to it. */
export function deleteMitigation(model: ThreatModel, id: string): ThreatModel {
  if (!model.mitigations.some((mitigation) => mitigation.id === id)) return model;
  const linked = new Set(
    model.threats.filter((threat) => threat.mitigationIds.includes(id)).map((threat) => threat.id),
  );
  const unlinked = mapThreats(model, linked, (threat) => ({
    ...threat,
    mitigationIds: threat.mitigationIds.filter((mitigationId) => mitigationId !== id),
  }));
  return {
    ...unlinked,
    mitigations: unlinked.mitigations.filter((mitigation) => mitigation.id !== id),
  };
}

/** Links a mitigation to threats; links that already exist stay as they are. */
export function linkMitigation(
  model: ThreatModel,
  mitigationId: string,
  threatIds: Iterable<string>,
): ThreatModel {
  return mapThreats(model, new Set(threatIds), (threat) =>
    threat.mitigationIds.includes(mitigationId)
      ? threat
      : { ...threat, mitigationIds: [...threat.mitigationIds, mitigationId] },
  );
}

/** Removes the link between a mitigation and threats. */
export function unlinkMitigation(
  model: ThreatModel,
  mitigationId: string,
  threatIds: Iterable<string>,
): ThreatModel {
  return mapThreats(model, new Set(threatIds), (threat) =>
    threat.mitigationIds.includes(mitigationId)
      ? { ...threat, mitigationIds: threat.mitigationIds.filter((id) => id !== mitigationId) }
      : threat,
  );
}
