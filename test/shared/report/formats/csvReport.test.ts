import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../../shared/report/buildReport';
import { CSV_COLUMNS, formatCsvReport } from '../../../../shared/report/formats/csvReport';
import { hostileModel } from '../../../support/hostileModel';
import { paymentsModel } from '../../../support/paymentsModel';

/** An RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('report/formats/csvReport', () => {
  describe('formatCsvReport()', () => {
    it('writes the exact header of the contract', () => {
      const csv = formatCsvReport(buildReport(paymentsModel(), { date: '2026-03-01' }));
      expect(csv.split('\r\n')[0]).toBe(
        'ID,Threat,Element,Element kind,Category,Likelihood,Impact,Inherent risk,Residual risk,Band,Status,Mitigations,References,Rule',
      );
      expect(CSV_COLUMNS).toHaveLength(14);
    });

    it('writes one row per current threat, ranked, with names rather than codes', () => {
      const rows = parseCsv(formatCsvReport(buildReport(paymentsModel(), { date: '2026-03-01' })));
      expect(rows).toHaveLength(1 + 13);
      expect(rows[1]).toEqual([
        'T-0004',
        'Broken object-level authorization on refunds',
        'Orders and refunds service',
        'Process',
        'Elevation of privilege',
        '5',
        '5',
        '25',
        '25',
        'Critical',
        'Open',
        'Object-level checks on every refund',
        'CWE-639; https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/',
        'stride.e',
      ]);
      expect(rows.find((r) => r[0] === 'T-0014')).toBeUndefined();
      expect(rows.some((r) => r[13] === 'manual')).toBe(false);
    });

    it('neutralises every cell a spreadsheet would run and keeps the row shape', () => {
      const rows = parseCsv(formatCsvReport(buildReport(hostileModel(), { date: '2026-03-01' })));
      for (const row of rows) expect(row).toHaveLength(14);
      // eslint-disable-next-line no-control-regex -- NUL is one of the characters to neutralise
      for (const cell of rows.slice(1).flat()) expect(cell).not.toMatch(/^[=+\-@\t\r\u0000]/);
      expect(rows.slice(1).map((r) => r[1])).toContain(`'=HYPERLINK("http://x","y")`);
    });
  });
});
