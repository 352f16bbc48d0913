/**
 * Rule pack settings of a model: built-in packs turned off, and the user's own packs carried in
 * the model so the app and the CLI generate the same threats. A user pack is checked with the
 * engine's own validator before it is stored, and its problems come back in words.
 */
import { parseJsonSafely } from '../../../shared/format/safeJson';
import type { ThreatModel } from '../../../shared/model/types';
import { fail, ok, problem, type Problem, type Result } from '../../../shared/result';
import { builtInRulePacks } from '../../../shared/rules/engine';
import { parseRulePack } from '../../../shared/rules/ruleSchema';

/** A user pack file is small; anything larger is refused before it is parsed. */
const PACK_LIMITS = { maxChars: 2 * 1024 * 1024, maxDepth: 40 };

/** Turns a built-in pack on or off for this model. */
export function setPackEnabled(model: ThreatModel, packId: string, enabled: boolean): ThreatModel {
  const disabled = model.rulePacks.disabled;
  const isOff = disabled.includes(packId);
  if (enabled !== isOff) return model;
  const next = enabled ? disabled.filter((id) => id !== packId) : [...disabled, packId];
  return { ...model, rulePacks: { ...model.rulePacks, disabled: next } };
}

/** Checks the text of a pack file; the value is the pack as it will be stored. */
export function readRulePackText(text: string, fileName: string): Result<Record<string, unknown>> {
  const json = parseJsonSafely(text, PACK_LIMITS);
  if (!json.ok)
    return fail(
      json.errors.map((error) => ({ ...error, message: `${fileName}: ${error.message}` })),
    );
  if (typeof json.value !== 'object' || json.value === null || Array.isArray(json.value))
    return fail([
      problem(
        'rules/not-a-pack',
        `${fileName} is not a rule pack: it must hold one JSON object with "id", "name" and "rules".`,
      ),
    ]);

  const parsed = parseRulePack(json.value);
  if (!parsed.ok) return fail(parsed.errors);
  if (builtInRulePacks().some((pack) => pack.id === parsed.value.id))
    return fail([
      problem(
        'rules/duplicate-pack',
        `${fileName} uses the id "${parsed.value.id}" of a built-in pack; give the pack an id of its own.`,
      ),
    ]);
  return ok(json.value as Record<string, unknown>);
}

/** Adds a user pack, replacing one with the same id (loading a newer version of a file). */
export function addCustomPack(model: ThreatModel, pack: Record<string, unknown>): ThreatModel {
  const id = pack.id;
  const others = model.rulePacks.custom.filter((existing) => existing.id !== id);
  return {
    ...model,
    rulePacks: { ...model.rulePacks, custom: [...others, pack as (typeof others)[number]] },
  };
}

export function removeCustomPack(model: ThreatModel, packId: string): ThreatModel {
  const custom = model.rulePacks.custom.filter((pack) => pack.id !== packId);
  if (custom.length === model.rulePacks.custom.length) return model;
  return { ...model, rulePacks: { ...model.rulePacks, custom } };
}

export type { Problem };
