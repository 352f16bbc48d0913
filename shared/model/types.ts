/** The model's TypeScript types, inferred from the schema so the two can never disagree. */
import type { z } from 'zod';

import type {
  apiFieldSchema,
  apiOperationSchema,
  apiParameterSchema,
  apiServerSchema,
  dataFlowSchema,
  dataStoreSchema,
  diagramSchema,
  edgeRouteSchema,
  elementSchema,
  externalEntitySchema,
  layoutSchema,
  mergeConflictSchema,
  mitigationSchema,
  nodeBoxSchema,
  processSchema,
  securityRequirementSchema,
  securitySchemeSchema,
  threatModelSchema,
  threatSchema,
  trustBoundarySchema,
  viewportSchema,
} from './schema';

export type ThreatModel = z.infer<typeof threatModelSchema>;
export type Diagram = z.infer<typeof diagramSchema>;
export type Element = z.infer<typeof elementSchema>;
export type ProcessElement = z.infer<typeof processSchema>;
export type DataStoreElement = z.infer<typeof dataStoreSchema>;
export type ExternalEntityElement = z.infer<typeof externalEntitySchema>;
export type DataFlowElement = z.infer<typeof dataFlowSchema>;
export type TrustBoundaryElement = z.infer<typeof trustBoundarySchema>;
/** Elements drawn as boxes: everything but flows. */
export type NodeElement = Exclude<Element, DataFlowElement>;
export type ApiOperation = z.infer<typeof apiOperationSchema>;
export type ApiParameter = z.infer<typeof apiParameterSchema>;
export type ApiField = z.infer<typeof apiFieldSchema>;
export type ApiServer = z.infer<typeof apiServerSchema>;
export type SecurityScheme = z.infer<typeof securitySchemeSchema>;
export type SecurityRequirement = z.infer<typeof securityRequirementSchema>;
export type Threat = z.infer<typeof threatSchema>;
export type Mitigation = z.infer<typeof mitigationSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type Viewport = z.infer<typeof viewportSchema>;
export type NodeBox = z.infer<typeof nodeBoxSchema>;
export type EdgeRoute = z.infer<typeof edgeRouteSchema>;
export type MergeConflict = z.infer<typeof mergeConflictSchema>;

export type ElementOfKind<K extends Element['kind']> = Extract<Element, { kind: K }>;
