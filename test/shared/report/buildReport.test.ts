import { describe, expect, it } from 'vitest';

import { buildReport } from '../../../shared/report/buildReport';
import { reportSchema } from '../../../shared/report/reportSchema';
import { paymentsModel } from '../../support/paymentsModel';

const DATE = '2026-03-01';

describe('report/buildReport', () => {
  describe('buildReport()', () => {
    const report = buildReport(paymentsModel(), { date: DATE });

    it('produces a report its own schema accepts', () => {
      expect(reportSchema.safeParse(report).success).toBe(true);
    });

    it('is deterministic for the same model and date', () => {
      expect(JSON.stringify(buildReport(paymentsModel(), { date: DATE }))).toBe(
        JSON.stringify(report),
      );
    });

    it('fills the summary with owner, reviewers, the given date and counts', () => {
      const { summary } = report;
      expect(summary).toMatchObject({
        title: 'Payments API',
        owner: 'Dana Whitfield',
        reviewers: ['Ravi Menon', 'Sofia Alvarez'],
        date: DATE,
        threatCount: 13,
        openThreatCount: 9,
      });
      const total = (rows: Array<{ count: number }>) => rows.reduce((s, r) => s + r.count, 0);
      expect(total(summary.byBand)).toBe(summary.openThreatCount);
      expect(total(summary.byCategory)).toBe(summary.threatCount);
      expect(total(summary.byStatus)).toBe(summary.threatCount);
      expect(summary.byBand[0]?.key).toBe('critical');
    });

    it('ranks threats by residual risk, then inherent risk, then number', () => {
      const scores = report.threats.map((t) => [t.residualRisk, t.inherentRisk]);
      for (let i = 1; i < scores.length; i++) {
        const [r0, i0] = scores[i - 1]!;
        const [r1, i1] = scores[i]!;
        expect(r0! > r1! || (r0 === r1 && i0! >= i1!)).toBe(true);
      }
      expect(report.threats[0]?.number).toBe('T-0004');
    });

    it('applies in-place mitigations to residual risk', () => {
      const gateway = report.threats.find((t) => t.number === 'T-0001');
      expect(gateway).toMatchObject({ inherentRisk: 16, residualRisk: 8, band: 'medium' });
    });

    it('places only open, current threats in the matrix', () => {
      expect(report.matrix.cells).toHaveLength(25);
      const placed = report.matrix.cells.reduce((sum, cell) => sum + cell.count, 0);
      expect(placed).toBe(report.summary.openThreatCount);
    });

    it('groups current threats by element and leaves stale ones to the appendix', () => {
      const grouped = report.register.flatMap((group) => group.threatIds);
      expect(grouped).toHaveLength(13);
      expect(report.appendix.staleThreatIds).toEqual(['manual:proc_gateway']);
      expect(grouped).not.toContain('manual:proc_gateway');
      expect(report.register.map((g) => g.elementName)).toContain('Refund request');
    });

    it('lists out-of-scope elements with their reasons and decisions as assumptions', () => {
      expect(report.appendix.outOfScope).toEqual([
        expect.objectContaining({ name: 'Card network (PSP)', kind: 'externalEntity' }),
      ]);
      expect(report.appendix.assumptions.map((a) => a.subject)).toEqual(
        expect.arrayContaining([expect.stringContaining('T-0008')]),
      );
    });

    it('records an overridden flow property as an assumption', () => {
      const model = paymentsModel();
      const flow = model.diagrams[0]!.elements.find((e) => e.id === 'flow_refund');
      if (flow?.kind !== 'dataFlow') throw new Error('fixture changed');
      flow.properties.encrypted = true;
      const { appendix } = buildReport(model, { date: DATE });
      expect(appendix.assumptions).toContainEqual({
        subject: 'Refund request',
        text: expect.stringContaining('Taken as encrypted'),
      });
    });

    it('ranks the plan by risk removed per effort and lists undecided open threats', () => {
      const { plan } = report;
      expect(plan.items.map((item) => item.rank)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(plan.items[0]).toMatchObject({
        title: 'Move the refund path to HTTPS',
        owner: 'Sofia Alvarez',
        dueDate: '2026-03-15',
        threatNumbers: ['T-0002', 'T-0003'],
      });
      expect(plan.items[0]!.riskRemoved).toBeGreaterThan(0);
      // Equal risk, so the lower number comes first.
      expect(plan.undecidedThreatIds).toEqual([
        'stride.i:store_orders',
        'stride.t:flow_pay_orders',
      ]);
    });

    it('draws one picture per diagram, or none when asked not to', () => {
      expect(report.diagrams).toHaveLength(1);
      expect(report.diagrams[0]?.svg).toContain('<svg');
      expect(buildReport(paymentsModel(), { date: DATE, diagrams: false }).diagrams).toEqual([]);
    });
  });
});
