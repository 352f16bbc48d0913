/**
 * How other tools' words map onto ours, in both directions: STRIDE category names, Threat Dragon's
 * statuses and severities, and the 0–100 scales of the Open Threat Model. Importers and exporters
 * share these tables so a round trip comes back where it started.
 */
import type { StrideCategory, ThreatStatus } from '../model/vocabulary';

const STRIDE_WORDS: ReadonlyArray<[RegExp, StrideCategory]> = [
  [/^spoof/i, 'S'],
  [/^tamper/i, 'T'],
  [/^repudiat|^non-?repudiation/i, 'R'],
  [/^info|^disclosure|^confidential/i, 'I'],
  [/^denial|^dos\b|^availab/i, 'D'],
  [/^elevat|^privilege/i, 'E'],
];

/** The STRIDE letter for a category name such as "Elevation of Privileges" or "S"; or null. */
export function strideFromLabel(label: string): StrideCategory | null {
  const text = label.trim();
  if (/^[STRIDE]$/i.test(text)) return text.toUpperCase() as StrideCategory;
  for (const [pattern, letter] of STRIDE_WORDS) if (pattern.test(text)) return letter;
  return null;
}

const KEYWORD_CATEGORIES: ReadonlyArray<[RegExp, StrideCategory]> = [
  [/spoof|imperson|credential|authenticat|identity|linkab|identifiab/i, 'S'],
  [/tamper|inject|integrity|modif|forg|xss|cross.site/i, 'T'],
  [/repudiat|audit|logging/i, 'R'],
  [/disclos|leak|sniff|expos|confidential|privacy|detectab/i, 'I'],
  [/denial|dos\b|flood|exhaust|availab|crash/i, 'D'],
  [/privilege|elevat|bypass|authori[sz]|escalat/i, 'E'],
];

/** A best guess from free text (titles, non-STRIDE labels), Tampering when nothing fits. */
export function strideFromText(...texts: string[]): StrideCategory {
  for (const text of texts) {
    const direct = strideFromLabel(text);
    if (direct) return direct;
  }
  for (const text of texts) {
    for (const [pattern, letter] of KEYWORD_CATEGORIES) if (pattern.test(text)) return letter;
  }
  return 'T';
}

/** Threat Dragon status → ours; treatments we have no word for become `mitigated`. */
export function statusFromThreatDragon(raw: string): { status: ThreatStatus; known: boolean } {
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');
  switch (key) {
    case 'open':
    case '':
      return { status: 'open', known: true };
    case 'mitigated':
      return { status: 'mitigated', known: true };
    case 'notapplicable':
    case 'na':
      return { status: 'notApplicable', known: true };
    case 'accepted':
      return { status: 'accepted', known: true };
    case 'transferred':
      return { status: 'transferred', known: true };
    case 'avoided':
    case 'eliminated':
      return { status: 'mitigated', known: false };
    default:
      return { status: 'open', known: false };
  }
}

export const THREAT_DRAGON_STATUS: Readonly<Record<ThreatStatus, string>> = {
  open: 'Open',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
  transferred: 'Transferred',
  notApplicable: 'NotApplicable',
};

export interface Ratings {
  likelihood: number;
  impact: number;
}

/**
 * Threat Dragon's one-word severity as likelihood and impact whose product falls in the matching
 * band of the 5 by 5 matrix (Low 4, Medium 9, High 16, Critical 25). Null for TBD or unknown.
 */
export function ratingsFromSeverity(raw: string): Ratings | null {
  switch (raw.trim().toLowerCase()) {
    case 'low':
      return { likelihood: 2, impact: 2 };
    case 'medium':
      return { likelihood: 3, impact: 3 };
    case 'high':
      return { likelihood: 4, impact: 4 };
    case 'critical':
      return { likelihood: 5, impact: 5 };
    default:
      return null;
  }
}

/** The severity word for a risk score (likelihood × impact), by the matrix's bands. */
export function severityFromScore(score: number): 'Low' | 'Medium' | 'High' | 'Critical' {
  if (score >= 20) return 'Critical';
  if (score >= 10) return 'High';
  if (score >= 5) return 'Medium';
  return 'Low';
}

/** A 0–100 value (OTM likelihood, impact) on our 1–5 scale. */
export function levelFromPercent(value: number): number {
  return Math.min(5, Math.max(1, Math.ceil(value / 20)));
}

export function percentFromLevel(level: number): number {
  return level * 20;
}

/** OTM risk reduction (0–100 %) as the number of likelihood steps a mitigation removes. */
export function reductionStepsFromPercent(value: number): number {
  return Math.min(4, Math.max(0, Math.round(value / 25)));
}

export function percentFromReductionSteps(likelihood: number, impact: number): number {
  return Math.min(100, Math.max(likelihood, impact) * 25);
}

/** A guess of a zone's trust level (0 internet … 100 most restricted) from its name. */
export function trustLevelFromName(name: string): number {
  if (/restricted|secure|secret|vault|admin|database|\bdata\b|sandbox|kernel/i.test(name))
    return 90;
  if (/internet|public|external|untrusted|world|client/i.test(name)) return 10;
  if (/dmz|edge|perimeter|partner|cloud/i.test(name)) return 30;
  if (/internal|private|corporate|intranet|office|backend|machine|local/i.test(name)) return 70;
  return 50;
}
