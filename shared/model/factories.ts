/**
 * Factories for new models and elements. Every default lives in the schema; a factory supplies
 * only what has no default (ids, kind, references) and lets zod fill in the rest, so a new element
 * is exactly what parsing a minimal file would give.
 */
import { ID_PREFIXES, newId } from './ids';
import {
  dataFlowSchema,
  dataStoreSchema,
  externalEntitySchema,
  mitigationSchema,
  processSchema,
  threatModelSchema,
  trustBoundarySchema,
  CURRENT_FORMAT_VERSION,
} from './schema';
import type {
  DataFlowElement,
  DataStoreElement,
  Diagram,
  ExternalEntityElement,
  Mitigation,
  NodeElement,
  ProcessElement,
  ThreatModel,
  TrustBoundaryElement,
} from './types';
import type { NodeKind } from './vocabulary';

type DeepPartial<T> =
  T extends ReadonlyArray<infer Item>
    ? ReadonlyArray<DeepPartial<Item>>
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

export interface NewModelOptions {
  title?: string;
  owner?: string;
  /** The clock, injected so tests and golden files are reproducible. */
  now?: Date;
  id?: string;
}

/** A new model with one empty diagram. */
export function createModel(options: NewModelOptions = {}): ThreatModel {
  const stamp = (options.now ?? new Date()).toISOString();

  return threatModelSchema.parse({
    formatVersion: CURRENT_FORMAT_VERSION,
    id: options.id ?? newId(ID_PREFIXES.model),
    title: options.title ?? 'Untitled model',
    owner: options.owner ?? '',
    createdAt: stamp,
    updatedAt: stamp,
    diagrams: [createDiagram('Main')],
  });
}

export function createDiagram(name: string, id: string = newId(ID_PREFIXES.diagram)): Diagram {
  return { id, name, elements: [] };
}

export function createProcess(init: DeepPartial<ProcessElement> = {}): ProcessElement {
  return processSchema.parse({
    name: 'Process',
    ...init,
    kind: 'process',
    id: init.id ?? newId(ID_PREFIXES.process),
  });
}

export function createDataStore(init: DeepPartial<DataStoreElement> = {}): DataStoreElement {
  return dataStoreSchema.parse({
    name: 'Data store',
    ...init,
    kind: 'dataStore',
    id: init.id ?? newId(ID_PREFIXES.dataStore),
  });
}

export function createExternalEntity(
  init: DeepPartial<ExternalEntityElement> = {},
): ExternalEntityElement {
  return externalEntitySchema.parse({
    name: 'External entity',
    ...init,
    kind: 'externalEntity',
    id: init.id ?? newId(ID_PREFIXES.externalEntity),
  });
}

export function createTrustBoundary(
  init: DeepPartial<TrustBoundaryElement> = {},
): TrustBoundaryElement {
  return trustBoundarySchema.parse({
    name: 'Trust boundary',
    ...init,
    kind: 'trustBoundary',
    id: init.id ?? newId(ID_PREFIXES.trustBoundary),
  });
}

export function createDataFlow(
  sourceId: string,
  targetId: string,
  init: DeepPartial<DataFlowElement> = {},
): DataFlowElement {
  return dataFlowSchema.parse({
    name: 'Data flow',
    ...init,
    kind: 'dataFlow',
    sourceId,
    targetId,
    id: init.id ?? newId(ID_PREFIXES.dataFlow),
  });
}

/** A new box of the given kind, as the palette adds it. */
export function createNodeElement(
  kind: NodeKind,
  init: { name?: string; boundaryId?: string | null } = {},
): NodeElement {
  switch (kind) {
    case 'process':
      return createProcess(init);
    case 'dataStore':
      return createDataStore(init);
    case 'externalEntity':
      return createExternalEntity(init);
    case 'trustBoundary':
      return createTrustBoundary(init);
  }
}

export function createMitigation(init: DeepPartial<Mitigation> & { title: string }): Mitigation {
  return mitigationSchema.parse({ ...init, id: init.id ?? newId(ID_PREFIXES.mitigation) });
}

/** The size a new box gets on the canvas, by kind. */
export const DEFAULT_NODE_SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  externalEntity: { width: 160, height: 64 },
  process: { width: 150, height: 80 },
  dataStore: { width: 160, height: 56 },
  trustBoundary: { width: 420, height: 300 },
};
