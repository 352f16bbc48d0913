/** The threat register: current threats grouped by the element they concern. */
import type { ModelIndex } from '../model/modelIndex';
import type { ReportRegisterGroup, ReportThreat } from './reportSchema';

/**
 * One group per element with current threats, in diagram order and then by element name, each
 * group's threats in rank order (the order `threats` already has).
 */
export function buildRegister(
  index: ModelIndex,
  threats: readonly ReportThreat[],
): ReportRegisterGroup[] {
  const groups = new Map<string, ReportRegisterGroup>();
  for (const threat of threats) {
    if (threat.stale) continue;
    let group = groups.get(threat.elementId);
    if (!group) {
      group = {
        elementId: threat.elementId,
        elementName: threat.elementName,
        elementKind: threat.elementKind,
        diagramName: threat.diagramName,
        threatIds: [],
      };
      groups.set(threat.elementId, group);
    }
    group.threatIds.push(threat.id);
  }

  const diagramOrder = new Map(index.model.diagrams.map((diagram, i) => [diagram.name, i]));
  return [...groups.values()].sort(
    (a, b) =>
      (diagramOrder.get(a.diagramName) ?? Infinity) -
        (diagramOrder.get(b.diagramName) ?? Infinity) ||
      compareText(a.elementName, b.elementName) ||
      compareText(a.elementId, b.elementId),
  );
}

/** A locale-independent, case-insensitive order, so reports are the same on every machine. */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
