import { describe, expect, it } from 'vitest';

import {
  dueDateProblem,
  ticketProblem,
} from '../../../../renderer/features/mitigations/mitigationFields';

describe('mitigationFields', () => {
  describe('ticketProblem()', () => {
    it('accepts an empty ticket or an http(s) address', () => {
      expect(ticketProblem('')).toBeNull();
      expect(ticketProblem('https://jira.example/SEC-1')).toBeNull();
    });

    it('refuses other schemes with a message that says what to enter', () => {
      expect(ticketProblem('javascript:alert(1)')).toMatch(/http:\/\/ or https:\/\//);
    });
  });

  describe('dueDateProblem()', () => {
    it('refuses a date that does not exist', () => {
      expect(dueDateProblem('2026-02-30')).toMatch(/YYYY-MM-DD/);
      expect(dueDateProblem('2026-02-28')).toBeNull();
    });
  });
});
