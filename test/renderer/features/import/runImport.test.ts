import { describe, expect, it } from 'vitest';

import { runImport } from '../../../../renderer/features/import/runImport';
import { fixtureText } from '../../../support/fixtures';

describe('runImport', () => {
  describe('runImport()', () => {
    it('imports a file and reports progress to the end', async () => {
      const text = fixtureText('otm/startleft-manual-threat-model.otm.yaml');
      const steps: number[] = [];
      const result = await runImport(
        { name: 'model.yaml', size: text.length, text: async () => text },
        (f) => steps.push(f),
      );
      expect(result.ok && result.value.formatLabel).toBe('Open Threat Model 0.1.0');
      expect(steps.at(-1)).toBe(1);
    });

    it('refuses an oversized file without reading it', async () => {
      let read = false;
      const result = await runImport(
        {
          name: 'huge.tm7',
          size: 60 * 1024 * 1024,
          text: async () => {
            read = true;
            return '';
          },
        },
        () => undefined,
      );
      expect(!result.ok && result.errors[0]?.code).toBe('import/too-large');
      expect(read).toBe(false);
    });

    it('turns an unreadable file into a message', async () => {
      const result = await runImport(
        { name: 'gone.json', size: 10, text: () => Promise.reject(new Error('gone')) },
        () => undefined,
      );
      expect(!result.ok && result.errors[0]?.message).toMatch(/could not be read/);
    });
  });
});
