/** The React Flow node and edge types of the diagram, one per way an element is drawn. */
import type { Edge, Node } from '@xyflow/react';

/**
 * Nodes and edges carry no element: each draws its element straight from the store (see
 * useDiagramElement.ts), so an edit that changes only what a box shows re-renders that box alone
 * and leaves React Flow's own node and edge lists untouched.
 */
export type ElementNodeData = Record<string, never>;

export type BoundaryNodeData = Record<string, never>;

export interface FlowEdgeData extends Record<string, unknown> {
  cleartext: boolean;
}

export type ElementFlowNode = Node<ElementNodeData, 'element'>;
export type BoundaryFlowNode = Node<BoundaryNodeData, 'boundary'>;
export type DiagramNode = ElementFlowNode | BoundaryFlowNode;
export type DiagramEdge = Edge<FlowEdgeData, 'flow'>;
