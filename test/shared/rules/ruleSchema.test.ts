import { describe, expect, it } from 'vitest';

import { parseRulePack } from '../../../shared/rules/ruleSchema';

function pack(rule: Record<string, unknown>) {
  return {
    id: 'team',
    name: 'Team rules',
    rules: [
      {
        id: 'team.rule',
        category: 'I',
        appliesTo: ['process'],
        title: '{element} leaks',
        likelihood: 3,
        impact: 3,
        ...rule,
      },
    ],
  };
}

function messages(value: unknown): string[] {
  const result = parseRulePack(value);
  return result.ok ? [] : result.errors.map((e) => e.message);
}

describe('rules/ruleSchema', () => {
  describe('parseRulePack()', () => {
    it('accepts a valid pack and fills in defaults', () => {
      const result = parseRulePack(pack({ condition: { prop: 'exposure', eq: 'internet' } }));
      expect(result.ok).toBe(true);
      if (result.ok)
        expect(result.value.rules[0]).toMatchObject({
          perOperation: false,
          adjust: [],
          references: [],
        });
    });

    it('names the rule and field of an unknown property', () => {
      expect(messages(pack({ condition: { all: [{ prop: 'exposur', eq: 'internet' }] } }))).toEqual(
        [
          expect.stringMatching(
            /^Rule pack "team": rule "team.rule" \(rules\[0\]\), condition.all\[0\].prop: unknown property "exposur"/,
          ),
        ],
      );
    });

    it('refuses unknown facts, operators, crossing tests and keys', () => {
      expect(messages(pack({ condition: { fact: 'isEvil' } }))[0]).toMatch(
        /condition.fact: unknown fact "isEvil"/,
      );
      expect(messages(pack({ condition: { prop: 'exposure', like: 'x' } }))[0]).toMatch(
        /unknown operator "like"/,
      );
      expect(messages(pack({ condition: { prop: 'exposure', eq: 'a', ne: 'b' } }))[0]).toMatch(
        /exactly one operator/,
      );
      expect(
        messages(pack({ appliesTo: ['dataFlow'], condition: { crosses: 'sideways' } }))[0],
      ).toMatch(/crosses: must be one of/);
      expect(messages(pack({ condition: { when: true } }))[0]).toMatch(/is not a condition/);
      expect(messages(pack({ colour: 'red' }))[0]).toMatch(
        /rule "team.rule" \(rules\[0\]\).*colour/,
      );
    });

    it('refuses subjects the rule cannot have', () => {
      expect(
        messages(pack({ condition: { prop: 'method', of: 'operation', eq: 'get' } }))[0],
      ).toMatch(/per-operation rule/);
      expect(messages(pack({ condition: { prop: 'protocol', of: 'source', eq: 'x' } }))[0]).toMatch(
        /needs a data flow/,
      );
      expect(messages(pack({ condition: { crosses: 'any' } }))[0]).toMatch(/applies to data flows/);
      expect(messages(pack({ perOperation: true, appliesTo: ['dataStore'] }))[0]).toMatch(
        /process only/,
      );
    });

    it('refuses badly written references and templates', () => {
      expect(messages(pack({ references: ['CWE319'] }))[0]).toMatch(
        /references\[0\]: must look like CWE-319/,
      );
      expect(messages(pack({ title: '{element.colour} leaks' }))[0]).toMatch(
        /title: unknown property in \{element.colour\}/,
      );
      expect(messages(pack({ title: '{target} leaks' }))[0]).toMatch(
        /title: unknown placeholder \{target\}/,
      );
    });

    it('accepts the reference styles reports link', () => {
      const refs = [
        'CWE-319',
        'CAPEC-94',
        'API1:2023',
        'API10:2023',
        'ASVS V9.1.1',
        'OAT-008',
        'https://owasp.org/x',
      ];
      expect(messages(pack({ references: refs }))).toEqual([]);
    });

    it('refuses duplicate rule ids and out-of-range ratings', () => {
      const twice = pack({});
      twice.rules.push({ ...twice.rules[0]! });
      expect(messages(twice)[0]).toMatch(/used twice/);
      expect(messages(pack({ likelihood: 6 }))[0]).toMatch(/likelihood/);
    });

    it('refuses conditions nested absurdly deep', () => {
      let condition: Record<string, unknown> = { prop: 'exposure', eq: 'internet' };
      for (let i = 0; i < 40; i++) condition = { not: condition };
      expect(messages(pack({ condition }))[0]).toMatch(/nested more than/);
    });
  });
});
