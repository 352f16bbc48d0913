import { describe, expect, it } from 'vitest';

import { renderDiagramSvg } from '../../../../shared/report/svg/diagramSvg';
import { overlapArea } from '../../../../shared/report/svg/placeLabels';
import type { Box } from '../../../../shared/report/svg/geometry';
import { importedFixture } from '../../../support/importedFixture';
import { paymentsModel } from '../../../support/paymentsModel';

const RECT = /<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/;

/** The first rectangle inside each group of the given class. */
function rectsOf(svg: string, groupClass: RegExp): Box[] {
  const groups = svg.split('<g class="').slice(1);
  return groups
    .filter((group) => groupClass.test(group.slice(0, group.indexOf('"'))))
    .flatMap((group) => {
      const match = RECT.exec(group);
      if (!match) return [];
      const [x, y, width, height] = match.slice(1).map(Number) as [number, number, number, number];
      return [{ x, y, width, height }];
    });
}

async function pictureOf(file: string): Promise<string> {
  const model = await importedFixture(file);
  return renderDiagramSvg(model.diagrams[0]!, model.layout).svg;
}

describe('report/svg/diagramSvg', () => {
  describe('renderDiagramSvg() flow labels', () => {
    it.each([
      'openapi/vampi.openapi.yaml',
      'openapi/owasp-crapi.openapi.json',
      'openapi/swagger-petstore-v3.openapi.yaml',
    ])('keeps every flow label of %s off the boxes and off each other', async (file) => {
      const svg = await pictureOf(file);
      const labels = rectsOf(svg, /^flow-label$/);
      const boxes = rectsOf(svg, /^(process|externalEntity|dataStore)$/);
      expect(labels.length).toBeGreaterThan(5);
      expect(boxes.length).toBeGreaterThan(5);

      for (const label of labels) {
        for (const box of boxes) expect(overlapArea(label, box)).toBe(0);
      }
      labels.forEach((label, i) => {
        for (const other of labels.slice(i + 1)) expect(overlapArea(label, other)).toBe(0);
      });
    });

    it('shortens a very long label and keeps the full text on hover', () => {
      const model = paymentsModel();
      const diagram = model.diagrams[0]!;
      const long = 'Settlement batch upload with reconciliation report and ledger entries';
      const elements = diagram.elements.map((e) =>
        e.kind === 'dataFlow' && e.name === 'Checkout' ? { ...e, name: long } : e,
      );
      const { svg } = renderDiagramSvg({ ...diagram, elements }, model.layout);
      expect(svg).toContain(`<title>${long} · HTTPS</title>`);
      expect(svg).toMatch(/>Settlement batch upload with [^<]*…<\/text>/);
    });
  });
});
