import { describe, expect, it } from 'vitest';

import {
  crossesBoundary,
  flowCrossing,
  trustLevelOf,
  zoneChain,
} from '../../../shared/model/boundaries';
import {
  createDataFlow,
  createModel,
  createProcess,
  createTrustBoundary,
} from '../../../shared/model/factories';
import { indexModel } from '../../../shared/model/modelIndex';
import type { Element } from '../../../shared/model/types';

function modelOf(elements: Element[]) {
  const model = createModel();
  model.diagrams[0]!.elements = elements;
  return indexModel(model);
}

describe('boundaries', () => {
  const corp = createTrustBoundary({ id: 'zone_corp', properties: { trustLevel: 60 } });
  const vault = createTrustBoundary({
    id: 'zone_vault',
    boundaryId: 'zone_corp',
    properties: { trustLevel: 90 },
  });
  const web = createProcess({ id: 'proc_web' });
  const api = createProcess({ id: 'proc_api', boundaryId: 'zone_corp' });
  const keys = createProcess({ id: 'proc_keys', boundaryId: 'zone_vault' });

  describe('zoneChain()', () => {
    it('lists the zones around an element, innermost first', () => {
      const index = modelOf([corp, vault, keys]);
      expect(zoneChain(index, 'proc_keys').map((zone) => zone.id)).toEqual([
        'zone_vault',
        'zone_corp',
      ]);
    });

    it('stops at a cycle instead of looping', () => {
      const a = createTrustBoundary({ id: 'zone_a', boundaryId: 'zone_b' });
      const b = createTrustBoundary({ id: 'zone_b', boundaryId: 'zone_a' });
      expect(zoneChain(modelOf([a, b]), 'zone_a').map((zone) => zone.id)).toEqual(['zone_b']);
    });
  });

  describe('flowCrossing()', () => {
    it('finds every zone a flow from the internet enters', () => {
      const flow = createDataFlow('proc_web', 'proc_keys');
      const index = modelOf([corp, vault, web, keys, flow]);
      const crossing = flowCrossing(index, flow);
      expect(crossing.enters.map((zone) => zone.id)).toEqual(['zone_corp', 'zone_vault']);
      expect(crossing.leaves).toEqual([]);
      expect([crossing.sourceTrust, crossing.targetTrust]).toEqual([0, 90]);
    });

    it('sees no crossing between two elements of one zone', () => {
      const sibling = createProcess({ id: 'proc_sibling', boundaryId: 'zone_corp' });
      const flow = createDataFlow('proc_api', 'proc_sibling');
      expect(crossesBoundary(flowCrossing(modelOf([corp, api, sibling, flow]), flow))).toBe(false);
    });

    it('counts only the inner zone when a flow leaves a nested zone for its parent', () => {
      const flow = createDataFlow('proc_keys', 'proc_api');
      const crossing = flowCrossing(modelOf([corp, vault, api, keys, flow]), flow);
      expect(crossing.leaves.map((zone) => zone.id)).toEqual(['zone_vault']);
      expect(crossing.enters).toEqual([]);
    });
  });

  describe('trustLevelOf()', () => {
    it('is the outside level for an element in no zone', () => {
      expect(trustLevelOf(modelOf([web]), 'proc_web')).toBe(0);
    });
  });
});
