/**
 * The zod schema of a threat model: the one definition of what a valid model is. The TypeScript
 * types are inferred from it, the file parser validates with it, and the canonical writer relies on
 * its key order (zod rebuilds objects in the order their fields are declared here).
 *
 * Fields have defaults wherever a sensible one exists, so a hand-written or older file that leaves
 * them out still opens; ids, kinds and references between elements have none.
 */
import { z } from 'zod';

import {
  AUTHENTICATIONS,
  AUTHORIZATIONS,
  BOUNDARY_SHAPES,
  DATA_CLASSIFICATIONS,
  DATA_TAGS,
  EFFORTS,
  ENTITY_KINDS,
  ENTITY_TRUSTS,
  EXPOSURES,
  HTTP_METHODS,
  MITIGATION_STATUSES,
  PARAMETER_LOCATIONS,
  SECURITY_SCHEME_TYPES,
  SERVER_ENVIRONMENTS,
  STORE_KINDS,
  STRIDE,
  TECHNOLOGIES,
  THREAT_STATUSES,
} from './vocabulary';

/** Ids are short, printable and safe in URLs, CSS selectors and file names. */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;
export const CURRENT_FORMAT_VERSION = 1;

const MAX_NAME = 500;
const MAX_TEXT = 20_000;

const id = z.string().regex(ID_PATTERN, 'must be 1 to 200 letters, digits, or _ . : -');
const name = z.string().max(MAX_NAME).default('');
const text = z.string().max(MAX_TEXT).default('');
const tags = z.array(z.string().max(100)).max(200).default([]);
const flag = z.boolean().default(false);
const rating = z.int().min(1).max(5);
const isoDate = z.string().max(40);

// ---------------------------------------------------------------------------------------------
// API operations, as an OpenAPI import or a person records them on a process.

export const apiParameterSchema = z.object({
  name: z.string().max(MAX_NAME),
  in: z.enum(PARAMETER_LOCATIONS),
  required: flag,
  type: z.string().max(40).default('string'),
  format: z.string().max(40).default(''),
  /** The declared upper bound of a numeric parameter, or null when the spec sets none. */
  maximum: z.number().nullable().default(null),
});

/** A leaf field of a request or response body, flattened: `address.city`, `items[].id`. */
export const apiFieldSchema = z.object({
  path: z.string().max(MAX_NAME),
  type: z.string().max(40).default('string'),
  format: z.string().max(40).default(''),
});

/** One way to satisfy an operation's security: every named scheme at once, with these scopes. */
export const securityRequirementSchema = z.object({
  schemes: z.array(z.string().max(200)).max(20).default([]),
  scopes: z.array(z.string().max(200)).max(100).default([]),
});

export const apiOperationSchema = z.object({
  id: id,
  method: z.enum(HTTP_METHODS),
  path: z.string().max(2000),
  operationId: z.string().max(MAX_NAME).default(''),
  summary: text,
  tags: tags,
  parameters: z.array(apiParameterSchema).max(500).default([]),
  /**
   * Alternatives, any one of which grants access. An empty list means the operation is
   * deliberately public; null means nobody has said (no spec, or the spec is silent).
   */
  security: z.array(securityRequirementSchema).max(50).nullable().default(null),
  deprecated: flag,
  requestFields: z.array(apiFieldSchema).max(2000).default([]),
  responseFields: z.array(apiFieldSchema).max(2000).default([]),
});

export const securitySchemeSchema = z.object({
  name: z.string().max(200),
  type: z.enum(SECURITY_SCHEME_TYPES),
  /** For API keys: header, query or cookie. */
  in: z.string().max(20).default(''),
});

export const apiServerSchema = z.object({
  url: z.string().max(2000),
  description: text,
  environment: z.enum(SERVER_ENVIRONMENTS).default('unknown'),
});

// ---------------------------------------------------------------------------------------------
// Elements: the five kinds, each with the typed properties the rules read.

const common = {
  name,
  description: text,
  tags,
  outOfScope: flag,
  outOfScopeReason: text,
};

/** The zone an element sits in, or null for the outermost level. */
const boundaryId = id.nullable().default(null);

export const processPropertiesSchema = z.object({
  exposure: z.enum(EXPOSURES).default('internal'),
  authentication: z.enum(AUTHENTICATIONS).default('none'),
  authorization: z.enum(AUTHORIZATIONS).default('none'),
  rateLimited: flag,
  validatesInput: flag,
  runsPrivileged: flag,
  businessCritical: flag,
  writesAuditLog: flag,
  technology: z.enum(TECHNOLOGIES).default('service'),
  securitySchemes: z.array(securitySchemeSchema).max(50).default([]),
  servers: z.array(apiServerSchema).max(50).default([]),
  operations: z.array(apiOperationSchema).max(5000).default([]),
});

export const dataFlowPropertiesSchema = z.object({
  protocol: z.string().max(60).default(''),
  /** null: follow the protocol (HTTPS is encrypted, HTTP is not); a boolean overrides it. */
  encrypted: z.boolean().nullable().default(null),
  authenticated: z.boolean().nullable().default(null),
  dataClassification: z.enum(DATA_CLASSIFICATIONS).default('internal'),
  dataTags: z.array(z.enum(DATA_TAGS)).max(DATA_TAGS.length).default([]),
  bidirectional: flag,
});

export const dataStorePropertiesSchema = z.object({
  storeKind: z.enum(STORE_KINDS).default('sql'),
  encryptedAtRest: flag,
  holdsCredentials: flag,
  holdsPii: flag,
  isAuditLog: flag,
  backedUp: flag,
});

export const externalEntityPropertiesSchema = z.object({
  entityKind: z.enum(ENTITY_KINDS).default('person'),
  trust: z.enum(ENTITY_TRUSTS).default('anonymous'),
  authenticatesItself: flag,
});

export const trustBoundaryPropertiesSchema = z.object({
  /** 0 is the open internet, 100 the most restricted zone. */
  trustLevel: z.int().min(0).max(100).default(50),
  shape: z.enum(BOUNDARY_SHAPES).default('zone'),
});

export const processSchema = z.object({
  id,
  kind: z.literal('process'),
  ...common,
  boundaryId,
  properties: processPropertiesSchema.prefault({}),
});

export const dataStoreSchema = z.object({
  id,
  kind: z.literal('dataStore'),
  ...common,
  boundaryId,
  properties: dataStorePropertiesSchema.prefault({}),
});

export const externalEntitySchema = z.object({
  id,
  kind: z.literal('externalEntity'),
  ...common,
  boundaryId,
  properties: externalEntityPropertiesSchema.prefault({}),
});

export const trustBoundarySchema = z.object({
  id,
  kind: z.literal('trustBoundary'),
  ...common,
  boundaryId,
  properties: trustBoundaryPropertiesSchema.prefault({}),
});

export const dataFlowSchema = z.object({
  id,
  kind: z.literal('dataFlow'),
  ...common,
  sourceId: id,
  targetId: id,
  properties: dataFlowPropertiesSchema.prefault({}),
});

export const elementSchema = z.discriminatedUnion('kind', [
  externalEntitySchema,
  processSchema,
  dataStoreSchema,
  dataFlowSchema,
  trustBoundarySchema,
]);

export const diagramSchema = z.object({
  id,
  name: z.string().max(MAX_NAME).default('Diagram'),
  elements: z.array(elementSchema).max(200_000).default([]),
});

// ---------------------------------------------------------------------------------------------
// Threats and mitigations.

export const threatSchema = z.object({
  /** Derived from rule, element and qualifier, so regeneration finds the same threat again. */
  id,
  /** The human number shown as T-0042; never reused, even after a threat is removed. */
  number: z.int().min(1),
  title: z.string().max(MAX_NAME),
  category: z.enum(STRIDE),
  elementId: id,
  /** The rule that produced it, or null for a threat written by hand or imported. */
  ruleId: z.string().max(200).nullable().default(null),
  /** Tells apart two threats of one rule on one element, such as one per API operation. */
  qualifier: z.string().max(500).default(''),
  description: text,
  references: z.array(z.string().max(500)).max(100).default([]),
  likelihood: rating.default(3),
  impact: rating.default(3),
  /** 'person' once someone has changed the ratings; regeneration leaves those alone. */
  ratedBy: z.enum(['rule', 'person']).default('rule'),
  status: z.enum(THREAT_STATUSES).default('open'),
  justification: text,
  mitigationIds: z.array(id).max(1000).default([]),
  notes: text,
  /** Its rule no longer applies; kept, with every decision, until a person removes it. */
  stale: flag,
  /** False while a new or newly stale threat waits for someone to look at it. */
  reviewed: flag,
});

export const mitigationSchema = z.object({
  id,
  title: z.string().max(MAX_NAME),
  description: text,
  status: z.enum(MITIGATION_STATUSES).default('proposed'),
  owner: z.string().max(MAX_NAME).default(''),
  /** A calendar date, YYYY-MM-DD, or null. */
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .nullable()
    .default(null),
  /** A link to the tracker; only http and https addresses are kept. */
  ticket: z
    .string()
    .max(2000)
    .refine((value) => value === '' || /^https?:\/\//i.test(value), 'must be an http(s) address')
    .default(''),
  effort: z.enum(EFFORTS).default('M'),
  /** How many steps likelihood and impact drop once the control is implemented or verified. */
  reduction: z
    .object({
      likelihood: z.int().min(0).max(4).default(2),
      impact: z.int().min(0).max(4).default(0),
    })
    .prefault({}),
});

// ---------------------------------------------------------------------------------------------
// The drawing, kept apart from meaning so that moving a box changes no semantic line.

export const viewportSchema = z.object({
  x: z.number().default(0),
  y: z.number().default(0),
  zoom: z.number().min(0.01).max(100).default(1),
});

/** Absolute canvas coordinates of a box, whatever zone it sits in. */
export const nodeBoxSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(0).max(1_000_000),
  height: z.number().min(0).max(1_000_000),
});

export const pointSchema = z.object({ x: z.number(), y: z.number() });

/** Bends of a flow, or the points of a boundary drawn as a line. */
export const edgeRouteSchema = z.object({
  points: z.array(pointSchema).max(1000).default([]),
});

export const layoutSchema = z.object({
  viewports: z.record(id, viewportSchema).default({}),
  nodes: z.record(id, nodeBoxSchema).default({}),
  edges: z.record(id, edgeRouteSchema).default({}),
});

// ---------------------------------------------------------------------------------------------
// Rule pack settings and merge conflicts.

const jsonObject = z.record(z.string(), z.json());

export const rulePackSettingsSchema = z.object({
  /** Ids of built-in packs turned off for this model. */
  disabled: z.array(z.string().max(200)).max(100).default([]),
  /** User rule packs carried with the model, so the app and the CLI generate the same threats. */
  custom: z.array(jsonObject).max(50).default([]),
});

/** A field that two branches changed in different ways; kept until a person picks a value. */
export const mergeConflictSchema = z.object({
  id,
  elementId: id.nullable().default(null),
  path: z.string().max(2000),
  base: z.json().default(null),
  ours: z.json().default(null),
  theirs: z.json().default(null),
});

export const threatModelSchema = z.object({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  id,
  title: z.string().max(MAX_NAME).default('Untitled model'),
  summary: text,
  owner: z.string().max(MAX_NAME).default(''),
  reviewers: z.array(z.string().max(MAX_NAME)).max(200).default([]),
  tags,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** The highest threat number ever handed out; the next threat gets one more. */
  threatCounter: z.int().min(0).default(0),
  rulePacks: rulePackSettingsSchema.prefault({}),
  diagrams: z.array(diagramSchema).min(1).max(500),
  threats: z.array(threatSchema).max(500_000).default([]),
  mitigations: z.array(mitigationSchema).max(100_000).default([]),
  conflicts: z.array(mergeConflictSchema).max(100_000).default([]),
  layout: layoutSchema.prefault({}),
});
