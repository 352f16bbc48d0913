import { describe, expect, it } from 'vitest';

import { writeModel } from '../../../shared/format/writeModel';
import { readModel } from '../../../shared/format/readModel';
import { createProcess } from '../../../shared/model/factories';
import { threatSchema } from '../../../shared/model/schema';
import type { ThreatModel } from '../../../shared/model/types';
import { mergeModels } from '../../../shared/merge/mergeModels';
import { resolveConflict } from '../../../shared/merge/resolveConflict';
import { edited, elementOf, smallModel } from '../../support/modelEdits';

function setProtocol(model: ThreatModel, id: string, protocol: string): void {
  const flow = elementOf(model, id);
  if (flow.kind === 'dataFlow') flow.properties.protocol = protocol;
}

function newThreat(id: string, number: number) {
  return threatSchema.parse({ id, number, title: id, category: 'T', elementId: 'proc_gateway' });
}

describe('shared/merge/mergeModels', () => {
  describe('mergeModels()', () => {
    it('keeps edits to different elements from both sides', () => {
      const base = smallModel();
      const ours = edited(base, (m) => setProtocol(m, 'flow_in', 'HTTP'));
      const theirs = edited(base, (m) => setProtocol(m, 'flow_db', 'gRPC'));
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([]);
      expect(writeModel(model)).toBe(
        writeModel(edited(ours, (m) => setProtocol(m, 'flow_db', 'gRPC'))),
      );
    });

    it('keeps edits to different fields of one element', () => {
      const base = smallModel();
      const ours = edited(base, (m) => setProtocol(m, 'flow_in', 'HTTP'));
      const theirs = edited(base, (m) => {
        elementOf(m, 'flow_in').name = 'Checkout call';
      });
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([]);
      const flow = elementOf(model, 'flow_in');
      expect(flow.name).toBe('Checkout call');
      expect(flow.kind === 'dataFlow' && flow.properties.protocol).toBe('HTTP');
    });

    it('records a conflict, keeping ours, when one field changed two ways', () => {
      const base = smallModel();
      const ours = edited(base, (m) => setProtocol(m, 'flow_in', 'HTTP'));
      const theirs = edited(base, (m) => setProtocol(m, 'flow_in', 'gRPC'));
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([
        expect.objectContaining({
          elementId: 'flow_in',
          path: 'elements[flow_in].properties.protocol',
          base: 'HTTPS',
          ours: 'HTTP',
          theirs: 'gRPC',
        }),
      ]);
      expect(model.conflicts).toEqual(conflicts);
      const flow = elementOf(model, 'flow_in');
      expect(flow.kind === 'dataFlow' && flow.properties.protocol).toBe('HTTP');
      expect(readModel(writeModel(model)).ok).toBe(true);
    });

    it('records a conflict when one side deletes what the other edits', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e.id !== 'store_orders');
      });
      const theirs = edited(base, (m) => {
        elementOf(m, 'store_orders').name = 'Orders';
      });
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([
        expect.objectContaining({ path: 'elements[store_orders]', ours: null }),
      ]);
      expect(model.diagrams[0]!.elements.some((e) => e.id === 'store_orders')).toBe(false);

      const resolved = resolveConflict(model, conflicts[0]!.id, 'theirs');
      expect(resolved.ok && elementOf(resolved.value, 'store_orders').name).toBe('Orders');
      expect(resolved.ok && resolved.value.conflicts).toEqual([]);
    });

    it('deletes what one side deleted and the other left alone', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.diagrams[0]!.elements = m.diagrams[0]!.elements.filter((e) => e.id !== 'flow_db');
      });
      const { model, conflicts } = mergeModels(base, ours, base);
      expect(conflicts).toEqual([]);
      expect(model.diagrams[0]!.elements.some((e) => e.id === 'flow_db')).toBe(false);
    });

    it('keeps additions from both sides', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.diagrams[0]!.elements.push(createProcess({ id: 'proc_a', name: 'A' }));
      });
      const theirs = edited(base, (m) => {
        m.diagrams[0]!.elements.push(createProcess({ id: 'proc_b', name: 'B' }));
      });
      const ids = mergeModels(base, ours, theirs).model.diagrams[0]!.elements.map((e) => e.id);
      expect(ids).toEqual(expect.arrayContaining(['proc_a', 'proc_b']));
    });

    it('merges tags as sets instead of conflicting', () => {
      const base = edited(smallModel(), (m) => {
        elementOf(m, 'proc_gateway').tags = ['edge'];
      });
      const ours = edited(base, (m) => {
        elementOf(m, 'proc_gateway').tags = ['edge', 'pci'];
      });
      const theirs = edited(base, (m) => {
        elementOf(m, 'proc_gateway').tags = ['public'];
      });
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([]);
      expect(elementOf(model, 'proc_gateway').tags).toEqual(['pci', 'public']);
    });

    it('renumbers their threat above the highest counter when both sides used one number', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.threats.push(newThreat('ours:t', 2));
        m.threatCounter = 2;
      });
      const theirs = edited(base, (m) => {
        m.threats.push(newThreat('theirs:t', 2), newThreat('theirs:u', 3));
        m.threatCounter = 3;
      });
      const theirsText = writeModel(theirs);
      const { model, renumbered } = mergeModels(base, ours, theirs);
      expect(writeModel(theirs)).toBe(theirsText);
      const numberOf = (id: string) => model.threats.find((t) => t.id === id)?.number;
      expect(numberOf('ours:t')).toBe(2);
      expect(numberOf('theirs:u')).toBe(3);
      expect(numberOf('theirs:t')).toBe(4);
      expect(model.threatCounter).toBe(4);
      expect(renumbered).toEqual([{ threatId: 'theirs:t', from: 2, to: 4 }]);
      expect(readModel(writeModel(model)).ok).toBe(true);
    });

    it('takes the larger threat counter and the later update time without a conflict', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.threatCounter = 7;
        m.updatedAt = '2026-02-01T00:00:00.000Z';
      });
      const theirs = edited(base, (m) => {
        m.threatCounter = 9;
        m.updatedAt = '2026-01-15T00:00:00.000Z';
      });
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([]);
      expect(model.threatCounter).toBe(9);
      expect(model.updatedAt).toBe('2026-02-01T00:00:00.000Z');
    });

    it('merges layout per element, ours winning when both moved one box', () => {
      const base = smallModel();
      const ours = edited(base, (m) => {
        m.layout.nodes['proc_gateway'] = { x: 1, y: 1, width: 150, height: 80 };
      });
      const theirs = edited(base, (m) => {
        m.layout.nodes['proc_gateway'] = { x: 2, y: 2, width: 150, height: 80 };
        m.layout.nodes['store_orders'] = { x: 5, y: 5, width: 160, height: 56 };
      });
      const { model, conflicts } = mergeModels(base, ours, theirs);
      expect(conflicts).toEqual([]);
      expect(model.layout.nodes['proc_gateway']?.x).toBe(1);
      expect(model.layout.nodes['store_orders']?.x).toBe(5);
    });

    it('drops links to a mitigation the other side deleted, with a warning', () => {
      const withMitigation = edited(smallModel(), (m) => {
        m.mitigations.push({
          id: 'mit_x',
          title: 'X',
          description: '',
          status: 'proposed',
          owner: '',
          dueDate: null,
          ticket: '',
          effort: 'M',
          reduction: { likelihood: 2, impact: 0 },
        });
      });
      const ours = edited(withMitigation, (m) => {
        m.mitigations = [];
      });
      const theirs = edited(withMitigation, (m) => {
        m.threats[0]!.mitigationIds = ['mit_x'];
      });
      const { model, warnings } = mergeModels(withMitigation, ours, theirs);
      expect(model.threats[0]!.mitigationIds).toEqual([]);
      expect(warnings.map((w) => w.code)).toContain('merge/dropped-mitigation-link');
      expect(readModel(writeModel(model)).ok).toBe(true);
    });
  });

  describe('resolveConflict()', () => {
    it('puts the chosen value in place and removes the conflict', () => {
      const base = smallModel();
      const ours = edited(base, (m) => setProtocol(m, 'flow_in', 'HTTP'));
      const theirs = edited(base, (m) => setProtocol(m, 'flow_in', 'gRPC'));
      const merged = mergeModels(base, ours, theirs).model;
      const result = resolveConflict(merged, merged.conflicts[0]!.id, 'theirs');
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const flow = elementOf(result.value, 'flow_in');
      expect(flow.kind === 'dataFlow' && flow.properties.protocol).toBe('gRPC');
      expect(result.value.conflicts).toEqual([]);
    });

    it('fails with a message when the conflict does not exist', () => {
      const result = resolveConflict(smallModel(), 'conflict:nope', 'ours');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors[0]?.code).toBe('merge/no-such-conflict');
    });

    it('refuses a path that reaches for the prototype', () => {
      const model = edited(smallModel(), (m) => {
        m.conflicts.push({
          id: 'c1',
          elementId: null,
          path: 'model.__proto__',
          base: null,
          ours: null,
          theirs: { polluted: true },
        });
      });
      const result = resolveConflict(model, 'c1', 'theirs');
      expect(result.ok).toBe(false);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});
