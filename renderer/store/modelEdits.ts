/**
 * Pure edits of a threat model, as the editor makes them. Each takes a model and returns a new one
 * (or the same object when nothing changed, so the history can skip no-op edits); none mutates its
 * input, which is what lets undo keep old models by reference.
 */
import {
  createDataFlow,
  createDiagram,
  createNodeElement,
  DEFAULT_NODE_SIZE,
} from '../../shared/model/factories';
import { indexModel } from '../../shared/model/modelIndex';
import type {
  DataFlowElement,
  Diagram,
  Element,
  NodeBox,
  NodeElement,
  ThreatModel,
} from '../../shared/model/types';
import type { NodeKind } from '../../shared/model/vocabulary';

export interface Point {
  x: number;
  y: number;
}

/** Fields every element has that the inspector edits directly. */
export type CommonPatch = Partial<
  Pick<Element, 'name' | 'description' | 'tags' | 'outOfScope' | 'outOfScopeReason'>
>;

type PropertiesOf<E> = E extends { properties: infer P } ? P : never;
export type PropertiesPatch = Partial<PropertiesOf<Element>>;

function mapDiagram(
  model: ThreatModel,
  diagramId: string,
  fn: (diagram: Diagram) => Diagram,
): ThreatModel {
  let changed = false;
  const diagrams = model.diagrams.map((diagram) => {
    if (diagram.id !== diagramId) return diagram;
    const next = fn(diagram);
    changed ||= next !== diagram;
    return next;
  });
  return changed ? { ...model, diagrams } : model;
}

/** Replaces elements by id wherever they are drawn; `fn` returns the same object for no change. */
export function mapElements(
  model: ThreatModel,
  ids: ReadonlySet<string>,
  fn: (element: Element) => Element,
): ThreatModel {
  let changed = false;
  const diagrams = model.diagrams.map((diagram) => {
    if (!diagram.elements.some((element) => ids.has(element.id))) return diagram;
    let diagramChanged = false;
    const elements = diagram.elements.map((element) => {
      if (!ids.has(element.id)) return element;
      const next = fn(element);
      diagramChanged ||= next !== element;
      return next;
    });
    if (!diagramChanged) return diagram;
    changed = true;
    return { ...diagram, elements };
  });
  return changed ? { ...model, diagrams } : model;
}

function setBoxes(model: ThreatModel, boxes: Record<string, NodeBox>): ThreatModel {
  const entries = Object.entries(boxes);
  if (entries.length === 0) return model;
  return { ...model, layout: { ...model.layout, nodes: { ...model.layout.nodes, ...boxes } } };
}

/** Adds a box of `kind` centred on `centre`; returns the new model and the element's id. */
export function addNode(
  model: ThreatModel,
  diagramId: string,
  kind: NodeKind,
  centre: Point,
  init: { name?: string } = {},
): { model: ThreatModel; id: string } {
  const size = DEFAULT_NODE_SIZE[kind];
  const box = { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
  const zone = innermostZoneAt(model, diagramId, centreOf(box), null);
  const element = createNodeElement(kind, { ...init, boundaryId: zone });
  let next = mapDiagram(model, diagramId, (diagram) => ({
    ...diagram,
    elements: [...diagram.elements, element],
  }));
  next = setBoxes(next, { [element.id]: box });
  if (kind === 'trustBoundary') next = adoptContents(next, diagramId, element.id);
  return { model: next, id: element.id };
}

/** Adds a data flow from `sourceId` to `targetId` on the diagram. */
export function addFlow(
  model: ThreatModel,
  diagramId: string,
  sourceId: string,
  targetId: string,
  init: Partial<Pick<DataFlowElement, 'name'>> & {
    properties?: Partial<DataFlowElement['properties']>;
  } = {},
): { model: ThreatModel; id: string } {
  const flow = createDataFlow(sourceId, targetId, init);
  const next = mapDiagram(model, diagramId, (diagram) => ({
    ...diagram,
    elements: [...diagram.elements, flow],
  }));
  return { model: next, id: flow.id };
}

/** Changes common fields of an element; unchanged values keep the model as it was. */
export function updateElement(model: ThreatModel, id: string, patch: CommonPatch): ThreatModel {
  return mapElements(model, new Set([id]), (element) =>
    Object.entries(patch).every(([key, value]) => element[key as keyof Element] === value)
      ? element
      : ({ ...element, ...patch } as Element),
  );
}

/** Changes typed properties of an element. */
export function updateProperties(
  model: ThreatModel,
  id: string,
  patch: PropertiesPatch,
): ThreatModel {
  return mapElements(model, new Set([id]), (element) => {
    const current = element.properties as Record<string, unknown>;
    if (Object.entries(patch).every(([key, value]) => current[key] === value)) return element;
    return { ...element, properties: { ...current, ...patch } } as Element;
  });
}

/** Points a flow at new ends. */
export function setFlowEnds(
  model: ThreatModel,
  flowId: string,
  ends: { sourceId?: string; targetId?: string },
): ThreatModel {
  return mapElements(model, new Set([flowId]), (element) => {
    if (element.kind !== 'dataFlow') return element;
    const sourceId = ends.sourceId ?? element.sourceId;
    const targetId = ends.targetId ?? element.targetId;
    if (sourceId === element.sourceId && targetId === element.targetId) return element;
    return { ...element, sourceId, targetId };
  });
}

/**
 * Deletes elements with the flows attached to them. What sat inside a deleted zone moves up to the
 * zone's own parent, so deleting a boundary never deletes the things it drew a line around.
 */
export function deleteElements(model: ThreatModel, ids: Iterable<string>): ThreatModel {
  const index = indexModel(model);
  const doomed = new Set([...ids].filter((id) => index.elements.has(id)));
  if (doomed.size === 0) return model;
  for (const flow of index.flows) {
    if (doomed.has(flow.sourceId) || doomed.has(flow.targetId)) doomed.add(flow.id);
  }

  const parentOf = (zoneId: string | null): string | null => {
    let current = zoneId;
    const seen = new Set<string>();
    while (current !== null && doomed.has(current) && !seen.has(current)) {
      seen.add(current);
      const zone = index.elements.get(current);
      current = zone && zone.kind !== 'dataFlow' ? zone.boundaryId : null;
    }
    return current;
  };

  const diagrams = model.diagrams.map((diagram) => {
    if (!diagram.elements.some((element) => doomed.has(element.id) || hasDoomedZone(element)))
      return diagram;
    return {
      ...diagram,
      elements: diagram.elements
        .filter((element) => !doomed.has(element.id))
        .map((element) =>
          hasDoomedZone(element)
            ? { ...element, boundaryId: parentOf((element as NodeElement).boundaryId) }
            : element,
        ),
    };
  });
  function hasDoomedZone(element: Element): boolean {
    return (
      element.kind !== 'dataFlow' && element.boundaryId !== null && doomed.has(element.boundaryId)
    );
  }

  const nodes = { ...model.layout.nodes };
  const edges = { ...model.layout.edges };
  for (const id of doomed) {
    delete nodes[id];
    delete edges[id];
  }
  return { ...model, diagrams, layout: { ...model.layout, nodes, edges } };
}

/** Moves boxes to new absolute positions; sizes stay. Boxes without a layout are skipped. */
export function moveNodes(model: ThreatModel, positions: Record<string, Point>): ThreatModel {
  const boxes: Record<string, NodeBox> = {};
  for (const [id, position] of Object.entries(positions)) {
    const box = model.layout.nodes[id];
    if (!box || (box.x === position.x && box.y === position.y)) continue;
    boxes[id] = { ...box, x: position.x, y: position.y };
  }
  return setBoxes(model, boxes);
}

/** Sets the position and size of one box. */
export function resizeNode(model: ThreatModel, id: string, box: NodeBox): ThreatModel {
  const current = model.layout.nodes[id];
  if (
    current &&
    current.x === box.x &&
    current.y === box.y &&
    current.width === box.width &&
    current.height === box.height
  )
    return model;
  return setBoxes(model, { [id]: box });
}

/** The layout box of an element, or a default one at the origin when it has none yet. */
export function boxOf(model: ThreatModel, element: NodeElement): NodeBox {
  return model.layout.nodes[element.id] ?? { x: 0, y: 0, ...DEFAULT_NODE_SIZE[element.kind] };
}

export function centreOf(box: NodeBox): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function contains(outer: NodeBox, point: Point): boolean {
  return (
    point.x >= outer.x &&
    point.x <= outer.x + outer.width &&
    point.y >= outer.y &&
    point.y <= outer.y + outer.height
  );
}

function containsBox(outer: NodeBox, inner: NodeBox): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Ids of every element inside a zone, at any depth. */
export function descendantsOf(model: ThreatModel, zoneId: string): Set<string> {
  const index = indexModel(model);
  const diagram = index.diagramOf.get(zoneId);
  const found = new Set<string>();
  if (!diagram) return found;
  let frontier = new Set([zoneId]);
  while (frontier.size > 0) {
    const next = new Set<string>();
    for (const element of diagram.elements) {
      if (element.kind === 'dataFlow' || element.boundaryId === null) continue;
      if (frontier.has(element.boundaryId) && !found.has(element.id) && element.id !== zoneId) {
        found.add(element.id);
        if (element.kind === 'trustBoundary') next.add(element.id);
      }
    }
    frontier = next;
  }
  return found;
}

/** The ids plus everything inside those that are zones: moving a zone moves its contents. */
export function withContents(model: ThreatModel, ids: Iterable<string>): Set<string> {
  const result = new Set<string>();
  for (const id of ids) {
    if (result.has(id)) continue;
    result.add(id);
    for (const inner of descendantsOf(model, id)) result.add(inner);
  }
  return result;
}

/**
 * The smallest zone on the diagram that holds `point`, leaving out `exclude` and everything in it
 * (a zone cannot sit inside itself). Null means the top level.
 */
export function innermostZoneAt(
  model: ThreatModel,
  diagramId: string,
  point: Point,
  exclude: string | null,
  fitting?: NodeBox,
): string | null {
  const diagram = model.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return null;
  const excluded = exclude === null ? new Set<string>() : descendantsOf(model, exclude);
  if (exclude !== null) excluded.add(exclude);
  let best: { id: string; area: number } | null = null;
  for (const element of diagram.elements) {
    if (element.kind !== 'trustBoundary' || excluded.has(element.id)) continue;
    const box = model.layout.nodes[element.id];
    if (!box || !contains(box, point)) continue;
    if (fitting && !containsBox(box, fitting)) continue;
    const area = box.width * box.height;
    if (!best || area < best.area) best = { id: element.id, area };
  }
  return best?.id ?? null;
}

/**
 * Puts each given box in the zone it was dropped in: the innermost zone under its centre (a zone
 * must fit entirely inside another to nest in it). Then a dropped or resized zone adopts the boxes
 * of its parent level now inside it and lets go of those now outside.
 */
export function settleContainment(
  model: ThreatModel,
  diagramId: string,
  ids: Iterable<string>,
): ThreatModel {
  let next = model;
  const index = indexModel(model);
  const zones: string[] = [];
  for (const id of ids) {
    const element = index.elements.get(id);
    if (!element || element.kind === 'dataFlow') continue;
    const box = next.layout.nodes[id];
    if (!box) continue;
    const isZone = element.kind === 'trustBoundary';
    const zone = innermostZoneAt(next, diagramId, centreOf(box), id, isZone ? box : undefined);
    if (zone !== element.boundaryId) {
      next = mapElements(next, new Set([id]), (el) => ({ ...el, boundaryId: zone }) as Element);
    }
    if (isZone) zones.push(id);
  }
  for (const zoneId of zones) next = adoptContents(next, diagramId, zoneId);
  return next;
}

function adoptContents(model: ThreatModel, diagramId: string, zoneId: string): ThreatModel {
  const zone = indexModel(model).elements.get(zoneId);
  const zoneBox = model.layout.nodes[zoneId];
  if (!zone || zone.kind !== 'trustBoundary' || !zoneBox) return model;
  const diagram = model.diagrams.find((d) => d.id === diagramId);
  if (!diagram) return model;
  const changes = new Map<string, string | null>();
  for (const element of diagram.elements) {
    if (element.kind === 'dataFlow' || element.id === zoneId) continue;
    const box = model.layout.nodes[element.id];
    if (!box) continue;
    const inside =
      element.kind === 'trustBoundary'
        ? containsBox(zoneBox, box)
        : contains(zoneBox, centreOf(box));
    if (inside && element.boundaryId === zone.boundaryId) changes.set(element.id, zoneId);
    if (!inside && element.boundaryId === zoneId) changes.set(element.id, zone.boundaryId);
  }
  if (changes.size === 0) return model;
  return mapElements(
    model,
    new Set(changes.keys()),
    (element) =>
      ({
        ...element,
        boundaryId: changes.get(element.id) ?? null,
      }) as Element,
  );
}

// ---------------------------------------------------------------------------------------------
// Diagrams.

export function addDiagram(model: ThreatModel, name: string): { model: ThreatModel; id: string } {
  const diagram = createDiagram(name);
  return { model: { ...model, diagrams: [...model.diagrams, diagram] }, id: diagram.id };
}

export function renameDiagram(model: ThreatModel, diagramId: string, name: string): ThreatModel {
  return mapDiagram(model, diagramId, (diagram) =>
    diagram.name === name ? diagram : { ...diagram, name },
  );
}

/** Moves a diagram to a new position among the tabs. */
export function moveDiagram(model: ThreatModel, diagramId: string, toIndex: number): ThreatModel {
  const from = model.diagrams.findIndex((d) => d.id === diagramId);
  const to = Math.max(0, Math.min(model.diagrams.length - 1, toIndex));
  if (from < 0 || from === to) return model;
  const diagrams = [...model.diagrams];
  const [moved] = diagrams.splice(from, 1);
  diagrams.splice(to, 0, moved as Diagram);
  return { ...model, diagrams };
}

/** Deletes a diagram and its elements; the last diagram of a model stays. */
export function deleteDiagram(model: ThreatModel, diagramId: string): ThreatModel {
  const diagram = model.diagrams.find((d) => d.id === diagramId);
  if (!diagram || model.diagrams.length <= 1) return model;
  const without = deleteElements(
    model,
    diagram.elements.map((element) => element.id),
  );
  return { ...without, diagrams: without.diagrams.filter((d) => d.id !== diagramId) };
}
