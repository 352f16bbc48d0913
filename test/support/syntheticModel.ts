/**
 * Realistic-looking models of any size, for benchmarks and property tests. The shape follows a
 * typical API estate: zones of rising trust, clients outside, gateways and services with
 * operations inside, stores behind them, and flows between neighbours. Deterministic for a seed.
 */
import {
  createDataFlow,
  createDataStore,
  createExternalEntity,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../shared/model/factories';
import type { Element, ThreatModel } from '../../shared/model/types';

/** A small deterministic random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A model with about `elementCount` elements (boxes and flows together). */
export function syntheticModel(elementCount: number, seed = 1): ThreatModel {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const model = createModel({
    title: `Synthetic ${elementCount}`,
    id: 'tm_synthetic',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const diagram = model.diagrams[0]!;
  diagram.id = 'dgm_main';
  const elements: Element[] = [];
  const nodes: Element[] = [];
  const zoneCount = Math.max(1, Math.round(elementCount / 100));
  const zones = Array.from({ length: zoneCount }, (_, i) =>
    createTrustBoundary({
      id: `zone_${i}`,
      name: `Zone ${i}`,
      properties: { trustLevel: 20 + ((i * 37) % 80) },
    }),
  );
  elements.push(...zones);

  let n = 0;
  while (elements.length < elementCount) {
    const zone = pick(zones);
    const roll = random();
    let node: Element;
    if (roll < 0.15) {
      node = createExternalEntity({
        id: `ent_${n}`,
        name: `Client ${n}`,
        boundaryId: null,
        properties: { trust: pick(['anonymous', 'authenticated', 'partner'] as const) },
      });
    } else if (roll < 0.7) {
      node = createProcess({
        id: `proc_${n}`,
        name: `Service ${n}`,
        boundaryId: zone.id,
        properties: {
          exposure: pick(['internet', 'partner', 'internal'] as const),
          authentication: pick(['none', 'bearer', 'oauth2', 'apiKey', 'mtls'] as const),
          authorization: pick(['none', 'role', 'objectLevel'] as const),
          rateLimited: random() < 0.5,
          validatesInput: random() < 0.5,
          technology: pick(['gateway', 'service', 'function', 'worker'] as const),
          operations: [
            {
              id: `op_${n}_get`,
              method: 'get',
              path: `/items/{itemId}`,
              parameters: [{ name: 'itemId', in: 'path', required: true, type: 'string' }],
              security: random() < 0.3 ? [] : null,
            },
            {
              id: `op_${n}_list`,
              method: 'get',
              path: `/items`,
              parameters: [{ name: 'limit', in: 'query', type: 'integer' }],
            },
          ],
        },
      });
    } else {
      node = createDataStore({
        id: `store_${n}`,
        name: `Store ${n}`,
        boundaryId: zone.id,
        properties: {
          storeKind: pick(['sql', 'document', 'cache', 'log'] as const),
          holdsPii: random() < 0.4,
          encryptedAtRest: random() < 0.5,
        },
      });
    }
    elements.push(node);
    nodes.push(node);
    model.layout.nodes[node.id] = {
      x: (n % 40) * 220,
      y: Math.floor(n / 40) * 140,
      width: 150,
      height: 80,
    };
    n++;

    if (nodes.length > 1 && elements.length < elementCount) {
      const from = nodes[Math.floor(random() * (nodes.length - 1))]!;
      elements.push(
        createDataFlow(from.id, node.id, {
          id: `flow_${n}`,
          name: `Call ${n}`,
          properties: {
            protocol: pick(['HTTPS', 'HTTP', 'gRPC', 'SQL', 'AMQP'] as const),
            dataTags: random() < 0.3 ? ['pii'] : [],
          },
        }),
      );
    }
  }

  zones.forEach((zone, i) => {
    model.layout.nodes[zone.id] = { x: i * 900, y: -400, width: 880, height: 380 };
  });
  diagram.elements = elements;
  return model;
}
