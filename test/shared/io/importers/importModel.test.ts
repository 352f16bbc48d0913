import { describe, expect, it } from 'vitest';

import { importModel, importText } from '../../../../shared/io/importers/importModel';
import { fixtureText } from '../../../support/fixtures';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('importModel', () => {
  describe('importText()', () => {
    it('detects Threat Dragon from the content', () => {
      const result = importText(fixtureText('threat-dragon/v2/iot-device.v2.json'), { now: NOW });
      expect(result.ok && result.value.formatLabel).toBe('Threat Dragon v2');
    });

    it('names the supported formats when it recognises none', () => {
      const result = importText('{"hello": "world"}');
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors[0]?.code).toBe('import/unknown-format');
      expect(result.errors[0]?.message).toMatch(/Threat Dragon.*OpenAPI/);
    });

    it('explains Swagger 2.0 files', () => {
      const result = importText('swagger: "2.0"\ninfo: {title: x}\n');
      expect(!result.ok && result.errors[0]?.message).toMatch(/Swagger 2\.0/);
    });

    it('gives the same ids when the same file is imported twice', () => {
      const text = fixtureText('threat-dragon/v2/demo-threat-model.v2.json');
      const a = importText(text, { now: NOW });
      const b = importText(text, { now: NOW });
      expect(a.ok && b.ok && JSON.stringify(a.value.model) === JSON.stringify(b.value.model)).toBe(
        true,
      );
    });
  });

  describe('importModel()', () => {
    it('reports progress up to the end', async () => {
      const steps: number[] = [];
      const result = await importModel(fixtureText('threat-dragon/v2/iot-device.v2.json'), {
        now: NOW,
        onProgress: (fraction) => steps.push(fraction),
      });
      expect(result.ok).toBe(true);
      expect(steps.at(-1)).toBe(1);
    });
  });
});

describe('importModel with every format', () => {
  it.each([
    ['tm7/MTMT_example.tm7', 'tm7'],
    ['otm/startleft-manual-threat-model.otm.yaml', 'otm'],
    ['threat-dragon/v1/demo-threat-model.v1.json', 'threat-dragon'],
  ])('detects the format of %s', (file, format) => {
    const result = importText(fixtureText(file), { now: NOW });
    expect(result.ok && result.value.format).toBe(format);
  });
});
