/**
 * An OpenAPI 3.0 or 3.1 spec as a data-flow diagram a reviewer would draw: clients outside (one per
 * kind of credential the API accepts, plus anonymous callers where operations are public), the API
 * gateway in the zone of its servers, one service per tag or path prefix behind it holding that
 * group's operations, and a store per service that writes data. Flows carry the servers' protocol
 * and the kinds of data the operations' fields suggest.
 */
import type { ApiOperation, ApiServer, SecurityScheme } from '../../../model/types';
import { fail, problem, type Result } from '../../../result';
import { storeKindFromName } from '../heuristics';
import { ModelBuilder, type ImportedModel } from '../modelBuilder';
import { field, keysOf, objectAt, stringAt } from '../read';
import { classificationOf, dataTagsOf } from './dataTags';
import { displayName, groupOperations, type GroupBy } from './grouping';
import { readOperations, type ReadOperation } from './operations';
import { RefError, RefResolver } from './refResolver';
import { readServers, type NetworkKind, type ReadServer } from './servers';

export interface OpenApiOptions {
  now?: Date;
  /** How operations are grouped into services; 'auto' uses tags when most operations have one. */
  groupBy?: GroupBy;
  /** Add a data store behind each service that writes data (on by default). */
  inferStores?: boolean;
}

type Authentication = 'none' | 'apiKey' | 'basic' | 'bearer' | 'oauth2' | 'mtls' | 'session';

const NETWORK_ZONES: Readonly<Record<NetworkKind, { name: string; trust: number }>> = {
  public: { name: 'Public API', trust: 20 },
  staging: { name: 'Staging', trust: 30 },
  internal: { name: 'Internal network', trust: 60 },
};

/** Imports a parsed OpenAPI document. Never throws. */
export function importOpenApi(doc: unknown, options: OpenApiOptions = {}): Result<ImportedModel> {
  const version = stringAt(doc, 'openapi') ?? '';
  if (!/^3\.[01]/.test(version)) {
    return fail([
      problem(
        'import/not-openapi',
        'This is not an OpenAPI 3.0 or 3.1 document: it has no "openapi: 3.x" version.',
      ),
    ]);
  }
  const builder = new ModelBuilder();
  const refs = new RefResolver(doc, builder.warnings);
  try {
    buildDiagram(builder, doc, refs, options);
  } catch (error) {
    if (error instanceof RefError)
      return fail([problem(error.code, error.message)], builder.warnings.list());
    throw error;
  }

  const info = objectAt(doc, 'info');
  const title = stringAt(info, 'title') ?? 'API';
  return builder.build({
    title,
    summary: stringAt(info, 'description') ?? '',
    owner: stringAt(objectAt(info, 'contact'), 'name') ?? '',
    tags: ['openapi', `api-version:${stringAt(info, 'version') ?? ''}`.slice(0, 100)],
    sourceKey: `openapi:${title}`,
    ...(options.now ? { now: options.now } : {}),
  });
}

function buildDiagram(
  builder: ModelBuilder,
  doc: unknown,
  refs: RefResolver,
  options: OpenApiOptions,
): void {
  const title = stringAt(objectAt(doc, 'info'), 'title') ?? 'API';
  const diagramId = builder.addDiagram('api', title, 'declared');
  const schemes = readSchemes(doc, refs, builder);
  const read = readOperations(doc, refs, builder.warnings);
  const operations = read.map((r) => r.operation);
  if (operations.length === 0)
    builder.warnings.add(
      'import/no-operations',
      'The spec has no operations; only the gateway was drawn.',
    );

  const servers = readServers(doc);
  if (servers.length === 0) {
    builder.warnings.add(
      'import/no-servers',
      'The spec lists no servers; the API was placed in a public zone with no protocol. Set the protocol on its flows.',
    );
  }
  for (const s of servers) {
    if (s.protocol === '')
      builder.warnings.add(
        'import/relative-server',
        `Server "${s.server.url}" has no scheme; the flows' protocol is unknown.`,
      );
  }
  const byNetwork = new Map<NetworkKind, ReadServer[]>();
  for (const s of servers) byNetwork.set(s.network, [...(byNetwork.get(s.network) ?? []), s]);
  const primaryNetwork: NetworkKind = servers[0]?.network ?? 'public';
  const protocol = servers[0]?.protocol ?? '';

  // Zones: one per kind of network the servers are on; services sit in a zone of their own inside the primary one.
  const zoneIds = new Map<NetworkKind, string>();
  for (const network of [primaryNetwork, ...byNetwork.keys()]) {
    if (zoneIds.has(network)) continue;
    const id = builder.elementIds.claim(`zone-${network}`, 'zone');
    zoneIds.set(network, id);
    builder.addElement(diagramId, {
      id,
      kind: 'trustBoundary',
      name: NETWORK_ZONES[network].name,
      properties: { shape: 'zone', trustLevel: NETWORK_ZONES[network].trust },
    });
  }
  const primaryZone = zoneIds.get(primaryNetwork) as string;
  const serviceZone = builder.elementIds.claim('zone-services', 'zone');
  builder.addElement(diagramId, {
    id: serviceZone,
    kind: 'trustBoundary',
    name: 'Services',
    boundaryId: primaryZone,
    properties: {
      shape: 'zone',
      trustLevel: Math.min(100, NETWORK_ZONES[primaryNetwork].trust + 30),
    },
  });

  const exposure = primaryNetwork === 'internal' ? 'internal' : 'internet';
  const usedSchemes = new Set(
    operations.flatMap((op) => (op.security ?? []).flatMap((r) => r.schemes)),
  );
  const allSchemes = [...schemes.values()];
  const gatewayId = builder.elementIds.claim('gateway', 'gateway');
  builder.addElement(diagramId, {
    id: gatewayId,
    kind: 'process',
    name: `${title} gateway`,
    description: 'The API as its clients reach it: every operation of the spec enters here.',
    boundaryId: primaryZone,
    properties: {
      exposure,
      technology: 'gateway',
      authentication: authenticationOf(allSchemes.filter((s) => usedSchemes.has(s.name))),
      rateLimited: read.length > 0 && read.every((r) => r.declaresRateLimit),
      securitySchemes: allSchemes,
      servers: (byNetwork.get(primaryNetwork) ?? []).map((s) => s.server),
    },
  });

  // Clients: one per security scheme in use, and anonymous callers where operations are public.
  const clients = clientsFor(operations, schemes);
  for (const client of clients) {
    const id = builder.elementIds.claim(client.key, 'client');
    builder.addElement(diagramId, {
      id,
      kind: 'externalEntity',
      name: client.name,
      description: client.description,
      properties: {
        entityKind: client.entityKind,
        trust: client.trust,
        authenticatesItself: client.authenticated,
      },
    });
    const tags = dataTagsOf(client.operations);
    builder.addElement(diagramId, {
      id: builder.elementIds.claim(`flow-${client.key}-gateway`, 'flow'),
      kind: 'dataFlow',
      name: `${client.operations.length} ${client.operations.length === 1 ? 'operation' : 'operations'}${client.schemeName ? ` (${client.schemeName})` : ''}`,
      sourceId: id,
      targetId: gatewayId,
      properties: {
        protocol,
        authenticated: client.authenticated,
        bidirectional: true,
        dataTags: tags,
        dataClassification: classificationOf(tags),
      },
    });
    // Other deployments (staging, internal) are reachable too: each gets its own entry point.
    for (const [network, list] of byNetwork) {
      if (network === primaryNetwork) continue;
      const other = ensureOtherGateway(
        builder,
        diagramId,
        network,
        title,
        zoneIds.get(network) as string,
        list,
        allSchemes,
      );
      builder.addElement(diagramId, {
        id: builder.elementIds.claim(`flow-${client.key}-gateway-${network}`, 'flow'),
        kind: 'dataFlow',
        name: `Requests to ${NETWORK_ZONES[network].name.toLowerCase()}`,
        sourceId: id,
        targetId: other,
        properties: {
          protocol: list[0]?.protocol ?? '',
          authenticated: client.authenticated,
          bidirectional: true,
        },
      });
    }
  }

  // Services, one per group of operations, each with its operations and, where it writes, a store.
  const groups = groupOperations(operations, options.groupBy ?? 'auto');
  for (const [key, groupOps] of groups) {
    const serviceId = builder.elementIds.claim(`service-${key}`, 'service');
    const groupRead = read.filter((r) => groupOps.includes(r.operation));
    const groupSchemes = new Set(
      groupOps.flatMap((op) => (op.security ?? []).flatMap((r) => r.schemes)),
    );
    builder.addElement(diagramId, {
      id: serviceId,
      kind: 'process',
      name: `${displayName(key)} service`,
      description: `Operations tagged or routed under "${key}".`,
      boundaryId: serviceZone,
      properties: {
        exposure,
        technology: 'service',
        authentication: authenticationOf(allSchemes.filter((s) => groupSchemes.has(s.name))),
        rateLimited: groupRead.length > 0 && groupRead.every((r) => r.declaresRateLimit),
        securitySchemes: allSchemes.filter((s) => groupSchemes.has(s.name)),
        servers: servers.map((s) => s.server),
        operations: groupOps,
      },
    });
    const tags = dataTagsOf(groupOps);
    builder.addElement(diagramId, {
      id: builder.elementIds.claim(`flow-gateway-${key}`, 'flow'),
      kind: 'dataFlow',
      name: `${displayName(key)} operations`,
      sourceId: gatewayId,
      targetId: serviceId,
      properties: {
        protocol,
        bidirectional: true,
        dataTags: tags,
        dataClassification: classificationOf(tags),
      },
    });
    if (options.inferStores !== false)
      addStores(builder, diagramId, serviceZone, serviceId, key, groupRead);
  }
}

function addStores(
  builder: ModelBuilder,
  diagramId: string,
  zone: string,
  serviceId: string,
  key: string,
  ops: readonly ReadOperation[],
): void {
  const writes = ops.filter((r) => ['post', 'put', 'patch', 'delete'].includes(r.operation.method));
  if (writes.length > 0) {
    const tags = dataTagsOf(ops.map((r) => r.operation));
    const storeId = builder.elementIds.claim(`store-${key}`, 'store');
    builder.addElement(diagramId, {
      id: storeId,
      kind: 'dataStore',
      name: `${displayName(key)} data`,
      description: 'Implied by the operations that create, change or delete data; adjust its kind.',
      boundaryId: zone,
      properties: {
        storeKind: storeKindFromName(key),
        holdsPii: tags.includes('pii'),
        holdsCredentials: tags.includes('credentials'),
      },
    });
    builder.addElement(diagramId, {
      id: builder.elementIds.claim(`flow-${key}-store`, 'flow'),
      kind: 'dataFlow',
      name: 'Reads and writes',
      sourceId: serviceId,
      targetId: storeId,
      properties: {
        protocol: 'SQL',
        bidirectional: true,
        dataTags: tags,
        dataClassification: classificationOf(tags),
      },
    });
  }
  const uploads = ops.filter(
    (r) =>
      r.requestMediaTypes.some((t) => /multipart|octet-stream|image\/|video\//i.test(t)) ||
      r.operation.requestFields.some((f) => f.format === 'binary'),
  );
  if (uploads.length > 0) {
    const filesId = builder.elementIds.claim(`store-${key}-files`, 'store');
    builder.addElement(diagramId, {
      id: filesId,
      kind: 'dataStore',
      name: `${displayName(key)} files`,
      description: 'Implied by operations that upload files.',
      boundaryId: zone,
      properties: { storeKind: 'object' },
    });
    builder.addElement(diagramId, {
      id: builder.elementIds.claim(`flow-${key}-files`, 'flow'),
      kind: 'dataFlow',
      name: 'Uploaded files',
      sourceId: serviceId,
      targetId: filesId,
      properties: { protocol: 'HTTPS', bidirectional: true },
    });
  }
}

const otherGateways = new WeakMap<ModelBuilder, Map<NetworkKind, string>>();

function ensureOtherGateway(
  builder: ModelBuilder,
  diagramId: string,
  network: NetworkKind,
  title: string,
  zone: string,
  servers: readonly ReadServer[],
  schemes: SecurityScheme[],
): string {
  const known = otherGateways.get(builder) ?? new Map<NetworkKind, string>();
  otherGateways.set(builder, known);
  const existing = known.get(network);
  if (existing) return existing;
  const id = builder.elementIds.claim(`gateway-${network}`, 'gateway');
  known.set(network, id);
  builder.addElement(diagramId, {
    id,
    kind: 'process',
    name: `${title} (${NETWORK_ZONES[network].name.toLowerCase()})`,
    description: "Another deployment of the same API, listed among the spec's servers.",
    boundaryId: zone,
    properties: {
      exposure: network === 'internal' ? 'internal' : 'internet',
      technology: 'gateway',
      securitySchemes: schemes,
      servers: servers.map((s): ApiServer => s.server),
    },
  });
  return id;
}

interface Client {
  key: string;
  name: string;
  description: string;
  schemeName: string;
  entityKind: 'person' | 'thirdPartyService' | 'device';
  trust: 'anonymous' | 'authenticated' | 'partner' | 'administrator';
  authenticated: boolean;
  operations: ApiOperation[];
}

function clientsFor(
  operations: readonly ApiOperation[],
  schemes: ReadonlyMap<string, SecurityScheme & { machine: boolean }>,
): Client[] {
  const clients = new Map<string, Client>();
  const add = (key: string, make: () => Omit<Client, 'operations'>, op: ApiOperation): void => {
    const existing = clients.get(key) ?? { ...make(), operations: [] };
    if (!existing.operations.includes(op)) existing.operations.push(op);
    clients.set(key, existing);
  };
  for (const op of operations) {
    const requirements = op.security ?? [];
    if (requirements.length === 0 || requirements.some((r) => r.schemes.length === 0)) {
      add(
        'client-anonymous',
        () => ({
          key: 'client-anonymous',
          name: 'Anonymous client',
          description: 'Callers of the operations that need no credentials.',
          schemeName: '',
          entityKind: 'person',
          trust: 'anonymous',
          authenticated: false,
        }),
        op,
      );
    }
    for (const requirement of requirements) {
      for (const name of requirement.schemes) {
        const scheme = schemes.get(name);
        if (!scheme) continue;
        add(`client-${name}`, () => clientOf(scheme), op);
      }
    }
  }
  if (clients.size === 0) {
    return [
      {
        key: 'client',
        name: 'API client',
        description: 'Whoever calls the API.',
        schemeName: '',
        entityKind: 'person',
        trust: 'anonymous',
        authenticated: false,
        operations: [...operations],
      },
    ];
  }
  return [...clients.values()];
}

function clientOf(scheme: SecurityScheme & { machine: boolean }): Omit<Client, 'operations'> {
  const base = { key: `client-${scheme.name}`, schemeName: scheme.name, authenticated: true };
  switch (scheme.type) {
    case 'apiKey':
      return {
        ...base,
        name: 'API key client',
        description: `Calls with the API key "${scheme.name}" (${scheme.in || 'header'}).`,
        entityKind: 'thirdPartyService',
        trust: 'authenticated',
      };
    case 'mutualTLS':
      return {
        ...base,
        name: 'Partner system (mutual TLS)',
        description: 'Authenticates with a client certificate.',
        entityKind: 'thirdPartyService',
        trust: 'partner',
      };
    case 'oauth2':
      return scheme.machine
        ? {
            ...base,
            name: 'OAuth client application',
            description: `Calls with client credentials through "${scheme.name}".`,
            entityKind: 'thirdPartyService',
            trust: 'authenticated',
          }
        : {
            ...base,
            name: 'Signed-in user (OAuth 2)',
            description: `Calls with a token obtained through "${scheme.name}".`,
            entityKind: 'person',
            trust: 'authenticated',
          };
    case 'openIdConnect':
      return {
        ...base,
        name: 'Signed-in user (OpenID Connect)',
        description: `Calls with a token from "${scheme.name}".`,
        entityKind: 'person',
        trust: 'authenticated',
      };
    case 'basic':
      return {
        ...base,
        name: 'User (basic authentication)',
        description: `Calls with a user name and password ("${scheme.name}").`,
        entityKind: 'person',
        trust: 'authenticated',
      };
    default:
      return {
        ...base,
        name: 'Authenticated user (bearer token)',
        description: `Calls with a bearer token ("${scheme.name}").`,
        entityKind: 'person',
        trust: 'authenticated',
      };
  }
}

function readSchemes(
  doc: unknown,
  refs: RefResolver,
  builder: ModelBuilder,
): Map<string, SecurityScheme & { machine: boolean }> {
  const out = new Map<string, SecurityScheme & { machine: boolean }>();
  const definitions = objectAt(objectAt(doc, 'components'), 'securitySchemes');
  for (const name of keysOf(definitions).slice(0, 50)) {
    const scheme = refs.deref(field(definitions, name));
    const type = stringAt(scheme, 'type') ?? '';
    const httpScheme = (stringAt(scheme, 'scheme') ?? '').toLowerCase();
    const flows = keysOf(objectAt(scheme, 'flows'));
    let ours: SecurityScheme['type'];
    if (type === 'apiKey') ours = 'apiKey';
    else if (type === 'oauth2') ours = 'oauth2';
    else if (type === 'openIdConnect') ours = 'openIdConnect';
    else if (type === 'mutualTLS') ours = 'mutualTLS';
    else if (type === 'http' && httpScheme === 'basic') ours = 'basic';
    else if (type === 'http') ours = 'bearer';
    else {
      builder.warnings.add(
        'import/unknown-scheme',
        `Security scheme "${name}" has an unknown type "${type}"; it was left out.`,
      );
      continue;
    }
    out.set(name, {
      name: name.slice(0, 200),
      type: ours,
      in: (stringAt(scheme, 'in') ?? '').slice(0, 20),
      machine: flows.length > 0 && flows.every((flow) => flow === 'clientCredentials'),
    });
  }
  return out;
}

function authenticationOf(schemes: readonly SecurityScheme[]): Authentication {
  const first = schemes[0];
  if (!first) return 'none';
  switch (first.type) {
    case 'apiKey':
      return first.in === 'cookie' ? 'session' : 'apiKey';
    case 'basic':
      return 'basic';
    case 'bearer':
      return 'bearer';
    case 'mutualTLS':
      return 'mtls';
    default:
      return 'oauth2';
  }
}
