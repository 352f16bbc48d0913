import { describe, expect, it } from 'vitest';

import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import type { ThreatModel } from '../../../shared/model/types';
import { exampleModel } from '../../support/exampleModel';
import { syntheticModel } from '../../support/syntheticModel';

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

describe('writeModel', () => {
  describe('writeModel()', () => {
    it('writes the same bytes on two saves of the same model', () => {
      const model = exampleModel();
      expect(writeModel(model)).toBe(writeModel(model));
    });

    it('writes the same bytes whatever the key order and element order of the input', () => {
      const model = exampleModel();
      const shuffled = reverseKeys(model) as ThreatModel;
      shuffled.diagrams[0]!.elements.reverse();
      shuffled.threats.reverse();
      expect(writeModel(shuffled)).toBe(writeModel(model));
    });

    it('round-trips through readModel without change', () => {
      const text = writeModel(syntheticModel(300));
      const read = readModel(text);
      expect(read.ok).toBe(true);
      if (read.ok) expect(writeModel(read.value)).toBe(text);
    });

    it('uses two-space indentation and ends with a newline', () => {
      const text = writeModel(exampleModel());
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.split('\n')[1]).toMatch(/^ {2}"formatVersion": 1,$/);
    });

    it('keeps layout apart, so moving a box changes only layout lines', () => {
      const before = exampleModel();
      const after = exampleModel();
      after.layout.nodes.proc_gateway = { x: 999, y: 100, width: 150, height: 80 };
      const changed = diffLines(writeModel(before), writeModel(after));
      expect(changed).toEqual(['        "x": 999,']);
    });

    it('turns one renamed element into a one-line diff', () => {
      const before = exampleModel();
      const after = exampleModel();
      const gateway = after.diagrams[0]!.elements.find((element) => element.id === 'proc_gateway')!;
      gateway.name = 'Edge gateway';
      expect(diffLines(writeModel(before), writeModel(after))).toEqual([
        '          "name": "Edge gateway",',
      ]);
    });
  });
});

/** Lines of `after` that differ from the same line of `before` (the texts have equal length). */
function diffLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.filter((line, i) => line !== a[i]);
}
