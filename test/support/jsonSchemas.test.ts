import { describe, expect, it } from 'vitest';

import { fixtureJson } from './fixtures';
import { otmSchemaErrors, threatDragonSchemaErrors } from './jsonSchemas';

describe('jsonSchemas', () => {
  describe('threatDragonSchemaErrors()', () => {
    it('accepts every Threat Dragon v2 file that Threat Dragon itself wrote', () => {
      for (const name of [
        'demo-threat-model',
        'iot-device',
        'three-tier-web-app',
        'test-reports',
      ]) {
        expect(
          threatDragonSchemaErrors(fixtureJson(`threat-dragon/v2/${name}.v2.json`)),
          name,
        ).toEqual([]);
      }
    });

    it('names what is wrong with a file that would not open', () => {
      const file = fixtureJson('threat-dragon/v2/demo-threat-model.v2.json') as {
        detail: { diagrams: Array<{ cells: Array<Record<string, unknown>> }> };
      };
      delete file.detail.diagrams[0]!.cells[0]!.zIndex;
      expect(threatDragonSchemaErrors(file)).toEqual([
        "/detail/diagrams/0/cells/0 must have required property 'zIndex'",
      ]);
    });
  });

  describe('otmSchemaErrors()', () => {
    it('accepts the OTM specification example and refuses a component without a parent', () => {
      const example = fixtureJson('otm/otm-spec-example.json') as {
        components: Array<Record<string, unknown>>;
      };
      expect(otmSchemaErrors(example)).toEqual([]);
      delete example.components[0]!.parent;
      expect(otmSchemaErrors(example)).toEqual([
        "/components/0 must have required property 'parent'",
      ]);
    });
  });
});
