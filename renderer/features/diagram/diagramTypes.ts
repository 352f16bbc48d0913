/** Node and edge types, at module scope: a new object per render would re-mount every node. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';

import { FlowEdge } from './FlowEdge';
import { BoundaryNode } from './nodes/BoundaryNode';
import { ElementNode } from './nodes/ElementNode';

export const NODE_TYPES: NodeTypes = { element: ElementNode, boundary: BoundaryNode };
export const EDGE_TYPES: EdgeTypes = { flow: FlowEdge };
