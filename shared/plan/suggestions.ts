/**
 * Turning a rule's suggested mitigations into the model's own. Suggestions are deduplicated by
 * title, so adopting "TLS on every connection" for twenty cleartext flows makes one mitigation
 * linked to twenty threats, which is what the plan needs to rank it well.
 */
import { stableHash } from '../model/ids';
import { mitigationSchema } from '../model/schema';
import type { Mitigation, Threat, ThreatModel } from '../model/types';
import { fail, ok, problem, type Result } from '../result';
import { engineForModel, type RuleEngine } from '../rules/engine';
import type { SuggestedMitigation } from '../rules/ruleSchema';

/** The mitigations a threat's rule suggests; none for hand-written threats or unknown rules. */
export function suggestionsFor(threat: Threat, engine: RuleEngine): readonly SuggestedMitigation[] {
  if (threat.ruleId === null) return [];
  return engine.byId.get(threat.ruleId)?.rule.mitigations ?? [];
}

function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The model's mitigation with this title (ignoring case and spacing), if there is one. */
export function findMitigationByTitle(
  mitigations: readonly Mitigation[],
  title: string,
): Mitigation | undefined {
  const key = titleKey(title);
  return mitigations.find((mitigation) => titleKey(mitigation.title) === key);
}

/**
 * The id a suggestion gets when adopted: derived from its title, so that two people adopting the
 * same suggestion on two branches create the same mitigation and a merge lines them up.
 */
export function suggestedMitigationId(title: string): string {
  return `mit_${stableHash(titleKey(title))}`;
}

export interface AdoptedSuggestion {
  model: ThreatModel;
  mitigationId: string;
  /** False when a mitigation with that title existed and was linked instead. */
  created: boolean;
}

/**
 * Links a threat to the mitigation its rule suggests under `title`, creating the mitigation (as
 * proposed) when the model has none with that title. Linking twice changes nothing.
 */
export function adoptSuggestion(
  model: ThreatModel,
  threatId: string,
  title: string,
  engine?: RuleEngine,
): Result<AdoptedSuggestion> {
  const threat = model.threats.find((candidate) => candidate.id === threatId);
  if (!threat)
    return fail([problem('plan/no-threat', `There is no threat "${threatId}" in this model.`)]);

  let resolved = engine;
  if (!resolved) {
    const built = engineForModel(model);
    if (!built.ok) return fail(built.errors);
    resolved = built.value;
  }
  const suggestion = suggestionsFor(threat, resolved).find(
    (s) => titleKey(s.title) === titleKey(title),
  );
  if (!suggestion)
    return fail([
      problem(
        'plan/no-suggestion',
        `The rule of this threat suggests no mitigation called "${title}"; pick one of its suggestions or add a mitigation by hand.`,
      ),
    ]);

  return ok(linkMitigation(model, threat, suggestion));
}

/**
 * Adopts the first suggestion of every open, current, unmitigated rule threat (or of the given
 * threats): a quick way from a generated register to a first plan.
 */
export function adoptFirstSuggestions(
  model: ThreatModel,
  engine: RuleEngine,
  threatIds?: Iterable<string>,
): { model: ThreatModel; created: number; linked: number } {
  const wanted = threatIds ? new Set(threatIds) : null;
  let next = model;
  let created = 0;
  let linked = 0;
  for (const threat of model.threats) {
    if (wanted ? !wanted.has(threat.id) : threat.stale || threat.status !== 'open') continue;
    if (!wanted && threat.mitigationIds.length > 0) continue;
    const suggestion = suggestionsFor(threat, engine)[0];
    if (!suggestion) continue;
    const current = next.threats.find((t) => t.id === threat.id) ?? threat;
    const result = linkMitigation(next, current, suggestion);
    if (result.model === next) continue;
    next = result.model;
    linked++;
    if (result.created) created++;
  }
  return { model: next, created, linked };
}

function linkMitigation(
  model: ThreatModel,
  threat: Threat,
  suggestion: SuggestedMitigation,
): AdoptedSuggestion {
  const existing = findMitigationByTitle(model.mitigations, suggestion.title);
  let mitigations = model.mitigations;
  let mitigationId: string;
  if (existing) {
    mitigationId = existing.id;
  } else {
    mitigationId = suggestedMitigationId(suggestion.title);
    // A different mitigation already holds the derived id: add a counter until it is free.
    for (let n = 2; model.mitigations.some((m) => m.id === mitigationId); n++)
      mitigationId = `${suggestedMitigationId(suggestion.title)}_${n}`;
    mitigations = [
      ...model.mitigations,
      mitigationSchema.parse({
        id: mitigationId,
        title: suggestion.title,
        description: suggestion.description,
        effort: suggestion.effort,
        reduction: suggestion.reduction,
        status: 'proposed',
      }),
    ];
  }

  if (threat.mitigationIds.includes(mitigationId) && mitigations === model.mitigations) {
    return { model, mitigationId, created: false };
  }
  const threats = model.threats.map((candidate) =>
    candidate.id === threat.id && !candidate.mitigationIds.includes(mitigationId)
      ? { ...candidate, mitigationIds: [...candidate.mitigationIds, mitigationId] }
      : candidate,
  );
  return { model: { ...model, mitigations, threats }, mitigationId, created: !existing };
}
