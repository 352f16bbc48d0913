/**
 * Reading the native model file: text in, a validated model (or the reasons it is not one) out.
 * The steps run in order of cost and each one can stop the read: limits and JSON syntax, the
 * version and its migrations, the schema, then the references between parts.
 */
import type { z } from 'zod';

import { threatModelSchema } from '../model/schema';
import type { ThreatModel } from '../model/types';
import { fail, jsonPath, ok, problem, type Problem, type Result } from '../result';
import { migrateToCurrent } from './migrations';
import { MODEL_FILE_LIMITS, parseJsonSafely, type JsonLimits } from './safeJson';

/** Most schema problems a read reports; past that, one more line says how many were left out. */
const MAX_REPORTED_ISSUES = 50;

/** Parses and validates a model file. Never throws. */
export function readModel(
  text: string,
  limits: JsonLimits = MODEL_FILE_LIMITS,
): Result<ThreatModel> {
  const json = parseJsonSafely(text, limits);
  if (!json.ok) return json;

  return validateModel(json.value);
}

/** Validates an already parsed value as a model of any known version. Never throws. */
export function validateModel(value: unknown): Result<ThreatModel> {
  const migrated = migrateToCurrent(value);
  if (!migrated.ok) return migrated;

  const parsed = threatModelSchema.safeParse(migrated.value);
  if (!parsed.success) return fail(schemaProblems(parsed.error), migrated.warnings);

  const integrity = checkReferences(parsed.data);
  if (integrity.length > 0) return fail(integrity, migrated.warnings);

  return ok(parsed.data, migrated.warnings);
}

function schemaProblems(error: z.ZodError): Problem[] {
  const problems = error.issues
    .slice(0, MAX_REPORTED_ISSUES)
    .map((issue) =>
      problem(
        'format/schema',
        `${jsonPath(issue.path)}: ${describeIssue(issue)}`,
        jsonPath(issue.path),
      ),
    );
  const hidden = error.issues.length - problems.length;
  if (hidden > 0)
    problems.push(problem('format/schema', `…and ${hidden} more problems like these.`));
  return problems;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (issue.code === 'invalid_union' && issue.path.at(-1) !== undefined) {
    return 'is not an element of a known kind (externalEntity, process, dataStore, dataFlow, trustBoundary)';
  }
  return issue.message.replace(/^Invalid input: /, '').replace(/^expected/, 'expected');
}

/**
 * Checks what the schema cannot see: ids are unique across the model, and threats point at
 * elements and mitigations that exist. Dangling flows are allowed (other tools produce them); lint
 * reports them instead.
 */
function checkReferences(model: ThreatModel): Problem[] {
  const problems: Problem[] = [];
  const elementIds = new Set<string>();

  model.diagrams.forEach((diagram, d) => {
    diagram.elements.forEach((element, e) => {
      if (elementIds.has(element.id)) {
        problems.push(
          problem(
            'format/duplicate-id',
            `The id "${element.id}" is used by more than one element; ids must be unique.`,
            jsonPath(['diagrams', d, 'elements', e, 'id']),
          ),
        );
      }
      elementIds.add(element.id);
    });
  });

  const mitigationIds = new Set(model.mitigations.map((mitigation) => mitigation.id));
  const threatIds = new Set<string>();
  const numbers = new Set<number>();
  model.threats.forEach((threat, t) => {
    if (threatIds.has(threat.id)) {
      problems.push(
        problem(
          'format/duplicate-id',
          `The threat id "${threat.id}" appears twice.`,
          jsonPath(['threats', t, 'id']),
        ),
      );
    }
    if (numbers.has(threat.number)) {
      problems.push(
        problem(
          'format/duplicate-number',
          `Threat number ${threat.number} is used twice.`,
          jsonPath(['threats', t, 'number']),
        ),
      );
    }
    threatIds.add(threat.id);
    numbers.add(threat.number);
    for (const mitigationId of threat.mitigationIds) {
      if (!mitigationIds.has(mitigationId)) {
        problems.push(
          problem(
            'format/missing-mitigation',
            `The threat links to mitigation "${mitigationId}", which the model does not have.`,
            jsonPath(['threats', t, 'mitigationIds']),
          ),
        );
      }
    }
  });

  return problems.slice(0, MAX_REPORTED_ISSUES);
}
