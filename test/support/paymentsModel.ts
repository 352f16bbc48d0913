/**
 * A realistic, hand-made model of a payments API, with layout, threats in every state and a
 * mitigation plan: the model report tests and the report pictures are checked against.
 */
import { threatModelSchema } from '../../shared/model/schema';
import type { ThreatModel } from '../../shared/model/types';

type Box = { x: number; y: number; width: number; height: number };

const nodes: Record<string, Box> = {
  zone_dmz: { x: 220, y: 20, width: 300, height: 300 },
  zone_core: { x: 560, y: 20, width: 560, height: 460 },
  zone_vault: { x: 840, y: 300, width: 260, height: 160 },
  ent_customer: { x: 20, y: 80, width: 150, height: 60 },
  ent_psp: { x: 1160, y: 200, width: 150, height: 60 },
  proc_gateway: { x: 290, y: 120, width: 160, height: 80 },
  proc_payments: { x: 620, y: 80, width: 160, height: 80 },
  proc_orders: { x: 620, y: 260, width: 160, height: 80 },
  store_orders: { x: 880, y: 80, width: 170, height: 56 },
  store_vault: { x: 880, y: 360, width: 170, height: 56 },
  store_audit: { x: 620, y: 400, width: 160, height: 50 },
};

/** The payments API model; `now` fixes its timestamps. */
export function paymentsModel(): ThreatModel {
  return threatModelSchema.parse({
    formatVersion: 1,
    id: 'tm_payments',
    title: 'Payments API',
    summary: 'Card payments for the web shop: checkout, refunds and the card vault.',
    owner: 'Dana Whitfield',
    reviewers: ['Ravi Menon', 'Sofia Alvarez'],
    tags: ['pci'],
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-02-10T16:30:00.000Z',
    threatCounter: 14,
    diagrams: [
      {
        id: 'dgm_main',
        name: 'Checkout and refunds',
        elements: [
          zone('zone_dmz', 'Edge', 30, null),
          zone('zone_core', 'Payments core', 70, null),
          zone('zone_vault', 'Card vault', 95, 'zone_core'),
          {
            id: 'ent_customer',
            kind: 'externalEntity',
            name: 'Shopper (browser)',
            properties: { entityKind: 'person', trust: 'anonymous' },
          },
          {
            id: 'ent_psp',
            kind: 'externalEntity',
            name: 'Card network (PSP)',
            outOfScope: true,
            outOfScopeReason: 'Operated by the payment service provider under its own PCI audit.',
            properties: { entityKind: 'thirdPartyService', trust: 'partner' },
          },
          process('proc_gateway', 'API gateway', 'zone_dmz', 'internet', 'gateway'),
          process('proc_payments', 'Payments service', 'zone_core', 'internal', 'service'),
          process('proc_orders', 'Orders and refunds service', 'zone_core', 'internal', 'service'),
          store('store_orders', 'Orders database', 'zone_core', 'sql'),
          store('store_vault', 'Card vault', 'zone_vault', 'secrets'),
          store('store_audit', 'Audit log', 'zone_core', 'log'),
          flow('flow_checkout', 'Checkout', 'ent_customer', 'proc_gateway', 'HTTPS', ['payment']),
          flow('flow_pay', 'Authorize payment', 'proc_gateway', 'proc_payments', 'gRPC', []),
          flow('flow_refund', 'Refund request', 'proc_gateway', 'proc_orders', 'HTTP', ['pii']),
          flow('flow_orders_db', 'Read/write orders', 'proc_orders', 'store_orders', 'SQL', []),
          flow('flow_tokenize', 'Tokenize card', 'proc_payments', 'store_vault', 'mTLS', [
            'payment',
          ]),
          flow('flow_psp', 'Card authorization', 'proc_payments', 'ent_psp', 'HTTPS', ['payment']),
          flow('flow_audit', 'Audit events', 'proc_orders', 'store_audit', 'Kafka', []),
          flow('flow_pay_orders', 'Payment status', 'proc_payments', 'proc_orders', 'AMQP', []),
        ],
      },
    ],
    threats: [
      threat(1, 'S', 'proc_gateway', 'Spoofing of the API gateway', 4, 4, 'open', ['mit_jwt']),
      threat(2, 'T', 'flow_refund', 'Refund request tampered with in transit', 4, 5, 'open', [
        'mit_tls_refund',
      ]),
      threat(3, 'I', 'flow_refund', 'Shopper PII read on the refund flow', 4, 4, 'open', [
        'mit_tls_refund',
      ]),
      threat(4, 'E', 'proc_orders', 'Broken object-level authorization on refunds', 5, 5, 'open', [
        'mit_bola',
      ]),
      threat(
        5,
        'D',
        'proc_gateway',
        'Unrestricted resource consumption at the edge',
        4,
        3,
        'mitigated',
        ['mit_rate'],
      ),
      threat(6, 'R', 'proc_orders', 'Refunds cannot be traced to who asked', 3, 3, 'open', [
        'mit_audit',
      ]),
      threat(7, 'I', 'store_vault', 'Card numbers disclosed from the vault', 2, 5, 'open', [
        'mit_hsm',
      ]),
      threat(8, 'T', 'store_audit', 'Audit log tampering', 2, 4, 'accepted', [], {
        justification:
          'Log shipped to write-once storage within a minute; residual window accepted.',
      }),
      threat(9, 'I', 'store_orders', 'Order database backup exposed', 3, 4, 'open', []),
      threat(
        10,
        'S',
        'ent_customer',
        'Shopper account takeover by credential stuffing',
        4,
        3,
        'transferred',
        [],
        {
          justification: 'Identity provider contract covers credential stuffing defences.',
        },
      ),
      threat(11, 'D', 'proc_payments', 'Payment service exhausted by retries', 3, 3, 'open', [
        'mit_rate',
      ]),
      threat(
        12,
        'T',
        'flow_pay_orders',
        'Payment status forged on the message bus',
        3,
        4,
        'open',
        [],
      ),
      threat(
        13,
        'E',
        'proc_payments',
        'Payments service runs with vault admin rights',
        2,
        5,
        'notApplicable',
        [],
        {
          justification: 'Service account holds tokenize-only permission.',
        },
      ),
      threat(14, 'I', 'proc_gateway', 'Verbose errors leak stack traces', 3, 2, 'open', [], {
        stale: true,
      }),
    ],
    mitigations: [
      mitigation(
        'mit_jwt',
        'Validate JWTs at the gateway',
        'verified',
        'Ravi Menon',
        '2026-01-30',
        'S',
      ),
      mitigation(
        'mit_tls_refund',
        'Move the refund path to HTTPS',
        'planned',
        'Sofia Alvarez',
        '2026-03-15',
        'S',
      ),
      mitigation(
        'mit_bola',
        'Object-level checks on every refund',
        'inProgress',
        'Ravi Menon',
        '2026-03-01',
        'M',
      ),
      mitigation(
        'mit_rate',
        'Rate limits per client and per route',
        'implemented',
        'Ops team',
        null,
        'M',
      ),
      mitigation('mit_audit', 'Signed audit events for refunds', 'proposed', '', null, 'L'),
      mitigation(
        'mit_hsm',
        'Keep card keys in an HSM',
        'planned',
        'Dana Whitfield',
        '2026-06-30',
        'L',
      ),
    ],
    layout: {
      nodes,
      edges: { flow_audit: { points: [{ x: 700, y: 380 }] } },
    },
  });
}

function zone(id: string, name: string, trustLevel: number, boundaryId: string | null) {
  return { id, kind: 'trustBoundary', name, boundaryId, properties: { trustLevel } };
}

function process(
  id: string,
  name: string,
  boundaryId: string,
  exposure: string,
  technology: string,
) {
  return {
    id,
    kind: 'process',
    name,
    boundaryId,
    properties: { exposure, technology, authentication: 'bearer', authorization: 'role' },
  };
}

function store(id: string, name: string, boundaryId: string, storeKind: string) {
  return { id, kind: 'dataStore', name, boundaryId, properties: { storeKind } };
}

function flow(
  id: string,
  name: string,
  sourceId: string,
  targetId: string,
  protocol: string,
  dataTags: string[],
) {
  return { id, kind: 'dataFlow', name, sourceId, targetId, properties: { protocol, dataTags } };
}

const REFERENCES: Record<string, string[]> = {
  S: [
    'CWE-287',
    'CAPEC-151',
    'https://owasp.org/API-Security/editions/2023/en/0xa2-broken-authentication/',
  ],
  T: ['CWE-345', 'CAPEC-94'],
  R: ['CWE-778'],
  I: ['CWE-200', 'CAPEC-117'],
  D: [
    'CWE-400',
    'https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/',
  ],
  E: [
    'CWE-639',
    'https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/',
  ],
};

function threat(
  number: number,
  category: string,
  elementId: string,
  title: string,
  likelihood: number,
  impact: number,
  status: string,
  mitigationIds: string[],
  extra: Record<string, unknown> = {},
) {
  const ruleId = number === 14 ? null : `stride.${category.toLowerCase()}`;
  return {
    id: `${ruleId ?? 'manual'}:${elementId}`,
    number,
    title,
    category,
    elementId,
    ruleId,
    description: `${title}. An attacker who reaches this element can exploit it unless the listed controls are in place.`,
    references: REFERENCES[category] ?? [],
    likelihood,
    impact,
    status,
    mitigationIds,
    reviewed: true,
    ...extra,
  };
}

function mitigation(
  id: string,
  title: string,
  status: string,
  owner: string,
  dueDate: string | null,
  effort: string,
) {
  return {
    id,
    title,
    description: `${title}.`,
    status,
    owner,
    dueDate,
    effort,
    ticket: `https://tracker.example.com/browse/PAY-${id.length * 7}`,
  };
}
