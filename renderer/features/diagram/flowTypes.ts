/** The React Flow node and edge types of the diagram, one per way an element is drawn. */
import type { Edge, Node } from '@xyflow/react';

import type {
  DataFlowElement,
  NodeElement,
  TrustBoundaryElement,
} from '../../../shared/model/types';

export interface ElementNodeData extends Record<string, unknown> {
  element: Exclude<NodeElement, TrustBoundaryElement>;
}

export interface BoundaryNodeData extends Record<string, unknown> {
  element: TrustBoundaryElement;
}

export interface FlowEdgeData extends Record<string, unknown> {
  flow: DataFlowElement;
  cleartext: boolean;
}

export type ElementFlowNode = Node<ElementNodeData, 'element'>;
export type BoundaryFlowNode = Node<BoundaryNodeData, 'boundary'>;
export type DiagramNode = ElementFlowNode | BoundaryFlowNode;
export type DiagramEdge = Edge<FlowEdgeData, 'flow'>;
