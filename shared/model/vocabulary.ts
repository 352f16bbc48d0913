/**
 * The closed vocabularies of the model. Each list is the single source for the zod schema, the
 * inspector's choices and the rule language, so a new value is added in one place.
 */

export const ELEMENT_KINDS = [
  'externalEntity',
  'process',
  'dataStore',
  'dataFlow',
  'trustBoundary',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** Kinds drawn as boxes on the canvas; flows are edges between them. */
export const NODE_KINDS = ['externalEntity', 'process', 'dataStore', 'trustBoundary'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EXPOSURES = ['internet', 'partner', 'internal'] as const;
export const AUTHENTICATIONS = [
  'none',
  'apiKey',
  'basic',
  'bearer',
  'oauth2',
  'mtls',
  'session',
] as const;
export const AUTHORIZATIONS = ['none', 'role', 'objectLevel'] as const;
export const TECHNOLOGIES = ['gateway', 'service', 'function', 'worker', 'ui'] as const;

export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const DATA_TAGS = ['pii', 'credentials', 'payment', 'health'] as const;

export const STORE_KINDS = [
  'sql',
  'document',
  'cache',
  'object',
  'queue',
  'log',
  'secrets',
  'file',
] as const;

export const ENTITY_KINDS = ['person', 'thirdPartyService', 'device'] as const;
export const ENTITY_TRUSTS = ['anonymous', 'authenticated', 'partner', 'administrator'] as const;

/** A zone contains elements; a line is a boundary drawn across flows, as older tools allow. */
export const BOUNDARY_SHAPES = ['zone', 'line'] as const;

export const HTTP_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'patch',
  'head',
  'options',
  'trace',
] as const;
export const PARAMETER_LOCATIONS = ['path', 'query', 'header', 'cookie'] as const;
export const SECURITY_SCHEME_TYPES = [
  'apiKey',
  'basic',
  'bearer',
  'oauth2',
  'openIdConnect',
  'mutualTLS',
] as const;
export const SERVER_ENVIRONMENTS = ['production', 'staging', 'development', 'unknown'] as const;

/** STRIDE, one letter each: Spoofing, Tampering, Repudiation, Information disclosure, DoS, EoP. */
export const STRIDE = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export type StrideCategory = (typeof STRIDE)[number];

export const STRIDE_NAMES: Readonly<Record<StrideCategory, string>> = {
  S: 'Spoofing',
  T: 'Tampering',
  R: 'Repudiation',
  I: 'Information disclosure',
  D: 'Denial of service',
  E: 'Elevation of privilege',
};

export const THREAT_STATUSES = [
  'open',
  'mitigated',
  'accepted',
  'transferred',
  'notApplicable',
] as const;
export type ThreatStatus = (typeof THREAT_STATUSES)[number];

/** Decisions that only stand with a written reason. */
export const STATUSES_NEEDING_JUSTIFICATION: ReadonlySet<ThreatStatus> = new Set([
  'accepted',
  'transferred',
  'notApplicable',
]);

export const MITIGATION_STATUSES = [
  'proposed',
  'planned',
  'inProgress',
  'implemented',
  'verified',
  'rejected',
] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

export const EFFORTS = ['S', 'M', 'L'] as const;
export type Effort = (typeof EFFORTS)[number];

/** Human labels for the values above, used by the inspector, reports and lint messages. */
export const LABELS: Readonly<Record<string, string>> = {
  externalEntity: 'External entity',
  process: 'Process',
  dataStore: 'Data store',
  dataFlow: 'Data flow',
  trustBoundary: 'Trust boundary',
  internet: 'Internet',
  partner: 'Partner',
  internal: 'Internal',
  none: 'None',
  apiKey: 'API key',
  basic: 'Basic',
  bearer: 'Bearer / JWT',
  oauth2: 'OAuth 2',
  mtls: 'mTLS',
  session: 'Session cookie',
  role: 'Role-based',
  objectLevel: 'Object-level',
  gateway: 'Gateway',
  service: 'Service',
  function: 'Function',
  worker: 'Worker',
  ui: 'UI',
  public: 'Public',
  confidential: 'Confidential',
  restricted: 'Restricted',
  pii: 'PII',
  credentials: 'Credentials',
  payment: 'Payment',
  health: 'Health',
  sql: 'SQL',
  document: 'Document',
  cache: 'Cache',
  object: 'Object storage',
  queue: 'Queue',
  log: 'Log',
  secrets: 'Secrets',
  file: 'File',
  person: 'Person',
  thirdPartyService: 'Third-party service',
  device: 'Device',
  anonymous: 'Anonymous',
  authenticated: 'Authenticated',
  administrator: 'Administrator',
  zone: 'Zone',
  line: 'Line',
  open: 'Open',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
  transferred: 'Transferred',
  notApplicable: 'Not applicable',
  proposed: 'Proposed',
  planned: 'Planned',
  inProgress: 'In progress',
  implemented: 'Implemented',
  verified: 'Verified',
  rejected: 'Rejected',
};

export function labelOf(value: string): string {
  return LABELS[value] ?? value;
}
