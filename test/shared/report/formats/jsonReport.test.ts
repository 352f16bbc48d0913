import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../../shared/report/buildReport';
import { formatJsonReport } from '../../../../shared/report/formats/jsonReport';
import { reportJsonSchema, reportSchema } from '../../../../shared/report/reportSchema';
import { hostileModel } from '../../../support/hostileModel';
import { paymentsModel } from '../../../support/paymentsModel';

describe('report/formats/jsonReport', () => {
  describe('formatJsonReport()', () => {
    it('writes the report model, which its documented schema accepts', () => {
      for (const model of [paymentsModel(), hostileModel()]) {
        const json = formatJsonReport(buildReport(model, { date: '2026-03-01' }));
        const parsed = reportSchema.safeParse(JSON.parse(json));
        expect(parsed.success).toBe(true);
      }
    });
  });

  describe('reportJsonSchema()', () => {
    it('describes the same fields as the zod schema', () => {
      const schema = reportJsonSchema() as {
        properties: Record<string, unknown>;
        required: string[];
      };
      expect(Object.keys(schema.properties)).toEqual(Object.keys(reportSchema.shape));
      expect(schema.required).toContain('threats');
    });
  });
});
