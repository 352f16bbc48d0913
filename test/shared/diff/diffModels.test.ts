import { describe, expect, it } from 'vitest';

import { applyDiff } from '../../../shared/diff/applyDiff';
import { diffModels, isEmptyDiff } from '../../../shared/diff/diffModels';
import { writeModel } from '../../../shared/format/writeModel';
import { createProcess } from '../../../shared/model/factories';
import { edited, elementOf, smallModel } from '../../support/modelEdits';

describe('shared/diff/diffModels', () => {
  describe('diffModels()', () => {
    it('finds nothing when both versions are the same', () => {
      const model = smallModel();
      expect(
        isEmptyDiff(
          diffModels(
            model,
            edited(model, () => undefined),
          ),
        ),
      ).toBe(true);
    });

    it('reports an added element with its whole value and its diagram', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        m.diagrams[0]!.elements.push(createProcess({ id: 'proc_billing', name: 'Billing' }));
      });
      const diff = diffModels(before, after);
      expect(diff.elements).toEqual([
        expect.objectContaining({
          change: 'added',
          id: 'proc_billing',
          diagramId: 'dgm_main',
          kind: 'process',
        }),
      ]);
      expect(diff.elements[0]!.element?.name).toBe('Billing');
      expect(diff.labels['proc_billing']).toBe('Billing');
    });

    it('reports a removed element with its old value', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e.id !== 'store_orders');
      });
      const change = diffModels(before, after).elements.find((c) => c.id === 'store_orders');
      expect(change).toMatchObject({ change: 'removed', kind: 'dataStore' });
      expect(change?.element?.name).toBe('Orders DB');
      expect(diffModels(before, after).labels['store_orders']).toBe('Orders DB');
    });

    it('reports each changed property with its old and new value', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        const flow = elementOf(m, 'flow_in');
        if (flow.kind === 'dataFlow') {
          flow.properties.protocol = 'HTTP';
          flow.properties.dataTags = ['pii'];
        }
        flow.tags = ['public'];
        flow.outOfScope = true;
      });
      const change = diffModels(before, after).elements[0]!;
      expect(change).toMatchObject({ change: 'changed', id: 'flow_in', element: null });
      expect(change.fields).toEqual([
        { path: 'tags', before: [], after: ['public'] },
        { path: 'outOfScope', before: false, after: true },
        { path: 'properties.protocol', before: 'HTTPS', after: 'HTTP' },
        { path: 'properties.dataTags', before: [], after: ['pii'] },
      ]);
    });

    it('reports a move between zones as a boundaryId change and the flows it makes cross', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        const store = elementOf(m, 'store_orders');
        if (store.kind !== 'dataFlow') store.boundaryId = null;
      });
      const diff = diffModels(before, after);
      expect(diff.elements[0]!.fields).toEqual([
        { path: 'boundaryId', before: 'zone_internal', after: null },
      ]);
      expect(diff.crossings).toEqual([
        {
          flowId: 'flow_db',
          status: 'nowCrosses',
          before: null,
          after: { zoneIds: ['zone_internal'], sourceTrust: 60, targetTrust: 0 },
        },
      ]);
      expect(diff.labels['zone_internal']).toBe('Internal');
    });

    it('reports a flow that no longer crosses a boundary', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        const client = elementOf(m, 'ent_client');
        if (client.kind !== 'dataFlow') client.boundaryId = 'zone_internal';
      });
      expect(diffModels(before, after).crossings).toEqual([
        expect.objectContaining({ flowId: 'flow_in', status: 'noLongerCrosses', after: null }),
      ]);
    });

    it('reports a move between diagrams as a diagramId change', () => {
      const before = edited(smallModel(), (m) => {
        m.diagrams.push({ id: 'dgm_other', name: 'Other', elements: [] });
      });
      const after = edited(before, (m) => {
        const gateway = elementOf(m, 'proc_gateway');
        m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e !== gateway);
        m.diagrams[1]!.elements.push(gateway);
      });
      const diff = diffModels(before, after);
      expect(diff.elements).toEqual([
        expect.objectContaining({
          id: 'proc_gateway',
          diagramId: 'dgm_other',
          fields: [{ path: 'diagramId', before: 'dgm_main', after: 'dgm_other' }],
        }),
      ]);
      expect(writeModel(applyDiff(before, diff))).toBe(writeModel(after));
    });

    it('shows a change of kind as a removal and an addition under the same id', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        const list = m.diagrams[0]!.elements;
        const at = list.findIndex((e) => e.id === 'store_orders');
        list[at] = createProcess({
          id: 'store_orders',
          name: 'Orders service',
          boundaryId: 'zone_internal',
        });
      });
      const diff = diffModels(before, after);
      expect(diff.elements.map((c) => [c.change, c.kind])).toEqual([
        ['removed', 'dataStore'],
        ['added', 'process'],
      ]);
      expect(writeModel(applyDiff(before, diff))).toBe(writeModel(after));
    });

    it('classifies threat changes as stale, re-rated and decided', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        const threat = m.threats[0]!;
        threat.stale = true;
        threat.impact = 5;
        threat.status = 'accepted';
        threat.justification = 'Behind the VPN';
      });
      expect(diffModels(before, after).threats).toEqual([
        expect.objectContaining({
          change: 'changed',
          number: 1,
          aspects: ['stale', 'reRated', 'status', 'justification'],
        }),
      ]);
    });

    it('reports new and removed threats and mitigations with their values', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        m.threats = [];
        m.mitigations.push({
          id: 'mit_tls',
          title: 'Enforce TLS',
          description: '',
          status: 'planned',
          owner: '',
          dueDate: null,
          ticket: '',
          effort: 'S',
          reduction: { likelihood: 2, impact: 0 },
        });
      });
      const diff = diffModels(before, after);
      expect(diff.threats).toEqual([
        expect.objectContaining({ change: 'removed', aspects: ['removed'] }),
      ]);
      expect(diff.mitigations).toEqual([
        expect.objectContaining({ change: 'added', title: 'Enforce TLS' }),
      ]);
    });

    it('ignores layout unless asked, and then reports each moved box', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        m.layout.nodes['proc_gateway'] = { x: 300, y: 10, width: 150, height: 80 };
      });
      expect(isEmptyDiff(diffModels(before, after))).toBe(true);
      const withLayout = diffModels(before, after, { layout: true });
      expect(withLayout.layout).toEqual([
        expect.objectContaining({
          part: 'nodes',
          id: 'proc_gateway',
          after: expect.objectContaining({ x: 300 }),
        }),
      ]);
      expect(writeModel(applyDiff(before, withLayout))).toBe(writeModel(after));
    });

    it('reports model metadata changes field by field', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        m.title = 'Payments API v2';
        m.reviewers = ['Ana'];
      });
      expect(diffModels(before, after).metadata).toEqual([
        { path: 'title', before: 'Payments API', after: 'Payments API v2' },
        { path: 'reviewers', before: [], after: ['Ana'] },
      ]);
    });

    it('labels elements with the id when the name is shared or empty', () => {
      const before = smallModel();
      const after = edited(before, (m) => {
        elementOf(m, 'store_orders').name = 'Gateway';
        elementOf(m, 'ent_client').name = '  ';
      });
      const labels = diffModels(before, after).labels;
      expect(labels['store_orders']).toBe('Gateway [store_orders]');
      expect(labels['ent_client']).toBe('[ent_client]');
    });
  });
});
