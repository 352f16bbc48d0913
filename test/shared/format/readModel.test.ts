import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readModel } from '../../../shared/format/readModel';
import { MODEL_FILE_LIMITS } from '../../../shared/format/safeJson';
import { writeModel } from '../../../shared/format/writeModel';
import { exampleModel } from '../../support/exampleModel';
import { HOSTILE_INPUT_DEADLINE_MS } from '../../support/deadlines';

const fixture = (name: string): string =>
  readFileSync(path.join(__dirname, '../../fixtures/native', name), 'utf8');

function firstError(text: string): { code: string; message: string; path: string } {
  const result = readModel(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected a failure');
  return result.errors[0]!;
}

describe('readModel', () => {
  describe('readModel()', () => {
    it('reads a model it wrote', () => {
      const result = readModel(writeModel(exampleModel()));
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.value.title).toBe('Payments API');
    });

    it('fills in defaults for fields a hand-written file leaves out', () => {
      const minimal = JSON.stringify({
        formatVersion: 1,
        id: 'tm_min',
        createdAt: '2026-01-01',
        updatedAt: '2026-01-01',
        diagrams: [{ id: 'd1', elements: [{ id: 'p1', kind: 'process', name: 'API' }] }],
      });
      const result = readModel(minimal);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const element = result.value.diagrams[0]!.elements[0]!;
      expect(element.kind === 'process' && element.properties.authentication).toBe('none');
      expect(result.value.threats).toEqual([]);
    });

    it('migrates a draft (version 0) file, moving positions into the layout', () => {
      const result = readModel(fixture('draft-v0.json'));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.formatVersion).toBe(1);
      expect(result.value.title).toBe('Orders API (draft format)');
      expect(result.value.diagrams[0]!.elements.map((e) => e.id)).toEqual([
        'ent_client',
        'proc_api',
        'flow_calls',
      ]);
      expect(result.value.layout.nodes.proc_api).toEqual({
        x: 320,
        y: 120,
        width: 160,
        height: 90,
      });
      expect(result.warnings.map((w) => w.code)).toEqual(['format/migrated']);
      expect(JSON.stringify(result.value)).not.toContain('position');
    });

    it('refuses a file from a newer version and names the version it needs', () => {
      const newer = { ...JSON.parse(writeModel(exampleModel())), formatVersion: 7 };
      const error = firstError(JSON.stringify(newer));
      expect(error.code).toBe('format/newer-version');
      expect(error.message).toContain('format version 7');
      expect(error.message).toContain('Update Gatehouse');
    });

    it('refuses a file without a version, pointing at Import', () => {
      expect(firstError('{"title": "x"}').message).toContain('Import');
    });

    it('names the place of a schema error as a JSON path', () => {
      const broken = JSON.parse(writeModel(exampleModel()));
      broken.diagrams[0].elements[3].properties.authentication = 'magic';
      const error = firstError(JSON.stringify(broken));
      expect(error.path).toBe('$.diagrams[0].elements[3].properties.authentication');
      expect(error.message).toContain('must be one of');
    });

    it('gives the line and column of a syntax error', () => {
      const error = firstError('{\n  "formatVersion": 1,\n  "id": oops\n}');
      expect(error.code).toBe('json/syntax');
      expect(error.message).toContain('line 3');
    });

    it('refuses duplicate element ids', () => {
      const broken = JSON.parse(writeModel(exampleModel()));
      broken.diagrams[0].elements[1].id = broken.diagrams[0].elements[0].id;
      expect(firstError(JSON.stringify(broken)).code).toBe('format/duplicate-id');
    });
  });

  describe('hostile input', () => {
    it('refuses a file over the size limit before parsing it', () => {
      const huge = `{"pad":"${'x'.repeat(MODEL_FILE_LIMITS.maxChars)}"}`;
      const start = performance.now();
      const error = firstError(huge);
      expect(error.code).toBe('json/too-large');
      expect(error.message).toMatch(/50\.0 MB limit/);
      expect(performance.now() - start).toBeLessThan(HOSTILE_INPUT_DEADLINE_MS);
    });

    it('refuses deeply nested input without overflowing the stack', () => {
      const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
      expect(firstError(deep).code).toBe('json/too-deep');
    });

    it('drops __proto__, constructor and prototype keys and leaves Object.prototype alone', () => {
      const model = JSON.parse(writeModel(exampleModel()));
      const text = JSON.stringify(model).replace(
        '"title":',
        '"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title":',
      );
      const result = readModel(text);
      expect(result.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      if (result.ok) expect(Object.keys(result.value)).not.toContain('__proto__');
    });

    it('drops a __proto__ key inside the layout records', () => {
      const text = writeModel(exampleModel()).replace(
        '"nodes": {',
        '"nodes": {"__proto__": {"x": 1, "y": 1, "width": 1, "height": 1},',
      );
      const result = readModel(text);
      expect(result.ok).toBe(true);
      if (result.ok) expect(Object.keys(result.value.layout.nodes)).not.toContain('__proto__');
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });

    it('stays healthy after a run of bad files', () => {
      for (const bad of [
        '',
        'null',
        '[]',
        '"text"',
        '{"formatVersion": "1"}',
        '{"formatVersion": -1}',
        '\u0000',
      ]) {
        expect(readModel(bad).ok).toBe(false);
      }
      expect(readModel(writeModel(exampleModel())).ok).toBe(true);
    });
  });
});
