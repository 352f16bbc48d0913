import { describe, expect, it } from 'vitest';

import {
  addManualThreat,
  addMitigation,
  copyThreatToElements,
  deleteMitigation,
  linkMitigation,
  markAllReviewed,
  rateThreat,
  setThreatStatus,
  statusProblem,
  unlinkMitigation,
  updateMitigation,
} from '../../../../renderer/features/threats/threatEdits';
import { modelWithThreats } from './fixtures';

describe('threatEdits', () => {
  describe('rateThreat()', () => {
    it('records a person rating when likelihood changes', () => {
      const next = rateThreat(modelWithThreats(), 't1', { likelihood: 2 });
      const rated = next.threats.find((t) => t.id === 't1');
      expect(rated).toMatchObject({ likelihood: 2, impact: 5, ratedBy: 'person' });
    });

    it('returns the same model when the rating is unchanged', () => {
      const model = modelWithThreats();
      expect(rateThreat(model, 't1', { likelihood: 4 })).toBe(model);
    });
  });

  describe('statusProblem()', () => {
    it('asks for a justification when accepting without one', () => {
      expect(statusProblem('accepted', '  ')).toMatch(/justification/);
    });

    it('needs no justification for mitigated', () => {
      expect(statusProblem('mitigated', '')).toBeNull();
    });
  });

  describe('setThreatStatus()', () => {
    it('sets status and justification on many threats and marks them reviewed', () => {
      const next = setThreatStatus(modelWithThreats(), ['t1', 't2'], 'accepted', 'Low value');
      const changed = next.threats.filter((t) => t.status === 'accepted');
      expect(changed.map((t) => t.id)).toEqual(['t1', 't2']);
      expect(changed.every((t) => t.justification === 'Low value' && t.reviewed)).toBe(true);
    });
  });

  describe('markAllReviewed()', () => {
    it('clears every new and stale marker', () => {
      const next = markAllReviewed(modelWithThreats());
      expect(next.threats.every((t) => t.reviewed)).toBe(true);
    });
  });

  describe('addManualThreat()', () => {
    it('numbers a hand-written threat after the highest number ever given', () => {
      const { model, id } = addManualThreat(modelWithThreats(), 'store_ledger', {
        title: 'Backups readable',
        category: 'I',
      });
      const added = model.threats.find((t) => t.id === id);
      expect(added).toMatchObject({ number: 5, ruleId: null, elementId: 'store_ledger' });
      expect(model.threatCounter).toBe(5);
    });
  });

  describe('copyThreatToElements()', () => {
    it('copies a threat to other elements with new numbers and an open status', () => {
      const base = setThreatStatus(modelWithThreats(), ['t3'], 'mitigated');
      const { model, ids } = copyThreatToElements(base, 't3', ['store_ledger', 'ent_client']);
      const copies = model.threats.filter((t) => ids.includes(t.id));
      expect(copies.map((t) => [t.number, t.elementId, t.status])).toEqual([
        [5, 'store_ledger', 'open'],
        [6, 'ent_client', 'open'],
      ]);
      expect(copies[0]?.mitigationIds).toEqual(['mit_authz']);
    });

    it('skips the element the threat is already on', () => {
      const model = modelWithThreats();
      expect(copyThreatToElements(model, 't3', ['proc_gateway']).model).toBe(model);
    });
  });

  describe('mitigations', () => {
    it('creates a mitigation linked to threats, and unlinks it again', () => {
      const { model, id } = addMitigation(modelWithThreats(), { title: 'Rate limit' }, ['t1']);
      expect(model.threats.find((t) => t.id === 't1')?.mitigationIds).toEqual([id]);
      const unlinked = unlinkMitigation(model, id, ['t1']);
      expect(unlinked.threats.find((t) => t.id === 't1')?.mitigationIds).toEqual([]);
    });

    it('links once however often it is asked', () => {
      const once = linkMitigation(modelWithThreats(), 'mit_authz', ['t3']);
      expect(once.threats.find((t) => t.id === 't3')?.mitigationIds).toEqual(['mit_authz']);
    });

    it('removes every link when a mitigation is deleted', () => {
      const next = deleteMitigation(modelWithThreats(), 'mit_authz');
      expect(next.mitigations).toEqual([]);
      expect(next.threats.find((t) => t.id === 't3')?.mitigationIds).toEqual([]);
    });

    it('updates fields and keeps the model when nothing changes', () => {
      const model = modelWithThreats();
      expect(updateMitigation(model, 'mit_authz', { status: 'implemented' })).toBe(model);
      const next = updateMitigation(model, 'mit_authz', { owner: 'Ana' });
      expect(next.mitigations[0]?.owner).toBe('Ana');
    });
  });
});
