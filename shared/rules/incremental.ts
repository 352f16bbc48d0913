/**
 * What one edit can change, and the small index that is enough to regenerate it. Both work by
 * scanning the model's elements once, without building maps of the whole model, so that
 * regenerating after an edit costs little more than the edit's neighbourhood, even in a model of
 * ten thousand elements.
 */
import type { ModelIndex } from '../model/modelIndex';
import type { DataFlowElement, Element, ThreatModel } from '../model/types';

/** Calls `visit` for every element of every diagram; plain loops, as this runs on every edit. */
function forEachElement(model: ThreatModel, visit: (element: Element) => void): void {
  for (const diagram of model.diagrams) {
    const elements = diagram.elements;
    for (let i = 0; i < elements.length; i++) visit(elements[i]!);
  }
}

/**
 * The elements whose threats can change when `changedIds` change: the elements themselves, the
 * flows into and out of them, and the nodes at the other end of those flows (rules on a node read
 * its flows, and rules on a flow read both ends). A changed zone counts as a change of everything
 * inside it. `previous` is the model before the edit, so that removed or reconnected flows bring
 * their former ends along.
 */
export function affectedElementIds(
  model: ThreatModel,
  changedIds: Iterable<string>,
  previous?: ThreatModel,
): Set<string> {
  const models = previous ? [model, previous] : [model];
  const seeds = new Set(changedIds);

  // One pass over flows for the common case; zones (rarely edited) first widen the seeds to
  // everything nested in them, repeating for zones within zones.
  let zoneChanged = false;
  const affected = new Set(seeds);
  const collect = (element: Element): void => {
    if (element.kind === 'trustBoundary' && seeds.has(element.id)) zoneChanged = true;
    if (element.kind !== 'dataFlow') return;
    if (seeds.has(element.id) || seeds.has(element.sourceId) || seeds.has(element.targetId)) {
      affected.add(element.id);
      affected.add(element.sourceId);
      affected.add(element.targetId);
    }
  };
  for (const each of models) forEachElement(each, collect);
  if (!zoneChanged) return affected;

  while (zoneChanged) {
    zoneChanged = false;
    for (const each of models) {
      forEachElement(each, (element) => {
        if (element.kind === 'dataFlow' || element.boundaryId === null) return;
        if (seeds.has(element.boundaryId) && !seeds.has(element.id)) {
          seeds.add(element.id);
          zoneChanged ||= element.kind === 'trustBoundary';
        }
      });
    }
  }
  for (const id of seeds) affected.add(id);
  for (const each of models) forEachElement(each, collect);
  return affected;
}

/**
 * An index of just what the rules read when they evaluate `affected`: every zone, the affected
 * elements, all flows into and out of affected nodes, and the far ends of those flows. Rules
 * read only `elements`, `incoming` and `outgoing` (and zones through `elements`); the lists of
 * flows, nodes and boundaries are left empty because nothing in a rule run walks them.
 */
export function partialIndex(model: ThreatModel, affected: ReadonlySet<string>): ModelIndex {
  const incoming = new Map<string, DataFlowElement[]>();
  const outgoing = new Map<string, DataFlowElement[]>();
  const needed = new Set(affected);

  forEachElement(model, (element) => {
    if (element.kind !== 'dataFlow') return;
    const fromAffected = affected.has(element.sourceId);
    const toAffected = affected.has(element.targetId);
    if (!fromAffected && !toAffected) return;
    if (fromAffected) push(outgoing, element.sourceId, element);
    if (toAffected) push(incoming, element.targetId, element);
    needed.add(element.id);
    needed.add(element.sourceId);
    needed.add(element.targetId);
  });

  const elements = new Map<string, Element>();
  forEachElement(model, (element) => {
    if (element.kind === 'trustBoundary' || needed.has(element.id))
      elements.set(element.id, element);
  });

  return {
    model,
    elements,
    diagramOf: new Map(),
    flows: [],
    nodes: [],
    boundaries: [],
    incoming,
    outgoing,
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
