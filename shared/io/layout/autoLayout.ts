/**
 * The automatic layout of diagrams whose source had no positions, with the ELK layered algorithm:
 * flows run left to right from clients through processes to stores, and each zone is laid out as
 * a box around its members, so zones enclose what they contain by construction. ELK runs in the
 * same thread here (its bundled build); callers that care about the UI run this in a worker.
 */
import type { ELK as ElkEngine, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';

import type { Diagram, NodeBox, ThreatModel } from '../../model/types';
import { problem, type Problem } from '../../result';
import { flowLabelSize, nodeSizeFor } from './labelSize';

const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '40',
  'elk.spacing.componentComponent': '60',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Flow labels become part of the layout: ELK gives each a slot between the layers it joins,
  // so no label has to sit on a box.
  'elk.edgeLabels.inline': 'false',
  'elk.layered.edgeLabels.sideSelection': 'ALWAYS_UP',
  'elk.spacing.edgeLabel': '6',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
};

const MIN_LAYER_SPACING = 90;
const LABEL_OPTIONS = { 'elk.edgeLabels.placement': 'CENTER' };

/** Room inside a zone: more at the top, where its name is drawn. */
const ZONE_PADDING = '[top=44,left=24,bottom=24,right=24]';
const ORIGIN = 40;

let engine: ElkEngine | null = null;

/** The engine, loaded on first use: it is large, and most callers never lay anything out. */
async function layoutEngine(): Promise<ElkEngine> {
  if (engine) return engine;
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  engine = new ELK();
  return engine;
}

export interface LayoutOutcome {
  model: ThreatModel;
  warnings: Problem[];
}

/**
 * Lays out the given diagrams and returns a model with their boxes replaced. Never throws: when
 * the layout engine fails, the model comes back unchanged with a warning.
 */
export async function autoLayout(
  model: ThreatModel,
  diagramIds: readonly string[],
): Promise<LayoutOutcome> {
  const nodes = { ...model.layout.nodes };
  const warnings: Problem[] = [];

  for (const diagram of model.diagrams) {
    if (!diagramIds.includes(diagram.id)) continue;
    try {
      const result = await (await layoutEngine()).layout(elkGraph(diagram));
      for (const [id, box] of absoluteBoxes(result)) nodes[id] = box;
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      warnings.push(
        problem(
          'layout/failed',
          `Diagram "${diagram.name}" could not be laid out automatically (${detail}); its boxes ` +
            'were placed on a grid instead. Arrange them by hand.',
        ),
      );
    }
  }

  return { model: { ...model, layout: { ...model.layout, nodes } }, warnings };
}

/** The diagram as an ELK graph: zones are compound nodes holding their members. */
export function elkGraph(diagram: Diagram): ElkNode {
  const boxes = new Map<string, ElkNode>();
  const parentOf = new Map<string, string | null>();
  const zones: ElkNode[] = [];

  for (const element of diagram.elements) {
    if (element.kind === 'dataFlow') continue;
    if (element.kind === 'trustBoundary' && element.properties.shape === 'line') continue;
    const size = nodeSizeFor(element);
    const node: ElkNode = { id: element.id, width: size.width, height: size.height };
    if (element.kind === 'trustBoundary') zones.push(node);
    boxes.set(element.id, node);
    parentOf.set(element.id, element.boundaryId);
  }

  const root: ElkNode = { id: '__root__', children: [], edges: [] };
  for (const [id, node] of boxes) {
    const parent = safeParent(id, parentOf, boxes);
    const holder = parent === null ? root : (boxes.get(parent) as ElkNode);
    (holder.children ??= []).push(node);
  }
  // A zone with members is sized by ELK; an empty one keeps its default box.
  for (const node of boxes.values()) {
    if (node.children && node.children.length > 0) {
      delete node.width;
      delete node.height;
    }
  }

  let widestLabel = 0;
  for (const element of diagram.elements) {
    if (element.kind !== 'dataFlow') continue;
    if (!boxes.has(element.sourceId) || !boxes.has(element.targetId)) continue;
    if (element.sourceId === element.targetId) continue;
    const edge: ElkExtendedEdge = {
      id: element.id,
      sources: [element.sourceId],
      targets: [element.targetId],
    };
    const label = flowLabelSize(element);
    if (label) {
      edge.labels = [{ id: `${element.id}__label`, ...label, layoutOptions: LABEL_OPTIONS }];
      widestLabel = Math.max(widestLabel, label.width);
    }
    // ELK reserves label room only for an edge held by the innermost graph holding both ends.
    const holder = commonHolder(element.sourceId, element.targetId, parentOf, boxes) ?? root;
    (holder.edges ??= []).push(edge);
  }
  const spacing = layerSpacing(widestLabel);
  root.layoutOptions = { ...LAYOUT_OPTIONS, ...spacing };
  // Spacing is read from the graph that holds the nodes, so every zone needs it as well.
  for (const zone of zones) zone.layoutOptions = { ...spacing, 'elk.padding': ZONE_PADDING };

  return root;
}

/**
 * Pictures and the canvas draw each flow as a straight line between box borders with its label
 * halfway, so the gap between two layers must hold the widest label wherever ELK put its slot.
 */
function layerSpacing(widestLabel: number): Record<string, string> {
  // The canvas draws labels a little larger than the estimate (and says "no protocol" where the
  // estimate has nothing), so the gap gets a quarter more and a margin on each side.
  const between = Math.max(MIN_LAYER_SPACING, Math.ceil(widestLabel * 1.25) + 24);
  return { 'elk.layered.spacing.nodeNodeBetweenLayers': String(between) };
}

/** The innermost zone holding both elements, or null when only the diagram itself does. */
function commonHolder(
  sourceId: string,
  targetId: string,
  parentOf: ReadonlyMap<string, string | null>,
  boxes: ReadonlyMap<string, ElkNode>,
): ElkNode | null {
  const around = new Set<string>();
  for (let at = safeParent(sourceId, parentOf, boxes); at !== null;) {
    if (around.has(at)) break;
    around.add(at);
    at = safeParent(at, parentOf, boxes);
  }
  for (let at = safeParent(targetId, parentOf, boxes), steps = 0; at !== null && steps < 64;) {
    if (around.has(at)) return boxes.get(at) ?? null;
    at = safeParent(at, parentOf, boxes);
    steps++;
  }
  return null;
}

/** The element's zone, or null when the chain of zones is broken or loops. */
function safeParent(
  id: string,
  parentOf: ReadonlyMap<string, string | null>,
  boxes: ReadonlyMap<string, ElkNode>,
): string | null {
  const parent = parentOf.get(id) ?? null;
  if (parent === null || !boxes.has(parent)) return null;
  const seen = new Set<string>([id]);
  for (let at: string | null = parent; at !== null; at = parentOf.get(at) ?? null) {
    if (seen.has(at) || !boxes.has(at)) return seen.has(at) ? null : parent;
    seen.add(at);
  }
  return parent;
}

/** ELK's coordinates are relative to the parent; ours are absolute. */
function absoluteBoxes(root: ElkNode): Map<string, NodeBox> {
  const out = new Map<string, NodeBox>();
  const visit = (node: ElkNode, originX: number, originY: number): void => {
    for (const child of node.children ?? []) {
      const x = originX + (child.x ?? 0);
      const y = originY + (child.y ?? 0);
      out.set(child.id, { x, y, width: child.width ?? 0, height: child.height ?? 0 });
      visit(child, x, y);
    }
  };
  visit(root, ORIGIN, ORIGIN);
  return out;
}
