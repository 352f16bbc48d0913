import { describe, expect, it } from 'vitest';

import { threatModelSchema } from '../../../../shared/model/schema';
import { renderDiagramSvg } from '../../../../shared/report/svg/diagramSvg';
import { placeNodes } from '../../../../shared/report/svg/placeNodes';
import { hostileModel } from '../../../support/hostileModel';
import { unsafeMarkup } from '../../../support/markupScan';
import { paymentsModel } from '../../../support/paymentsModel';

const SVG_TAGS = new Set([
  'svg',
  'title',
  'defs',
  'marker',
  'path',
  'rect',
  'text',
  'g',
  'polyline',
  'circle',
]);

describe('report/svg/diagramSvg', () => {
  describe('renderDiagramSvg()', () => {
    const model = paymentsModel();
    const picture = renderDiagramSvg(model.diagrams[0]!, model.layout, {
      badges: new Map([['proc_gateway', { count: 3, color: '#dc2626', label: '3 open' }]]),
    });

    it('draws each kind with its own DFD shape', () => {
      expect(picture.svg).toMatch(/<g class="process"><rect [^>]*rx="24"/);
      expect(picture.svg).toMatch(/<g class="dataStore"><rect [^>]*stroke="none"\/><path d="M/);
      expect(picture.svg).toMatch(/<g class="externalEntity"><rect /);
      expect(picture.svg).toContain('stroke-dasharray="8 5"');
      expect(picture.svg).toContain('Card vault · trust 95');
    });

    it('labels flows with name and protocol and marks cleartext flows', () => {
      expect(picture.svg).toContain('Checkout · HTTPS');
      expect(picture.svg).toContain('Refund request · HTTP · cleartext');
      expect(picture.svg.match(/class="flow cleartext"/g)?.length).toBe(4);
    });

    it('draws a badge with its count, colour and label', () => {
      expect(picture.svg).toMatch(/<title>3 open<\/title><circle [^>]*fill="#dc2626"/);
    });

    it('follows the bends the layout records for a flow', () => {
      expect(picture.svg).toMatch(/d="M[\d.]+,[\d.]+ L700,380 L[\d.]+,[\d.]+"/);
    });

    it('sizes the picture to its content', () => {
      expect(picture.width).toBeGreaterThan(1000);
      expect(picture.height).toBeGreaterThan(400);
    });

    it('escapes every text of a hostile model and emits no script or handler', () => {
      const hostile = hostileModel();
      const { svg } = renderDiagramSvg(hostile.diagrams[0]!, hostile.layout);
      expect(unsafeMarkup(svg, SVG_TAGS)).toEqual([]);
      expect(svg).toContain('&lt;img src=x');
    });
  });

  describe('placeNodes()', () => {
    it('places elements the layout does not know, and wraps a zone around its members', () => {
      const model = threatModelSchema.parse({
        formatVersion: 1,
        id: 'tm_a',
        createdAt: '',
        updatedAt: '',
        diagrams: [
          {
            id: 'd',
            elements: [
              { id: 'z', kind: 'trustBoundary' },
              { id: 'a', kind: 'process', boundaryId: 'z' },
              { id: 'b', kind: 'dataStore', boundaryId: 'z' },
              { id: 'c', kind: 'externalEntity' },
            ],
          },
        ],
      });
      const boxes = placeNodes(model.diagrams[0]!, model.layout);
      const [a, b, z] = [boxes.get('a')!, boxes.get('b')!, boxes.get('z')!];
      expect(boxes.size).toBe(4);
      expect(a.x).not.toBe(b.x);
      for (const member of [a, b]) {
        expect(member.x).toBeGreaterThan(z.x);
        expect(member.x + member.width).toBeLessThan(z.x + z.width);
        expect(member.y).toBeGreaterThan(z.y);
      }
    });
  });
});
