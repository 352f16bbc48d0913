import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../../shared/report/buildReport';
import { FINGERPRINT_KEY, formatSarifReport } from '../../../../shared/report/formats/sarifReport';
import { hostileModel } from '../../../support/hostileModel';
import { paymentsModel } from '../../../support/paymentsModel';

/**
 * The official SARIF 2.1.0 JSON Schema, as Microsoft's SARIF matchers ship it. It is draft-04;
 * ajv 8 reads it once the draft-04 `id` keyword is spelled `$id`.
 */
function sarifValidator() {
  const file = schemaFile();
  if (!file) return null;
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const { id, $schema: _draft, ...rest } = schema;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    validateFormats: false,
    unicodeRegExp: false,
  });
  return ajv.compile({ ...rest, $id: String(id) });
}

function schemaFile(): string | null {
  try {
    return createRequire(import.meta.url).resolve(
      '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json',
    );
  } catch (_error) {
    return null;
  }
}

const validator = sarifValidator();
// CI always installs the schema's package; a worktree that has not run `npm install` since it
// arrived skips the schema check with a note rather than failing for a missing file.
if (!validator && process.env.CI) throw new Error('the SARIF schema package is not installed');
if (!validator) console.warn('SARIF schema check skipped: run `npm install` to get the schema.');
const validate = validator ?? Object.assign(() => true, { errors: null });
const report = buildReport(paymentsModel(), { date: '2026-03-01' });

interface SarifResult {
  ruleId: string;
  level: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ logicalLocations: Array<{ name: string }> }>;
  properties: { threatNumber: string };
}

function resultsOf(sarif: string): SarifResult[] {
  return (JSON.parse(sarif) as { runs: Array<{ results: SarifResult[] }> }).runs[0]!.results;
}

describe('report/formats/sarifReport', () => {
  describe('formatSarifReport()', () => {
    it.skipIf(!validator)(
      'is valid against the SARIF 2.1.0 schema, with and without a file location',
      () => {
        for (const sarif of [
          formatSarifReport(report),
          formatSarifReport(report, {
            artifactUri: 'models/payments.gatehouse',
            toolVersion: '1.0.0',
          }),
          formatSarifReport(buildReport(hostileModel(), { date: '2026-03-01' })),
        ]) {
          const ok = validate(JSON.parse(sarif));
          expect(validate.errors ?? []).toEqual([]);
          expect(ok).toBe(true);
        }
      },
    );

    it.skipIf(!validator)('the schema check can fail: a log without version is refused', () => {
      const log = JSON.parse(formatSarifReport(report)) as Record<string, unknown>;
      delete log.version;
      expect(validate(log)).toBe(false);
    });

    it('reports open, current threats only, with levels from their band', () => {
      const results = resultsOf(formatSarifReport(report));
      expect(results).toHaveLength(report.summary.openThreatCount);
      const byNumber = new Map(results.map((r) => [r.properties.threatNumber, r]));
      expect(byNumber.get('T-0004')?.level).toBe('error');
      expect(byNumber.get('T-0001')?.level).toBe('warning');
      expect(byNumber.has('T-0014')).toBe(false);
      expect(byNumber.has('T-0005')).toBe(false);
      expect(byNumber.get('T-0004')?.locations[0]?.logicalLocations[0]?.name).toBe(
        'Orders and refunds service',
      );
    });

    it('describes each rule with its references and a help link', () => {
      const log = JSON.parse(formatSarifReport(report));
      const rule = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'stride.e');
      expect(rule.helpUri).toBe('https://cwe.mitre.org/data/definitions/639.html');
      expect(rule.help.text).toContain('CWE-639');
      expect(rule.properties.tags).toContain('CWE-639');
    });

    it('keeps fingerprints stable across runs and edits that do not change the threat', () => {
      const before = resultsOf(formatSarifReport(report));
      const edited = paymentsModel();
      edited.threats[0]!.likelihood = 1;
      edited.diagrams[0]!.name = 'Renamed';
      const after = resultsOf(formatSarifReport(buildReport(edited, { date: '2027-01-01' })));
      const print = (r: SarifResult) =>
        `${r.properties.threatNumber}=${r.partialFingerprints[FINGERPRINT_KEY]}`;
      expect(after.map(print).sort()).toEqual(before.map(print).sort());
      expect(new Set(before.map((r) => r.partialFingerprints[FINGERPRINT_KEY])).size).toBe(
        before.length,
      );
    });
  });
});
