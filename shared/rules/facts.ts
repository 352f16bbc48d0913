/**
 * Facts the rules read that are not stored as properties but derived from them: what an API
 * operation's path and fields suggest, what a process's servers say, where a flow runs relative to
 * the trust boundaries. Each fact is a plain function over the model; rules name them, nothing is
 * evaluated from text.
 */
import {
  crossesBoundary,
  flowCrossing,
  OUTSIDE_TRUST_LEVEL,
  zoneChain,
  type BoundaryCrossing,
} from '../model/boundaries';
import type { ModelIndex } from '../model/modelIndex';
import { isFlowAuthenticated, isFlowEncrypted } from '../model/protocols';
import type { ApiOperation, DataFlowElement, Element, ProcessElement } from '../model/types';

/** What one generation run has already worked out about the model, shared by every rule. */
export interface RunState {
  readonly index: ModelIndex;
  readonly crossings: Map<string, BoundaryCrossing>;
  readonly zones: Map<string, { trust: number; name: string }>;
}

export function newRunState(index: ModelIndex): RunState {
  return { index, crossings: new Map(), zones: new Map() };
}

/** How the space outside every zone is named in threat text. */
export const OUTSIDE_ZONE_NAME = 'the internet';

export function crossingOf(run: RunState, flow: DataFlowElement): BoundaryCrossing {
  let crossing = run.crossings.get(flow.id);
  if (!crossing) {
    crossing = flowCrossing(run.index, flow);
    run.crossings.set(flow.id, crossing);
  }
  return crossing;
}

/** The innermost zone of a node: its trust level and name, as boundaries.ts sees it. */
export function zoneOf(run: RunState, elementId: string): { trust: number; name: string } {
  let zone = run.zones.get(elementId);
  if (zone) return zone;

  const innermost = zoneChain(run.index, elementId)[0];
  zone = innermost
    ? { trust: innermost.properties.trustLevel, name: innermost.name || innermost.id }
    : { trust: OUTSIDE_TRUST_LEVEL, name: OUTSIDE_ZONE_NAME };
  run.zones.set(elementId, zone);
  return zone;
}

// ---------------------------------------------------------------------------------------------
// API operations.

const ID_NAME =
  /(^|[_-])(id|uuid|guid)$|[a-z0-9](Id|ID|Uuid|UUID|Guid)$|^(username|user_name|userName|slug|handle)$/;
const URL_NAME =
  /^(url|uri|link|href|callback|webhook|redirect|return_?to|next|target|endpoint|feed|source)$|[a-z](Url|URL|Uri|URI|Link|Href)$|[_-](url|uri|link|href)$/;
const URL_FORMATS = new Set(['uri', 'url', 'uri-reference', 'iri', 'iri-reference']);
const PAGING_NAME =
  /^(limit|size|page_?size|pageSize|per_?page|perPage|count|top|\$top|first|last|max_?results|maxResults|take|batch_?size|batchSize)$/i;
const SENSITIVE_NAME =
  /(password|passwd|secret|token|api_?key|apikey|ssn|social_?security|credit_?card|card_?number|cvv|pin_?code|salt|private_?key|is_?admin|^roles?$|permissions?|balance|date_?of_?birth|^dob$|^email$|phone)/i;
const PRIVILEGED_NAME =
  /^(roles?|is_?admin|admin|permissions?|scopes?|privileges?|is_?verified|verified|email_?verified|owner_?id|ownerId|tenant_?id|tenantId|account_?type|accountType|balance|credits?|price|discount|approved|is_?approved|plan|tier)$/i;
const ADMIN_PATH =
  /(^|\/)(admin|administration|internal|manage|management|debug|ops|actuator|superuser|sudo|backoffice|back-office)(\/|$|[-_.{])/i;
const AUTH_PATH =
  /(^|\/)(login|logout|signin|sign-in|auth|authenticate|authorize|token|tokens|oauth2?|password|passwords|reset-password|forgot-password|otp|mfa|2fa|verify|session|sessions|register|signup|sign-up)(\/|$|[-_.{])/i;
const BUSINESS_PATH =
  /(^|\/)(checkout|orders?|purchases?|buy|bookings?|reservations?|reserve|coupons?|vouchers?|referrals?|invites?|invitations?|signup|sign-up|register|comments?|reviews?|votes?|likes?|transfers?|payments?|redeem|tickets?|gift-?cards?)(\/|$|[-_.{])/i;
const VERSION_SEGMENT = /\/v(\d+)(?=\/|$)/i;
const NON_PRODUCTION_HOST =
  /(^|[/.-])(dev|develop|development|staging|stage|stg|test|testing|qa|uat|sandbox|beta|preview|demo|localhost|127\.0\.0\.1)([.:/-]|$)/i;

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/** Facts about one API operation, computed once per operation object. */
export interface OperationFacts {
  idParameters: string[];
  publicOperation: boolean;
  securityUnspecified: boolean;
  urlFields: string[];
  pagingWithoutMaximum: string[];
  fileUploadFields: string[];
  sensitiveResponseFields: string[];
  privilegedRequestFields: string[];
  adminPath: boolean;
  authPath: boolean;
  businessFlowPath: boolean;
  writes: boolean;
  scopes: string[];
}

const operationFactsCache = new WeakMap<ApiOperation, OperationFacts>();

function lastSegment(path: string): string {
  const parts = path.split(/[.[\]]+/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** The derived facts of an API operation. */
export function operationFacts(operation: ApiOperation): OperationFacts {
  const cached = operationFactsCache.get(operation);
  if (cached) return cached;

  const pathNames = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const idParameters = new Set<string>();
  for (const name of pathNames) if (ID_NAME.test(name)) idParameters.add(name);
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path') continue;
    if (ID_NAME.test(parameter.name) || parameter.format === 'uuid')
      idParameters.add(parameter.name);
  }

  const urlFields: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header' || parameter.in === 'cookie') continue;
    if (URL_FORMATS.has(parameter.format) || URL_NAME.test(parameter.name))
      urlFields.push(parameter.name);
  }
  for (const field of operation.requestFields) {
    if (URL_FORMATS.has(field.format) || URL_NAME.test(lastSegment(field.path)))
      urlFields.push(field.path);
  }

  const security = operation.security;
  const facts: OperationFacts = {
    idParameters: [...idParameters],
    // `security: []`, or an alternative with no scheme (`[{}]`), lets anyone call it.
    publicOperation:
      security !== null &&
      (security.length === 0 || security.some((option) => option.schemes.length === 0)),
    securityUnspecified: security === null,
    urlFields,
    pagingWithoutMaximum: operation.parameters
      .filter((p) => p.in === 'query' && PAGING_NAME.test(p.name) && p.maximum === null)
      .map((p) => p.name),
    fileUploadFields: operation.requestFields
      .filter((f) => f.format === 'binary' || f.type === 'file')
      .map((f) => f.path),
    sensitiveResponseFields: operation.responseFields
      .filter((f) => SENSITIVE_NAME.test(lastSegment(f.path)))
      .map((f) => f.path),
    privilegedRequestFields: operation.requestFields
      .filter((f) => PRIVILEGED_NAME.test(lastSegment(f.path)))
      .map((f) => f.path),
    adminPath: ADMIN_PATH.test(operation.path),
    authPath: AUTH_PATH.test(operation.path),
    businessFlowPath: BUSINESS_PATH.test(operation.path),
    writes: WRITE_METHODS.has(operation.method),
    scopes: [...new Set((security ?? []).flatMap((option) => option.scopes))].sort(),
  };
  operationFactsCache.set(operation, facts);
  return facts;
}

/** An operation as people write it: `GET /users/{id}`. */
export function operationLabel(operation: ApiOperation): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

// ---------------------------------------------------------------------------------------------
// Processes that expose an API.

export interface ProcessFacts {
  hasOperations: boolean;
  plainHttpServers: string[];
  nonProductionServers: string[];
  apiVersions: string[];
  multipleApiVersions: boolean;
  apiKeyInQuery: boolean;
  basicAuthScheme: boolean;
  mixedScopes: boolean;
}

const processFactsCache = new WeakMap<ProcessElement['properties'], ProcessFacts>();

/** The derived facts of a process's API: servers, versions, schemes and scopes. */
export function processFacts(process: ProcessElement): ProcessFacts {
  const properties = process.properties;
  const cached = processFactsCache.get(properties);
  if (cached) return cached;

  const versions = new Set<string>();
  const scopeSets = new Set<string>();
  for (const operation of properties.operations) {
    const version = VERSION_SEGMENT.exec(operation.path)?.[1];
    if (version !== undefined) versions.add(`v${version}`);
    const scopes = operationFacts(operation).scopes;
    if (scopes.length > 0) scopeSets.add(scopes.join(' '));
  }
  for (const server of properties.servers) {
    const version = VERSION_SEGMENT.exec(server.url)?.[1];
    if (version !== undefined) versions.add(`v${version}`);
  }

  const facts: ProcessFacts = {
    hasOperations: properties.operations.length > 0,
    plainHttpServers: properties.servers
      .filter((server) => /^http:\/\//i.test(server.url.trim()))
      .map((server) => server.url),
    nonProductionServers: properties.servers
      .filter(
        (server) =>
          server.environment === 'staging' ||
          server.environment === 'development' ||
          (server.environment !== 'production' && NON_PRODUCTION_HOST.test(server.url)),
      )
      .map((server) => server.url),
    apiVersions: [...versions].sort(),
    multipleApiVersions: versions.size > 1,
    apiKeyInQuery: properties.securitySchemes.some(
      (scheme) => scheme.type === 'apiKey' && scheme.in.toLowerCase() === 'query',
    ),
    basicAuthScheme:
      properties.authentication === 'basic' ||
      properties.securitySchemes.some((scheme) => scheme.type === 'basic'),
    mixedScopes: scopeSets.size > 1,
  };
  processFactsCache.set(properties, facts);
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Properties a rule can read that are derived rather than stored, by element kind.

type Derived = (element: never, run: RunState) => unknown;

function flowDerived(read: (flow: DataFlowElement, run: RunState) => unknown): Derived {
  return read as Derived;
}

function processDerived(key: keyof ProcessFacts): Derived {
  return ((process: ProcessElement) => processFacts(process)[key]) as Derived;
}

const nodeDerived = {
  trustLevel: ((node: Element, run: RunState) => zoneOf(run, node.id).trust) as Derived,
  zone: ((node: Element, run: RunState) => zoneOf(run, node.id).name) as Derived,
};

/** Derived properties per element kind; they take precedence over stored ones of the same name. */
export const DERIVED_PROPERTIES: Readonly<Record<string, Readonly<Record<string, Derived>>>> = {
  dataFlow: {
    encrypted: flowDerived((flow) => isFlowEncrypted(flow)),
    authenticated: flowDerived((flow) => isFlowAuthenticated(flow)),
    crossesBoundary: flowDerived((flow, run) => crossesBoundary(crossingOf(run, flow))),
    sourceTrust: flowDerived((flow, run) => crossingOf(run, flow).sourceTrust),
    targetTrust: flowDerived((flow, run) => crossingOf(run, flow).targetTrust),
    trustRaise: flowDerived((flow, run) => {
      const crossing = crossingOf(run, flow);
      return crossing.targetTrust - crossing.sourceTrust;
    }),
    boundariesCrossed: flowDerived((flow, run) => {
      const crossing = crossingOf(run, flow);
      return crossing.leaves.length + crossing.enters.length;
    }),
    sourceZone: flowDerived((flow, run) => zoneOf(run, flow.sourceId).name),
    targetZone: flowDerived((flow, run) => zoneOf(run, flow.targetId).name),
  },
  process: {
    ...nodeDerived,
    hasOperations: processDerived('hasOperations'),
    plainHttpServers: processDerived('plainHttpServers'),
    nonProductionServers: processDerived('nonProductionServers'),
    apiVersions: processDerived('apiVersions'),
    multipleApiVersions: processDerived('multipleApiVersions'),
    apiKeyInQuery: processDerived('apiKeyInQuery'),
    basicAuthScheme: processDerived('basicAuthScheme'),
    mixedScopes: processDerived('mixedScopes'),
  },
  dataStore: nodeDerived,
  externalEntity: nodeDerived,
};

/** Derived properties of API operations. */
export const OPERATION_DERIVED: Readonly<Record<string, (operation: ApiOperation) => unknown>> = {
  idParameters: (op) => operationFacts(op).idParameters,
  idPathParameter: (op) => operationFacts(op).idParameters.length > 0,
  publicOperation: (op) => operationFacts(op).publicOperation,
  securityUnspecified: (op) => operationFacts(op).securityUnspecified,
  urlFields: (op) => operationFacts(op).urlFields,
  urlField: (op) => operationFacts(op).urlFields.length > 0,
  pagingWithoutMaximum: (op) => operationFacts(op).pagingWithoutMaximum,
  fileUploadFields: (op) => operationFacts(op).fileUploadFields,
  fileUpload: (op) => operationFacts(op).fileUploadFields.length > 0,
  sensitiveResponseFields: (op) => operationFacts(op).sensitiveResponseFields,
  privilegedRequestFields: (op) => operationFacts(op).privilegedRequestFields,
  adminPath: (op) => operationFacts(op).adminPath,
  authPath: (op) => operationFacts(op).authPath,
  businessFlowPath: (op) => operationFacts(op).businessFlowPath,
  writes: (op) => operationFacts(op).writes,
  scopes: (op) => operationFacts(op).scopes,
  label: (op) => operationLabel(op),
};
