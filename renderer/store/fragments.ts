/**
 * Copy, paste and duplicate work on fragments: a set of elements with their boxes, cut loose from
 * the model they came from. Pasting gives every element a fresh id, keeps the flows whose both
 * ends came along, and keeps zones only when the zone came along or exists where it lands, so a
 * fragment pastes cleanly into another model too.
 */
import { ID_PREFIXES, newId } from '../../shared/model/ids';
import { indexModel } from '../../shared/model/modelIndex';
import { elementSchema, nodeBoxSchema } from '../../shared/model/schema';
import type { Element, NodeBox, ThreatModel } from '../../shared/model/types';
import { descendantsOf, type Point } from './modelEdits';

export interface Fragment {
  elements: Element[];
  boxes: Record<string, NodeBox>;
}

/** The elements with these ids, with what is inside copied zones and the flows among them. */
export function extractFragment(model: ThreatModel, ids: Iterable<string>): Fragment {
  const index = indexModel(model);
  const chosen = new Set<string>();
  for (const id of ids) {
    const element = index.elements.get(id);
    if (!element) continue;
    chosen.add(id);
    if (element.kind === 'trustBoundary')
      for (const inner of descendantsOf(model, id)) chosen.add(inner);
  }
  for (const flow of index.flows) {
    if (chosen.has(flow.sourceId) && chosen.has(flow.targetId)) chosen.add(flow.id);
  }
  const elements = [...chosen].flatMap((id) => {
    const element = index.elements.get(id);
    return element ? [element] : [];
  });
  const boxes: Record<string, NodeBox> = {};
  for (const id of chosen) {
    const box = model.layout.nodes[id];
    if (box) boxes[id] = box;
  }
  return { elements, boxes };
}

/**
 * Checks a fragment read back from the clipboard, which another page or tab may have written:
 * anything that is not a valid element is dropped.
 */
export function parseFragment(value: unknown): Fragment | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as { elements?: unknown; boxes?: unknown };
  if (!Array.isArray(raw.elements)) return null;
  const elements = raw.elements.flatMap((item) => {
    const parsed = elementSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  const boxes: Record<string, NodeBox> = {};
  if (typeof raw.boxes === 'object' && raw.boxes !== null) {
    for (const element of elements) {
      const parsed = nodeBoxSchema.safeParse((raw.boxes as Record<string, unknown>)[element.id]);
      if (parsed.success) boxes[element.id] = parsed.data;
    }
  }
  return elements.length > 0 ? { elements, boxes } : null;
}

/** Pastes a fragment into a diagram, shifted by `offset`; returns the new elements' ids. */
export function pasteFragment(
  model: ThreatModel,
  diagramId: string,
  fragment: Fragment,
  offset: Point,
): { model: ThreatModel; ids: string[] } {
  const diagram = model.diagrams.find((d) => d.id === diagramId);
  if (!diagram || fragment.elements.length === 0) return { model, ids: [] };

  const existingZones = new Set(
    diagram.elements.filter((e) => e.kind === 'trustBoundary').map((e) => e.id),
  );
  const fresh = new Map<string, string>();
  for (const element of fragment.elements) {
    fresh.set(element.id, newId(ID_PREFIXES[element.kind]));
  }

  const pasted: Element[] = [];
  for (const element of fragment.elements) {
    const id = fresh.get(element.id) as string;
    if (element.kind === 'dataFlow') {
      const sourceId = fresh.get(element.sourceId);
      const targetId = fresh.get(element.targetId);
      if (sourceId && targetId) pasted.push({ ...element, id, sourceId, targetId });
      continue;
    }
    const zone = element.boundaryId;
    const boundaryId =
      zone === null ? null : (fresh.get(zone) ?? (existingZones.has(zone) ? zone : null));
    pasted.push({ ...element, id, boundaryId });
  }

  const nodes = { ...model.layout.nodes };
  for (const [oldId, box] of Object.entries(fragment.boxes)) {
    const id = fresh.get(oldId);
    if (id) nodes[id] = { ...box, x: box.x + offset.x, y: box.y + offset.y };
  }

  return {
    model: {
      ...model,
      diagrams: model.diagrams.map((d) =>
        d.id === diagramId ? { ...d, elements: [...d.elements, ...pasted] } : d,
      ),
      layout: { ...model.layout, nodes },
    },
    ids: pasted.map((element) => element.id),
  };
}
