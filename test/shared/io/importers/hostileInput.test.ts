import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { importOpenApi } from '../../../../shared/io/importers/openapi/openApiImporter';
import { importOtm } from '../../../../shared/io/importers/otmImporter';
import { importModel, importText } from '../../../../shared/io/importers/importModel';
import { parseStructuredText } from '../../../../shared/io/importers/parseInput';
import { importThreatDragon } from '../../../../shared/io/importers/threatDragonImporter';
import { importTm7 } from '../../../../shared/io/importers/tm7Importer';
import { fixtureJson, fixtureText } from '../../../support/fixtures';
import { HOSTILE_INPUT_DEADLINE_MS } from '../../../support/deadlines';

const prototypeKeys = (): string[] => Object.getOwnPropertyNames(Object.prototype).sort();
const BASELINE = prototypeKeys();

function expectPrototypeUntouched(): void {
  expect(prototypeKeys()).toEqual(BASELINE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** Replaces one random value somewhere in a parsed tree: the shape of a damaged or edited file. */
function mutate(value: unknown, pick: number, replacement: unknown): unknown {
  let counter = 0;
  const walk = (node: unknown): unknown => {
    if (counter++ === pick) return replacement;
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    }
    return node;
  };
  return walk(value);
}

const anyJson = fc.jsonValue({ maxDepth: 4 });

describe('importers under hostile input', () => {
  describe('importText()', () => {
    it('refuses a 60 MB file quickly', () => {
      const huge = ' '.repeat(60 * 1024 * 1024);
      const started = performance.now();
      const result = importText(huge);
      expect(performance.now() - started).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
      expect(!result.ok && result.errors[0]?.code).toBe('import/too-large');
    });

    it('refuses deeply nested JSON and YAML quickly', () => {
      for (const text of ['['.repeat(100_000) + ']'.repeat(100_000), `a: ${'['.repeat(100_000)}`]) {
        const started = performance.now();
        const result = importText(text);
        expect(performance.now() - started).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
        expect(!result.ok && result.errors[0]?.code).toMatch(/too-deep$/);
      }
    });

    it('refuses YAML alias bombs', () => {
      const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
      for (let i = 1; i < 12; i++)
        lines.push(
          `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(96 + i)}`)
            .join(',')}]`,
        );
      const started = performance.now();
      const result = parseStructuredText(lines.join('\n'));
      expect(performance.now() - started).toBeLessThan(2000);
      expect(result.ok).toBe(false);
    });

    it('never lets __proto__ or constructor keys reach a prototype', async () => {
      const payload =
        '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "otmVersion": "0.1.0", "project": {"name": "x", "id": "x", "__proto__": {"polluted": 1}}, "components": [{"id": "__proto__", "name": "c", "type": "client", "parent": {"trustZone": "z"}}]}';
      const yaml =
        'otmVersion: 0.1.0\n__proto__:\n  polluted: 1\nproject:\n  name: x\n  id: x\n  constructor:\n    prototype:\n      polluted: 1\n';
      for (const text of [payload, yaml]) {
        const result = await importModel(text);
        expect(result.ok ? 'ok' : result.errors[0]?.message).toBe('ok');
        expectPrototypeUntouched();
      }
      const xml =
        '<ThreatModel><__proto__><polluted>1</polluted></__proto__><constructor><prototype><polluted>1</polluted></prototype></constructor></ThreatModel>';
      // The XML parser refuses such element names itself; either way nothing leaks.
      expect(typeof importTm7(xml).ok).toBe('boolean');
      expectPrototypeUntouched();
    });
  });

  describe('property: random and mutated input never throws and always gives a result', () => {
    const check = (result: { ok: boolean }): void => {
      expect(typeof result.ok).toBe('boolean');
      expectPrototypeUntouched();
    };

    it('importText() on arbitrary text', () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 300 }), (text) => check(importText(text))),
        { numRuns: 300 },
      );
    });

    it('importThreatDragon() on arbitrary and mutated models', () => {
      const base = fixtureJson('threat-dragon/v2/three-tier-web-app.v2.json');
      fc.assert(
        fc.property(anyJson, (value) => check(importThreatDragon(value))),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(fc.nat(2000), anyJson, (pick, replacement) =>
          check(importThreatDragon(mutate(base, pick, replacement))),
        ),
        { numRuns: 300 },
      );
      const v1 = fixtureJson('threat-dragon/v1/demo-threat-model.v1.json');
      fc.assert(
        fc.property(fc.nat(2000), anyJson, (pick, replacement) =>
          check(importThreatDragon(mutate(v1, pick, replacement))),
        ),
        { numRuns: 200 },
      );
    });

    it('importOtm() on arbitrary and mutated documents', () => {
      const base = fixtureJson('otm/otm-spec-example.json');
      fc.assert(
        fc.property(anyJson, (value) =>
          check(
            importOtm({
              otmVersion: '0.2.0',
              ...(typeof value === 'object' && value !== null && !Array.isArray(value)
                ? value
                : {}),
            }),
          ),
        ),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(fc.nat(600), anyJson, (pick, replacement) =>
          check(importOtm(mutate(base, pick, replacement))),
        ),
        { numRuns: 300 },
      );
    });

    it('importOpenApi() on arbitrary and mutated specs', () => {
      const parsed = parseStructuredText(fixtureText('openapi/vampi.openapi.yaml'));
      if (!parsed.ok) throw new Error('fixture does not parse');
      fc.assert(
        fc.property(anyJson, (value) =>
          check(
            importOpenApi({
              openapi: '3.1.0',
              ...(typeof value === 'object' && value !== null && !Array.isArray(value)
                ? value
                : {}),
            }),
          ),
        ),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(fc.nat(3000), anyJson, (pick, replacement) =>
          check(importOpenApi(mutate(parsed.value, pick, replacement))),
        ),
        { numRuns: 300 },
      );
    });

    it('importTm7() on arbitrary and truncated or corrupted files', () => {
      const text = fixtureText('tm7/MTMT_nested_tz.tm7');
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (junk) =>
          check(importTm7(`<ThreatModel>${junk}</ThreatModel>`)),
        ),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(
          fc.nat(text.length),
          fc.nat(text.length),
          fc.string({ maxLength: 20 }),
          (at, cut, insert) => {
            const corrupted = text.slice(0, at) + insert + text.slice(Math.max(at, cut));
            check(importTm7(corrupted));
          },
        ),
        { numRuns: 60 },
      );
    });
  });
});
