/**
 * Random edits that matter to the threat rules, for property tests of generation: property
 * changes, moves between zones, zone trust levels, deletions, new flows and processes, scope
 * changes, and human decisions on threats. Each edit reports the ids it touched, as the editor
 * would, so incremental regeneration can be compared with a full run.
 */
import fc from 'fast-check';

import { createDataFlow, createProcess } from '../../shared/model/factories';
import { apiOperationSchema } from '../../shared/model/schema';
import type { Element, Threat, ThreatModel } from '../../shared/model/types';

export type RuleEditKind =
  'property' | 'rezone' | 'zoneTrust' | 'delete' | 'addFlow' | 'addProcess' | 'scope' | 'decide';

export interface RuleEdit {
  kind: RuleEditKind;
  target: number;
  other: number;
  value: number;
}

export const ruleEditArbitrary: fc.Arbitrary<RuleEdit> = fc.record({
  kind: fc.constantFrom<RuleEditKind>(
    'property',
    'property',
    'rezone',
    'zoneTrust',
    'delete',
    'addFlow',
    'addProcess',
    'scope',
    'decide',
    'decide',
  ),
  target: fc.nat(100_000),
  other: fc.nat(100_000),
  value: fc.nat(1000),
});

const PROCESS_CHANGES: Array<Record<string, unknown>> = [
  { authentication: 'none' },
  { authentication: 'oauth2' },
  { authentication: 'apiKey' },
  { exposure: 'internet' },
  { exposure: 'internal' },
  { authorization: 'objectLevel' },
  { authorization: 'none' },
  { rateLimited: true },
  { rateLimited: false },
  { validatesInput: true },
  { runsPrivileged: true },
  { businessCritical: true },
  { writesAuditLog: true },
  {
    operations: [
      apiOperationSchema.parse({
        id: 'op_admin',
        method: 'delete',
        path: '/admin/users/{userId}',
        security: [],
        deprecated: true,
      }),
    ],
  },
];
const STORE_CHANGES: Array<Record<string, unknown>> = [
  { holdsPii: true },
  { holdsCredentials: true },
  { encryptedAtRest: true },
  { storeKind: 'log' },
  { storeKind: 'queue' },
  { backedUp: true },
];
const FLOW_CHANGES: Array<Record<string, unknown>> = [
  { protocol: 'HTTP' },
  { protocol: 'HTTPS' },
  { dataTags: ['credentials'] },
  { dataTags: ['pii', 'payment'] },
  { encrypted: true },
  { dataClassification: 'restricted' },
];
const ENTITY_CHANGES: Array<Record<string, unknown>> = [
  { authenticatesItself: true },
  { trust: 'administrator' },
  { entityKind: 'thirdPartyService' },
];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length] as T;
}

function elements(model: ThreatModel): Element[] {
  return model.diagrams[0]!.elements;
}

function replaceElement(model: ThreatModel, next: Element): ThreatModel {
  const diagram = model.diagrams[0]!;
  return {
    ...model,
    diagrams: [
      { ...diagram, elements: diagram.elements.map((e) => (e.id === next.id ? next : e)) },
      ...model.diagrams.slice(1),
    ],
  };
}

function withElements(model: ThreatModel, list: Element[]): ThreatModel {
  const diagram = model.diagrams[0]!;
  return { ...model, diagrams: [{ ...diagram, elements: list }, ...model.diagrams.slice(1)] };
}

/** Applies one edit; returns the new model and the ids of the elements it touched. */
export function applyRuleEdit(
  model: ThreatModel,
  edit: RuleEdit,
): { model: ThreatModel; changed: string[] } {
  const all = elements(model);
  if (all.length === 0) return { model, changed: [] };
  const element = pick(all, edit.target);
  const nodes = all.filter((e) => e.kind !== 'dataFlow' && e.kind !== 'trustBoundary');
  const zones = all.filter((e) => e.kind === 'trustBoundary');

  switch (edit.kind) {
    case 'property': {
      const table =
        element.kind === 'process'
          ? PROCESS_CHANGES
          : element.kind === 'dataStore'
            ? STORE_CHANGES
            : element.kind === 'dataFlow'
              ? FLOW_CHANGES
              : element.kind === 'externalEntity'
                ? ENTITY_CHANGES
                : [{ trustLevel: edit.value % 101 }];
      const change = pick(table, edit.value);
      const next = { ...element, properties: { ...element.properties, ...change } } as Element;
      return { model: replaceElement(model, next), changed: [element.id] };
    }
    case 'rezone': {
      const node = pick(nodes, edit.target);
      if (!node) return { model, changed: [] };
      const zone = edit.value % (zones.length + 1) === 0 ? null : pick(zones, edit.value).id;
      return {
        model: replaceElement(model, { ...node, boundaryId: zone } as Element),
        changed: [node.id],
      };
    }
    case 'zoneTrust': {
      const zone = pick(zones, edit.target);
      if (!zone || zone.kind !== 'trustBoundary') return { model, changed: [] };
      const next = { ...zone, properties: { ...zone.properties, trustLevel: edit.value % 101 } };
      return { model: replaceElement(model, next), changed: [zone.id] };
    }
    case 'delete':
      return {
        model: withElements(
          model,
          all.filter((e) => e.id !== element.id),
        ),
        changed: [element.id],
      };
    case 'addFlow': {
      const from = pick(nodes, edit.target);
      const to = pick(nodes, edit.other);
      if (!from || !to || from.id === to.id) return { model, changed: [] };
      const id = `flow_new_${edit.target}_${edit.other}_${edit.value}`;
      if (all.some((e) => e.id === id)) return { model, changed: [] };
      const flow = createDataFlow(from.id, to.id, {
        id,
        name: `New flow ${edit.value}`,
        properties: pick(FLOW_CHANGES, edit.value),
      });
      return { model: withElements(model, [...all, flow]), changed: [id] };
    }
    case 'addProcess': {
      const id = `proc_new_${edit.target}_${edit.value}`;
      if (all.some((e) => e.id === id)) return { model, changed: [] };
      const zone = pick(zones, edit.other);
      const process = createProcess({
        id,
        name: `New service ${edit.value}`,
        boundaryId: zone?.id ?? null,
        properties: pick(PROCESS_CHANGES, edit.value) as never,
      });
      return { model: withElements(model, [...all, process]), changed: [id] };
    }
    case 'scope': {
      const next = { ...element, outOfScope: !element.outOfScope } as Element;
      return { model: replaceElement(model, next), changed: [element.id] };
    }
    case 'decide': {
      if (model.threats.length === 0) return { model, changed: [] };
      const target = pick(model.threats, edit.target);
      return {
        model: {
          ...model,
          threats: model.threats.map((t) => (t.id === target.id ? decide(t, edit.value) : t)),
        },
        changed: [],
      };
    }
  }
}

/** A human decision on a threat: a status with its reason, notes, ratings. */
function decide(threat: Threat, value: number): Threat {
  switch (value % 4) {
    case 0:
      return { ...threat, status: 'accepted', justification: `Accepted ${value}`, reviewed: true };
    case 1:
      return { ...threat, notes: `Note ${value}` };
    case 2:
      return {
        ...threat,
        likelihood: 1 + (value % 5),
        impact: 1 + ((value >> 2) % 5),
        ratedBy: 'person',
      };
    default:
      return { ...threat, status: 'mitigated', reviewed: true };
  }
}

/** The parts of a threat a person decides; generation must never lose them. */
export function decisionOf(threat: Threat): unknown {
  return {
    number: threat.number,
    status: threat.status,
    justification: threat.justification,
    notes: threat.notes,
    mitigationIds: threat.mitigationIds,
    ratings: threat.ratedBy === 'person' ? [threat.likelihood, threat.impact] : null,
  };
}
