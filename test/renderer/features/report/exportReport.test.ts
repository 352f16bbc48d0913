import { describe, expect, it } from 'vitest';

import {
  EXPORT_CHOICES,
  exportOutput,
  fileBase,
  reportOf,
  today,
} from '../../../../renderer/features/report/exportReport';
import { paymentsModel } from '../../../support/paymentsModel';

const report = reportOf(paymentsModel(), '2026-03-01');

describe('renderer/features/report/exportReport', () => {
  describe('exportOutput()', () => {
    it('gives a file for every text format, named after the model', () => {
      for (const choice of ['html', 'md', 'csv', 'json', 'sarif'] as const) {
        const output = exportOutput(report, choice, 'A4');
        expect(output).toMatchObject({
          kind: 'file',
          format: choice,
          suggestedName: `payments-api-report.${choice}`,
        });
      }
    });

    it('gives print-ready HTML of the chosen paper size for PDF', () => {
      const output = exportOutput(report, 'pdf', 'Letter');
      expect(output.kind).toBe('pdf');
      if (output.kind === 'pdf') expect(output.html).toContain('@page{size:Letter');
    });

    it('gives the picture of the open diagram, with its threat badges, for PNG', () => {
      const [first, second] = report.diagrams;
      const wanted = second ?? first;

      const output = exportOutput(report, 'png', 'A4', wanted?.id);

      expect(output).toMatchObject({ kind: 'png', picture: { id: wanted?.id } });
      expect(output.suggestedName).toMatch(/^payments-api-.+\.png$/);
    });

    it('falls back to the first diagram for PNG when the open one is unknown', () => {
      const output = exportOutput(report, 'png', 'A4', 'dia_gone');
      expect(output.kind === 'png' && output.picture.id).toBe(report.diagrams[0]?.id);
    });

    it('offers every format of the CLI, and the diagram as a picture', () => {
      expect(EXPORT_CHOICES.map((c) => c.id).sort()).toEqual(
        ['csv', 'html', 'json', 'md', 'pdf', 'png', 'sarif'].sort(),
      );
    });
  });

  describe('fileBase()', () => {
    it('makes a plain file name from any title', () => {
      expect(fileBase('<img src=x>/../Payments API')).toBe('img-srcxpayments-api');
      expect(fileBase('???')).toBe('threat-model');
    });
  });

  describe('today()', () => {
    it('writes the local date as YYYY-MM-DD', () => {
      expect(today(new Date(2026, 2, 5, 12))).toBe('2026-03-05');
    });
  });
});
