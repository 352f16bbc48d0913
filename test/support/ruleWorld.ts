/**
 * A small, fixed topology for rule tests: a client outside every zone calls an API process in the
 * `app` zone, which reads a store and may call a third-party vendor. Each part's properties can be
 * overridden, so a test says only what makes its rule fire or stay quiet.
 *
 *   ent_client --flow_in--> proc_api --flow_out--> store_db
 *                             |  ^
 *                  flow_vendor|  |flow_callback        (vendor flows only when `vendor` is set)
 *                             v  |
 *                           ent_vendor
 */
import {
  createDataFlow,
  createDataStore,
  createExternalEntity,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../shared/model/factories';
import type {
  DataFlowElement,
  DataStoreElement,
  Element,
  ExternalEntityElement,
  ProcessElement,
  ThreatModel,
} from '../../shared/model/types';

/** Property overrides, loosely typed so tests can pass partial operations and servers. */
type Props<T extends { properties: object }> = { [K in keyof T['properties']]?: unknown } & Record<
  string,
  unknown
>;

export interface WorldOptions {
  client?: Props<ExternalEntityElement>;
  api?: Props<ProcessElement>;
  store?: Props<DataStoreElement>;
  vendor?: Props<ExternalEntityElement>;
  flowIn?: Props<DataFlowElement>;
  flowOut?: Props<DataFlowElement>;
  flowVendor?: Props<DataFlowElement>;
  flowCallback?: Props<DataFlowElement>;
  /** A second process in the `data` zone, called by the API over `flow_backend`. */
  backend?: Props<ProcessElement>;
  /** The vendor's name, when a test needs it to say what the vendor does. */
  vendorName?: string;
  /** A flow straight from the client to the store. */
  direct?: Props<DataFlowElement>;
  /** Zone of each node: 'app' (trust 50), 'data' (trust 80), 'vault' (trust 100) or null. */
  zones?: Partial<Record<'client' | 'api' | 'store' | 'vendor', 'app' | 'data' | 'vault' | null>>;
  /** Leave out these elements. */
  without?: Array<'flowIn' | 'flowOut' | 'client' | 'store'>;
  outOfScope?: string[];
}

export function ruleWorld(options: WorldOptions = {}): ThreatModel {
  const model = createModel({ id: 'tm_world', now: new Date('2026-01-01T00:00:00Z') });
  const zones = { client: null, api: 'app', store: 'app', vendor: null, ...options.zones };
  const zoneId = (zone: string | null): string | null => (zone === null ? null : `zone_${zone}`);
  const without = new Set(options.without ?? []);

  const elements: Element[] = [
    createTrustBoundary({ id: 'zone_app', name: 'App zone', properties: { trustLevel: 50 } }),
    createTrustBoundary({ id: 'zone_data', name: 'Data zone', properties: { trustLevel: 80 } }),
    createTrustBoundary({ id: 'zone_vault', name: 'Vault zone', properties: { trustLevel: 100 } }),
    createProcess({
      id: 'proc_api',
      name: 'Orders API',
      boundaryId: zoneId(zones.api),
      properties: (options.api ?? {}) as never,
    }),
  ];
  if (!without.has('client'))
    elements.push(
      createExternalEntity({
        id: 'ent_client',
        name: 'Customer',
        boundaryId: zoneId(zones.client),
        properties: (options.client ?? {}) as never,
      }),
    );
  if (!without.has('store'))
    elements.push(
      createDataStore({
        id: 'store_db',
        name: 'Orders DB',
        boundaryId: zoneId(zones.store),
        properties: (options.store ?? {}) as never,
      }),
    );
  if (!without.has('flowIn') && !without.has('client'))
    elements.push(
      createDataFlow('ent_client', 'proc_api', {
        id: 'flow_in',
        name: 'Order requests',
        properties: { protocol: 'HTTPS', ...options.flowIn } as never,
      }),
    );
  if (!without.has('flowOut') && !without.has('store'))
    elements.push(
      createDataFlow('proc_api', 'store_db', {
        id: 'flow_out',
        name: 'Order queries',
        properties: { protocol: 'SQL-TLS', ...options.flowOut } as never,
      }),
    );
  if (options.backend)
    elements.push(
      createProcess({
        id: 'proc_backend',
        name: 'Ledger service',
        boundaryId: 'zone_data',
        properties: options.backend as never,
      }),
      createDataFlow('proc_api', 'proc_backend', {
        id: 'flow_backend',
        name: 'Ledger calls',
        properties: { protocol: 'HTTPS' },
      }),
    );
  if (options.direct && !without.has('client') && !without.has('store'))
    elements.push(
      createDataFlow('ent_client', 'store_db', {
        id: 'flow_direct',
        name: 'Direct upload',
        properties: { protocol: 'HTTPS', ...options.direct } as never,
      }),
    );
  if (options.vendor || options.flowVendor || options.flowCallback) {
    elements.push(
      createExternalEntity({
        id: 'ent_vendor',
        name: options.vendorName ?? 'Shipping vendor',
        boundaryId: zoneId(zones.vendor),
        properties: {
          entityKind: 'thirdPartyService',
          trust: 'partner',
          ...options.vendor,
        } as never,
      }),
      createDataFlow('proc_api', 'ent_vendor', {
        id: 'flow_vendor',
        name: 'Shipment requests',
        properties: { protocol: 'HTTPS', ...options.flowVendor } as never,
      }),
    );
    if (options.flowCallback)
      elements.push(
        createDataFlow('ent_vendor', 'proc_api', {
          id: 'flow_callback',
          name: 'Shipment callbacks',
          properties: { protocol: 'HTTPS', ...options.flowCallback } as never,
        }),
      );
  }

  const outOfScope = new Set(options.outOfScope ?? []);
  model.diagrams[0]!.id = 'dgm_main';
  model.diagrams[0]!.elements = elements.map((element) =>
    outOfScope.has(element.id)
      ? { ...element, outOfScope: true, outOfScopeReason: 'Owned by another team' }
      : element,
  );
  return model;
}

/** An API operation with the given parts; the rest takes schema defaults. */
export function operation(
  id: string,
  method: string,
  path: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { id, method, path, ...extra };
}
