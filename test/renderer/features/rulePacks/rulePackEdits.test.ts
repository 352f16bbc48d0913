import { describe, expect, it } from 'vitest';

import {
  addCustomPack,
  readRulePackText,
  removeCustomPack,
  setPackEnabled,
} from '../../../../renderer/features/rulePacks/rulePackEdits';
import { builtInRulePacks } from '../../../../shared/rules/engine';
import { exampleModel } from '../../../support/exampleModel';

const goodPack = {
  id: 'team',
  name: 'Team rules',
  rules: [
    {
      id: 'team.no-audit',
      category: 'R',
      appliesTo: ['process'],
      condition: { prop: 'writesAuditLog', eq: false },
      title: 'No audit log on {{element.name}}',
      description: 'Actions cannot be traced.',
      likelihood: 3,
      impact: 3,
    },
  ],
};

describe('rulePackEdits', () => {
  describe('setPackEnabled()', () => {
    it('turns a built-in pack off and on again', () => {
      const id = builtInRulePacks()[0]!.id;
      const off = setPackEnabled(exampleModel(), id, false);
      expect(off.rulePacks.disabled).toEqual([id]);
      expect(setPackEnabled(off, id, true).rulePacks.disabled).toEqual([]);
      expect(setPackEnabled(off, id, false)).toBe(off);
    });
  });

  describe('readRulePackText()', () => {
    it('refuses text that is not JSON, naming the file and the place', () => {
      const result = readRulePackText('{ "id": ', 'team.json');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/^team\.json: /);
    });

    it('explains what is wrong with a pack in words', () => {
      const result = readRulePackText(
        JSON.stringify({ id: 'Bad Id', name: 'x', rules: [] }),
        'x.json',
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors[0]?.message).toMatch(/lower-case/);
    });

    it('refuses a pack that takes the id of a built-in pack', () => {
      const id = builtInRulePacks()[0]!.id;
      const result = readRulePackText(JSON.stringify({ ...goodPack, id, rules: [] }), 'x.json');
      expect(result.ok).toBe(false);
    });
  });

  describe('addCustomPack()', () => {
    it('stores a valid pack once, replacing an older version with the same id', () => {
      const read = readRulePackText(JSON.stringify(goodPack), 'team.json');
      if (!read.ok) throw new Error(read.errors[0]?.message);
      const once = addCustomPack(exampleModel(), read.value);
      const twice = addCustomPack(once, { ...read.value, name: 'Team rules v2' });
      expect(twice.rulePacks.custom.map((pack) => pack.name)).toEqual(['Team rules v2']);
      expect(removeCustomPack(twice, 'team').rulePacks.custom).toEqual([]);
    });
  });
});
