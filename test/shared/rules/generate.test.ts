import { describe, expect, it } from 'vitest';

import { writeModel } from '../../../shared/format/writeModel';
import { threatIdFor } from '../../../shared/model/ids';
import { threatSchema } from '../../../shared/model/schema';
import type { ThreatModel } from '../../../shared/model/types';
import {
  describeSummary,
  generateThreats,
  type GenerationResult,
} from '../../../shared/rules/generate';
import { ruleWorld, type WorldOptions } from '../../support/ruleWorld';

function generate(model: ThreatModel, extraPacks?: unknown[]): GenerationResult {
  const result = generateThreats(model, extraPacks ? { extraPacks } : {});
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value;
}

/** The model with the API process's properties changed, threats kept. */
function edit(model: ThreatModel, options: WorldOptions): ThreatModel {
  const fresh = ruleWorld(options);
  return {
    ...fresh,
    threats: model.threats,
    threatCounter: model.threatCounter,
    mitigations: model.mitigations,
  };
}

function threat(model: ThreatModel, ruleId: string, elementId = 'proc_api') {
  const found = model.threats.find((t) => t.ruleId === ruleId && t.elementId === elementId);
  if (!found) throw new Error(`no threat of ${ruleId} on ${elementId}`);
  return found;
}

describe('rules/generate', () => {
  describe('generateThreats()', () => {
    it('numbers new threats from the counter and derives ids from rule and element', () => {
      const { model, summary } = generate(ruleWorld());
      expect(summary.added).toBe(model.threats.length);
      expect(model.threats.map((t) => t.number)).toEqual(model.threats.map((_, i) => i + 1));
      expect(model.threatCounter).toBe(model.threats.length);
      const found = threat(model, 'stride.process.no-authentication');
      expect(found.id).toBe(threatIdFor('stride.process.no-authentication', 'proc_api'));
      expect(found).toMatchObject({
        status: 'open',
        reviewed: false,
        stale: false,
        ratedBy: 'rule',
      });
      expect(() => threatSchema.parse(found)).not.toThrow();
    });

    it('is idempotent: a second run changes nothing, byte for byte', () => {
      const first = generate(
        ruleWorld({ api: { operations: [{ id: 'op_a', method: 'get', path: '/a/{aId}' }] } }),
      );
      const second = generate(first.model);
      expect(second.model).toBe(first.model);
      expect(writeModel(second.model)).toBe(writeModel(first.model));
      expect(second.summary).toEqual({
        added: 0,
        stale: 0,
        revived: 0,
        updated: 0,
        unchanged: first.model.threats.length,
      });
    });

    it('gives the same result whatever order the elements are stored in', () => {
      const model = ruleWorld();
      const reversed = structuredClone(model);
      reversed.diagrams[0]!.elements.reverse();
      expect(writeModel(generate(reversed).model)).toBe(writeModel(generate(model).model));
    });

    it('keeps every human decision on a threat that still applies', () => {
      const first = generate(ruleWorld()).model;
      const target = threat(first, 'stride.process.no-authentication');
      const decided: ThreatModel = {
        ...first,
        mitigations: [
          {
            id: 'mit_auth',
            title: 'Require OAuth',
            description: '',
            status: 'planned',
            owner: 'Ana',
            dueDate: null,
            ticket: '',
            effort: 'M',
            reduction: { likelihood: 2, impact: 0 },
          },
        ],
        threats: first.threats.map((t) =>
          t.id === target.id
            ? {
                ...t,
                status: 'accepted',
                justification: 'Internal only',
                notes: 'n',
                mitigationIds: ['mit_auth'],
                likelihood: 1,
                impact: 2,
                ratedBy: 'person',
                reviewed: true,
              }
            : t,
        ),
      };
      const next = generate(edit(decided, { api: { exposure: 'internet' } })).model;
      expect(threat(next, 'stride.process.no-authentication')).toMatchObject({
        number: target.number,
        status: 'accepted',
        justification: 'Internal only',
        notes: 'n',
        mitigationIds: ['mit_auth'],
        likelihood: 1,
        impact: 2,
        ratedBy: 'person',
        reviewed: true,
      });
    });

    it('lets rule-rated threats follow their rule', () => {
      const first = generate(ruleWorld()).model;
      expect(threat(first, 'stride.process.no-rate-limit').likelihood).toBe(3);
      const { model, summary } = generate(edit(first, { api: { exposure: 'internet' } }));
      expect(threat(model, 'stride.process.no-rate-limit').likelihood).toBe(4);
      expect(summary.updated).toBeGreaterThan(0);
    });

    it('marks threats whose condition no longer holds as stale and brings them back later', () => {
      const first = generate(ruleWorld()).model;
      const original = threat(first, 'stride.process.no-authentication');
      const withDecision: ThreatModel = {
        ...first,
        threats: first.threats.map((t) =>
          t.id === original.id ? { ...t, notes: 'keep me', reviewed: true } : t,
        ),
      };

      const secured = generate(edit(withDecision, { api: { authentication: 'oauth2' } }));
      const stale = threat(secured.model, 'stride.process.no-authentication');
      expect(stale).toMatchObject({
        stale: true,
        reviewed: false,
        notes: 'keep me',
        number: original.number,
      });
      expect(secured.summary.stale).toBeGreaterThanOrEqual(1);
      expect(secured.summary.added).toBeGreaterThanOrEqual(1); // token theft, missing authorization

      const again = generate(secured.model);
      expect(again.summary).toMatchObject({ added: 0, stale: 0, revived: 0, updated: 0 });

      const reopened = generate(edit(secured.model, {}));
      expect(threat(reopened.model, 'stride.process.no-authentication')).toMatchObject({
        stale: false,
        reviewed: false,
        notes: 'keep me',
        number: original.number,
      });
      expect(reopened.summary.revived).toBeGreaterThanOrEqual(1);
    });

    it('keeps threats of a deleted element, stale, with their decisions', () => {
      const first = generate(ruleWorld()).model;
      const next = generate(edit(first, { without: ['store'] })).model;
      const storeThreats = next.threats.filter((t) => t.elementId === 'store_db');
      expect(storeThreats.length).toBeGreaterThan(0);
      expect(storeThreats.every((t) => t.stale)).toBe(true);
    });

    it('never touches a threat written by hand, even one with a colliding id', () => {
      const base = ruleWorld();
      const collidingId = threatIdFor('stride.process.no-authentication', 'proc_api');
      base.threats = [
        threatSchema.parse({
          id: collidingId,
          number: 7,
          title: 'Mine',
          category: 'S',
          elementId: 'proc_api',
          ruleId: null,
        }),
        threatSchema.parse({
          id: 'manual_x',
          number: 3,
          title: 'Hand-written',
          category: 'T',
          elementId: 'gone',
          ruleId: null,
        }),
      ];
      base.threatCounter = 7;
      const { model } = generate(base);
      expect(model.threats.find((t) => t.id === collidingId)).toEqual(base.threats[0]);
      expect(model.threats.find((t) => t.id === 'manual_x')).toEqual(base.threats[1]);
      expect(model.threats.filter((t) => t.id === collidingId)).toHaveLength(1);
      expect(Math.min(...model.threats.filter((t) => t.ruleId).map((t) => t.number))).toBe(8);
    });

    it('never reuses a number, even after a person removed threats', () => {
      const first = generate(ruleWorld()).model;
      const removed = {
        ...first,
        threats: first.threats.filter((t) => t.elementId !== 'proc_api'),
      };
      const { model } = generate(removed);
      const regenerated = model.threats.filter((t) => t.elementId === 'proc_api');
      expect(Math.min(...regenerated.map((t) => t.number))).toBeGreaterThan(first.threatCounter);
      expect(new Set(model.threats.map((t) => t.number)).size).toBe(model.threats.length);
    });

    it('gives out-of-scope elements and trust boundaries no threats', () => {
      const { model } = generate(ruleWorld({ outOfScope: ['proc_api', 'flow_in'] }));
      const elements = new Set(model.threats.map((t) => t.elementId));
      expect(elements.has('proc_api')).toBe(false);
      expect(elements.has('flow_in')).toBe(false);
      expect([...elements].some((id) => id.startsWith('zone_'))).toBe(false);
    });

    it('produces one threat per matching operation, qualified by the operation id', () => {
      const { model } = generate(
        ruleWorld({
          api: {
            operations: [
              { id: 'op_get', method: 'get', path: '/orders/{orderId}' },
              { id: 'op_put', method: 'put', path: '/orders/{orderId}' },
              { id: 'op_list', method: 'get', path: '/orders' },
            ],
          },
        }),
      );
      const bola = model.threats.filter((t) => t.ruleId === 'api.bola.operation');
      expect(bola.map((t) => t.qualifier)).toEqual(['op_get', 'op_put']);
      expect(bola[0]!.title).toContain('GET /orders/{orderId}');
      expect(bola[0]!.title).toContain('orderId');
      expect(bola[1]!.impact).toBe(5);
      expect(bola[0]!.id).toBe(threatIdFor('api.bola.operation', 'proc_api', 'op_get'));
    });

    it('turns off the packs a model disables, leaving their threats stale', () => {
      const first = generate(ruleWorld()).model;
      const { model } = generate({ ...first, rulePacks: { disabled: ['api'], custom: [] } });
      const apiThreats = model.threats.filter((t) => t.ruleId?.startsWith('api.'));
      expect(apiThreats.length).toBeGreaterThan(0);
      expect(apiThreats.every((t) => t.stale)).toBe(true);
      expect(
        model.threats.filter((t) => t.ruleId?.startsWith('stride.')).every((t) => !t.stale),
      ).toBe(true);
    });

    it('runs the custom packs a model carries and the extra packs given for one run', () => {
      const pack = {
        id: 'team',
        name: 'Team rules',
        rules: [
          {
            id: 'team.no-waf',
            category: 'T',
            appliesTo: ['process'],
            condition: { prop: 'technology', eq: 'service' },
            title: '{element} has no WAF in front of it',
            likelihood: 2,
            impact: 3,
            references: ['CWE-1008'],
          },
        ],
      };
      const carried = generate({
        ...ruleWorld(),
        rulePacks: { disabled: [], custom: [pack] },
      }).model;
      expect(threat(carried, 'team.no-waf').title).toBe('Orders API has no WAF in front of it');
      const extra = generate(ruleWorld(), [pack]).model;
      expect(threat(extra, 'team.no-waf').category).toBe('T');
    });

    it('refuses to generate when a custom pack does not validate', () => {
      const broken = {
        id: 'team',
        name: 'Team',
        rules: [
          {
            id: 'team.x',
            category: 'Q',
            appliesTo: ['process'],
            title: 't',
            likelihood: 2,
            impact: 2,
          },
        ],
      };
      const result = generateThreats({
        ...ruleWorld(),
        rulePacks: { disabled: [], custom: [broken] },
      });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors[0]!.message).toMatch(
          /Rule pack "team": rule "team.x" \(rules\[0\]\), category/,
        );
    });
  });

  describe('describeSummary()', () => {
    it('says what changed in a few words', () => {
      expect(describeSummary({ added: 12, stale: 3, revived: 0, updated: 0, unchanged: 40 })).toBe(
        '12 new, 3 stale, 40 unchanged',
      );
    });
  });
});
