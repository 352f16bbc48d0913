/**
 * Validation against the other tools' own JSON Schemas (see test/fixtures/SOURCES.md), so an
 * export is checked the way Threat Dragon and OTM consumers check it, not against our reading of
 * their schemas.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

const schemaDir = path.join(__dirname, '../fixtures/schemas');

function compile(file: string): ValidateFunction {
  // Threat Dragon validates with union types allowed and OpenAPI's `nullable`, as we do here.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, file), 'utf8')));
}

const validators = new Map<string, ValidateFunction>();

function errorsAgainst(file: string, document: unknown): string[] {
  let validate = validators.get(file);
  if (!validate) {
    validate = compile(file);
    validators.set(file, validate);
  }
  if (validate(document)) return [];
  return (validate.errors ?? []).map(
    (error: ErrorObject) => `${error.instancePath || '$'} ${error.message ?? 'is invalid'}`,
  );
}

/** Violations of Threat Dragon's v2 schema; empty when the file would validate in Threat Dragon. */
export function threatDragonSchemaErrors(file: unknown): string[] {
  return errorsAgainst('threat-dragon-v2.schema.json', file);
}

/** Violations of the OTM 0.2.0 schema; empty when the document is valid OTM. */
export function otmSchemaErrors(document: unknown): string[] {
  return errorsAgainst('otm-0.2.0.schema.json', document);
}
