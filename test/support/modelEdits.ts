/**
 * Small, readable ways to build and edit models in tests: a tiny model with one zone, a client, a
 * gateway, a store and flows, and a copy-and-edit helper that leaves the original untouched.
 */
import { cloneJson } from '../../shared/diff/json';
import {
  createDataFlow,
  createDataStore,
  createExternalEntity,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../shared/model/factories';
import { threatSchema } from '../../shared/model/schema';
import type { Element, ThreatModel } from '../../shared/model/types';

/** A small model: Client → Gateway → Orders DB, the gateway and store inside "Internal". */
export function smallModel(): ThreatModel {
  const model = createModel({
    id: 'tm_small',
    title: 'Payments API',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const diagram = model.diagrams[0]!;
  diagram.id = 'dgm_main';
  diagram.elements = [
    createTrustBoundary({ id: 'zone_internal', name: 'Internal', properties: { trustLevel: 60 } }),
    createExternalEntity({ id: 'ent_client', name: 'Client' }),
    createProcess({ id: 'proc_gateway', name: 'Gateway', boundaryId: 'zone_internal' }),
    createDataStore({ id: 'store_orders', name: 'Orders DB', boundaryId: 'zone_internal' }),
    createDataFlow('ent_client', 'proc_gateway', {
      id: 'flow_in',
      name: 'Request',
      properties: { protocol: 'HTTPS' },
    }),
    createDataFlow('proc_gateway', 'store_orders', {
      id: 'flow_db',
      name: 'Query',
      properties: { protocol: 'SQL' },
    }),
  ];
  model.threats = [
    threatSchema.parse({
      id: 'spoof:proc_gateway',
      number: 1,
      title: 'Spoofing the gateway',
      category: 'S',
      elementId: 'proc_gateway',
      ruleId: 'spoof',
    }),
  ];
  model.threatCounter = 1;
  model.layout.nodes['proc_gateway'] = { x: 10, y: 10, width: 150, height: 80 };
  return model;
}

/** A copy of the model, changed by `edit`. */
export function edited(model: ThreatModel, edit: (copy: ThreatModel) => void): ThreatModel {
  const copy = cloneJson(model);
  edit(copy);
  return copy;
}

/** The element with this id, for editing in place inside `edited`. */
export function elementOf(model: ThreatModel, id: string): Element {
  for (const diagram of model.diagrams) {
    const found = diagram.elements.find((element) => element.id === id);
    if (found) return found;
  }
  throw new Error(`no element ${id}`);
}
