/**
 * Every operation of an OpenAPI document, read into our model's operation shape: method, path,
 * parameters (path-level and operation-level merged), the effective security (the operation's own,
 * else the document's; an explicit empty list means public), deprecation and flattened bodies.
 */
import type {
  ApiField,
  ApiOperation,
  ApiParameter,
  SecurityRequirement,
} from '../../../model/types';
import { HTTP_METHODS, PARAMETER_LOCATIONS } from '../../../model/vocabulary';
import { IdRegistry } from '../ids';
import {
  arrayAt,
  asString,
  booleanAt,
  field,
  isObject,
  keysOf,
  numberAt,
  objectAt,
  stringAt,
} from '../read';
import type { WarningSink } from '../warnings';
import type { RefResolver } from './refResolver';
import { flattenFields, typeOf } from './schemaFields';

const MAX_OPERATIONS = 5000;

/** An operation and what the DFD builder needs beyond the model's fields. */
export interface ReadOperation {
  operation: ApiOperation;
  /** Media types of the request body, to spot file uploads. */
  requestMediaTypes: string[];
  /** Whether any response is 429, a sign of rate limiting. */
  declaresRateLimit: boolean;
}

export function readOperations(
  doc: unknown,
  refs: RefResolver,
  warnings: WarningSink,
): ReadOperation[] {
  const out: ReadOperation[] = [];
  const ids = new IdRegistry();
  const rootSecurity = readSecurity(field(doc, 'security'));
  const paths = objectAt(doc, 'paths') ?? {};

  for (const path of keysOf(paths)) {
    const item = refs.deref(field(paths, path));
    if (!isObject(item)) continue;
    const shared = arrayAt(item, 'parameters');
    for (const method of HTTP_METHODS) {
      const raw = refs.deref(field(item, method));
      if (!isObject(raw)) continue;
      if (out.length >= MAX_OPERATIONS) {
        warnings.add(
          'import/too-many-operations',
          `The spec has more than ${MAX_OPERATIONS} operations; the rest were left out.`,
        );
        return out;
      }
      const operationId = stringAt(raw, 'operationId') ?? '';
      const ownSecurity = readSecurity(field(raw, 'security'));
      const responses = objectAt(raw, 'responses') ?? {};
      const request = mediaSchema(refs.deref(field(raw, 'requestBody')), refs);
      out.push({
        operation: {
          id: ids.claim(operationId || `${method}-${path}`, 'op'),
          method,
          path: path.slice(0, 2000),
          operationId: operationId.slice(0, 500),
          summary: (stringAt(raw, 'summary') || stringAt(raw, 'description') || '').slice(
            0,
            20_000,
          ),
          tags: arrayAt(raw, 'tags')
            .map(asString)
            .filter((t): t is string => t !== undefined)
            .map((t) => t.slice(0, 100))
            .slice(0, 200),
          parameters: readParameters([...shared, ...arrayAt(raw, 'parameters')], refs),
          security: ownSecurity ?? rootSecurity,
          deprecated: booleanAt(raw, 'deprecated'),
          requestFields: request.schema === undefined ? [] : fields(request.schema, refs),
          responseFields: responseFields(responses, refs),
        },
        requestMediaTypes: request.mediaTypes,
        declaresRateLimit: field(responses, '429') !== undefined,
      });
    }
  }
  return out;
}

/** Security requirements; null when the value is absent, [] when it is explicitly empty. */
function readSecurity(value: unknown): SecurityRequirement[] | null {
  if (!Array.isArray(value)) return null;
  return value
    .filter(isObject)
    .slice(0, 50)
    .map((requirement) => ({
      schemes: keysOf(requirement)
        .map((s) => s.slice(0, 200))
        .slice(0, 20),
      scopes: [
        ...new Set(
          keysOf(requirement).flatMap((s) =>
            arrayAt(requirement, s)
              .map(asString)
              .filter((x): x is string => x !== undefined),
          ),
        ),
      ]
        .map((s) => s.slice(0, 200))
        .slice(0, 100),
    }));
}

/** Parameters with operation-level ones overriding path-level ones of the same name and place. */
function readParameters(list: unknown[], refs: RefResolver): ApiParameter[] {
  const byKey = new Map<string, ApiParameter>();
  for (const entry of list) {
    const parameter = refs.deref(entry);
    const name = stringAt(parameter, 'name');
    const location = stringAt(parameter, 'in');
    if (name === undefined || !PARAMETER_LOCATIONS.includes(location as ApiParameter['in']))
      continue;
    const schema =
      refs.deref(field(parameter, 'schema')) ?? refs.deref(field(firstMedia(parameter), 'schema'));
    byKey.set(`${location}:${name}`, {
      name: name.slice(0, 500),
      in: location as ApiParameter['in'],
      required: booleanAt(parameter, 'required') || location === 'path',
      type: (typeOf(schema) ?? 'string').slice(0, 40),
      format: (stringAt(schema, 'format') ?? '').slice(0, 40),
      maximum: numberAt(schema, 'maximum') ?? null,
    });
    if (byKey.size >= 500) break;
  }
  return [...byKey.values()];
}

function firstMedia(owner: unknown): unknown {
  const content = objectAt(owner, 'content');
  const first = keysOf(content)[0];
  return first === undefined ? undefined : field(content, first);
}

/** The body schema of a request or response, preferring JSON, and every media type offered. */
function mediaSchema(owner: unknown, refs: RefResolver): { schema: unknown; mediaTypes: string[] } {
  const content = objectAt(owner, 'content');
  const mediaTypes = keysOf(content);
  const preferred = mediaTypes.find((type) => /json/i.test(type)) ?? mediaTypes[0];
  const media = preferred === undefined ? undefined : refs.deref(field(content, preferred));
  return { schema: field(media, 'schema'), mediaTypes };
}

function fields(schema: unknown, refs: RefResolver): ApiField[] {
  return flattenFields(schema, refs).slice(0, 2000);
}

/** Fields of the first success response (2xx in order, else `default`). */
function responseFields(responses: Record<string, unknown>, refs: RefResolver): ApiField[] {
  const codes = keysOf(responses).sort();
  const success =
    codes.find((code) => /^2/.test(code)) ?? (codes.includes('default') ? 'default' : undefined);
  if (success === undefined) return [];
  const { schema } = mediaSchema(refs.deref(field(responses, success)), refs);
  return schema === undefined ? [] : fields(schema, refs);
}
