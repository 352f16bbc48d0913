/**
 * Auto-layout with ELK: flows left to right, zones as nested groups that wrap what they hold.
 * Returns new boxes for the diagram; applying them is one undo step like any other edit. ELK is
 * loaded on first use, so it costs nothing at start-up.
 */
import type { ElkNode } from 'elkjs/lib/elk-api';

import { DEFAULT_NODE_SIZE } from '../../../shared/model/factories';
import type { Diagram, NodeBox, NodeElement, ThreatModel } from '../../../shared/model/types';

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
};
const ZONE_OPTIONS = { 'elk.padding': '[top=48,left=24,bottom=24,right=24]' };

export async function layoutDiagram(
  model: ThreatModel,
  diagram: Diagram,
): Promise<Record<string, NodeBox>> {
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  const boxes = diagram.elements.filter((e): e is NodeElement => e.kind !== 'dataFlow');
  const zoneIds = new Set(boxes.filter((e) => e.kind === 'trustBoundary').map((e) => e.id));
  const parentOf = (element: NodeElement): string | null =>
    element.boundaryId !== null && zoneIds.has(element.boundaryId) ? element.boundaryId : null;

  const build = (parent: string | null): ElkNode[] =>
    boxes
      .filter((element) => parentOf(element) === parent)
      .map((element) => {
        const size = model.layout.nodes[element.id] ?? DEFAULT_NODE_SIZE[element.kind];
        if (element.kind !== 'trustBoundary')
          return { id: element.id, width: size.width, height: size.height };
        return { id: element.id, layoutOptions: ZONE_OPTIONS, children: build(element.id) };
      });

  const ids = new Set(boxes.map((e) => e.id));
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: ROOT_OPTIONS,
    children: build(null),
    edges: diagram.elements.flatMap((e) =>
      e.kind === 'dataFlow' && ids.has(e.sourceId) && ids.has(e.targetId)
        ? [{ id: e.id, sources: [e.sourceId], targets: [e.targetId] }]
        : [],
    ),
  };
  const laidOut = await new ELK().layout(graph);

  const result: Record<string, NodeBox> = {};
  const collect = (nodes: ElkNode[] | undefined, dx: number, dy: number): void => {
    for (const node of nodes ?? []) {
      const x = dx + (node.x ?? 0);
      const y = dy + (node.y ?? 0);
      result[node.id] = { x, y, width: node.width ?? 0, height: node.height ?? 0 };
      collect(node.children, x, y);
    }
  };
  collect(laidOut.children, 0, 0);
  return result;
}
