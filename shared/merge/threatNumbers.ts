/**
 * Threat numbers are what people quote in tickets (`T-0042`), so a merge never lets two threats
 * share one and never reuses one. When both branches handed out the same number to different
 * threats, ours keep theirs and theirs move above every number either side has used.
 */
import type { Threat } from '../model/types';

export interface Renumbering {
  threatId: string;
  from: number;
  to: number;
}

/**
 * Renumbers threats whose number another threat already holds, preferring to keep the numbers of
 * threats that are in `oursIds`. Moved threats are replaced in the array by renumbered copies (the
 * originals may belong to an input model). Returns the changes and the new counter.
 */
export function renumberCollisions(
  threats: Threat[],
  oursIds: ReadonlySet<string>,
  counter: number,
): { renumbered: Renumbering[]; counter: number } {
  let next = Math.max(counter, ...threats.map((threat) => threat.number), 0);
  const holder = new Map<number, Threat>();
  const losers: Threat[] = [];

  // Ours first, so theirs are the ones that move.
  const ordered = [...threats].sort(
    (a, b) => Number(oursIds.has(b.id)) - Number(oursIds.has(a.id)) || a.number - b.number,
  );
  for (const threat of ordered) {
    if (holder.has(threat.number)) losers.push(threat);
    else holder.set(threat.number, threat);
  }

  const renumbered: Renumbering[] = [];
  const position = new Map(threats.map((threat, i) => [threat, i]));
  for (const threat of losers) {
    next += 1;
    renumbered.push({ threatId: threat.id, from: threat.number, to: next });
    threats[position.get(threat)!] = { ...threat, number: next };
  }
  return { renumbered, counter: next };
}
