/** A small, fully populated model that exercises every part of the schema. */
import {
  createDataFlow,
  createDataStore,
  createExternalEntity,
  createMitigation,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../shared/model/factories';
import type { ThreatModel } from '../../shared/model/types';

export function exampleModel(): ThreatModel {
  const model = createModel({
    id: 'tm_example',
    title: 'Payments API',
    owner: 'Platform team',
    now: new Date('2026-03-01T10:00:00Z'),
  });
  const zone = createTrustBoundary({ id: 'zone_dmz', name: 'DMZ', properties: { trustLevel: 40 } });
  const client = createExternalEntity({
    id: 'ent_client',
    name: 'Merchant',
    properties: { entityKind: 'thirdPartyService', trust: 'partner' },
  });
  const gateway = createProcess({
    id: 'proc_gateway',
    name: 'API gateway',
    boundaryId: 'zone_dmz',
    properties: {
      exposure: 'internet',
      authentication: 'oauth2',
      technology: 'gateway',
      operations: [
        {
          id: 'op_get_payment',
          method: 'get',
          path: '/payments/{paymentId}',
          parameters: [{ name: 'paymentId', in: 'path', required: true }],
        },
      ],
    },
  });
  const store = createDataStore({
    id: 'store_ledger',
    name: 'Ledger',
    boundaryId: 'zone_dmz',
    properties: { holdsPii: true, encryptedAtRest: true },
  });
  const flow = createDataFlow('ent_client', 'proc_gateway', {
    id: 'flow_pay',
    name: 'Create payment',
    properties: { protocol: 'HTTPS', dataTags: ['payment'] },
  });
  const write = createDataFlow('proc_gateway', 'store_ledger', {
    id: 'flow_write',
    name: 'Write entry',
    properties: { protocol: 'SQL' },
  });
  model.diagrams[0]!.id = 'dgm_main';
  model.diagrams[0]!.elements = [zone, client, gateway, store, flow, write];
  model.mitigations = [
    createMitigation({
      id: 'mit_tls',
      title: 'Enforce TLS 1.3',
      status: 'implemented',
      effort: 'S',
      reduction: { likelihood: 2, impact: 0 },
    }),
  ];
  model.threats = [
    {
      id: 'stride.flow.tampering:flow_pay',
      number: 1,
      title: 'Tampering with "Create payment" in transit',
      category: 'T',
      elementId: 'flow_pay',
      ruleId: 'stride.flow.tampering',
      qualifier: '',
      description: 'An attacker on the path changes the payment request.',
      references: ['CWE-319'],
      likelihood: 3,
      impact: 4,
      ratedBy: 'rule',
      status: 'mitigated',
      justification: '',
      mitigationIds: ['mit_tls'],
      notes: '',
      stale: false,
      reviewed: true,
    },
  ];
  model.threatCounter = 1;
  model.layout.nodes = {
    zone_dmz: { x: 200, y: 40, width: 500, height: 300 },
    ent_client: { x: 10, y: 120, width: 160, height: 64 },
    proc_gateway: { x: 260, y: 100, width: 150, height: 80 },
    store_ledger: { x: 480, y: 200, width: 160, height: 56 },
  };
  return model;
}
