import { describe, expect, it } from 'vitest';

import { checkCommand } from '../../../cli/commands/check';
import { createGenerateCommand } from '../../../cli/commands/generate';
import { runCli } from '../../../cli/main';
import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import { memoryIo } from '../../support/memoryIo';
import { ruleWorld } from '../../support/ruleWorld';

const generate = createGenerateCommand({ now: () => new Date('2026-04-01T12:00:00Z') });
const MODEL = writeModel(ruleWorld({ flowIn: { protocol: 'HTTP', dataTags: ['credentials'] } }));

async function generated(): Promise<string> {
  const io = memoryIo({ 'm.gatehouse': MODEL });
  await generate.run(['m.gatehouse', '-o', 'out.gatehouse'], io);
  return io.files.get('out.gatehouse')!;
}

describe('cli/commands/generate', () => {
  describe('run()', () => {
    it('writes the canonical model to stdout and a summary line to stderr', async () => {
      const io = memoryIo({ 'm.gatehouse': MODEL });
      expect(await generate.run(['m.gatehouse'], io)).toBe(0);
      const read = readModel(io.out);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value.threats.length).toBeGreaterThan(20);
      expect(read.value.updatedAt).toBe('2026-04-01T12:00:00.000Z');
      expect(writeModel(read.value)).toBe(io.out);
      expect(io.err).toMatch(/^m\.gatehouse: \d+ new, 0 stale, 0 unchanged \(\d+ threats\)\n$/);
    });

    it('writes to -o and changes nothing on a second run, byte for byte', async () => {
      const first = await generated();
      const io = memoryIo({ 'a.gatehouse': first });
      expect(await generate.run(['a.gatehouse', '-o', 'b.gatehouse'], io)).toBe(0);
      expect(io.files.get('b.gatehouse')).toBe(first);
      expect(io.err).toMatch(/0 new, 0 stale, \d+ unchanged .*written to b\.gatehouse/);
      expect(io.out).toBe('');
    });

    it('adds the threats of packs given with --rules', async () => {
      const pack = {
        id: 'team',
        name: 'Team rules',
        rules: [
          {
            id: 'team.waf',
            category: 'T',
            appliesTo: ['process'],
            title: '{element} lacks a WAF',
            likelihood: 2,
            impact: 3,
          },
        ],
      };
      const io = memoryIo({ 'm.gatehouse': MODEL, 'team.json': JSON.stringify(pack) });
      expect(await generate.run(['m.gatehouse', '--rules', 'team.json'], io)).toBe(0);
      expect(io.out).toContain('Orders API lacks a WAF');
    });

    it('refuses a broken pack with one line naming the rule and field', async () => {
      const pack = {
        id: 'team',
        name: 'T',
        rules: [
          {
            id: 'team.x',
            category: 'S',
            appliesTo: ['process'],
            title: 't',
            likelihood: 9,
            impact: 1,
          },
        ],
      };
      const io = memoryIo({ 'm.gatehouse': MODEL, 'team.json': JSON.stringify(pack) });
      expect(await generate.run(['m.gatehouse', '--rules', 'team.json'], io)).toBe(2);
      expect(io.err).toMatch(
        /^gatehouse: Rule pack "team": rule "team.x" \(rules\[0\]\), likelihood: .*\n$/,
      );
      expect(io.err.split('\n')).toHaveLength(2);
      expect(io.out).toBe('');
    });

    it('refuses bad usage, missing files and invalid JSON with exit code 2', async () => {
      const io = memoryIo({ 'm.gatehouse': MODEL, 'bad.json': '{ nope' });
      expect(await generate.run([], io)).toBe(2);
      expect(await generate.run(['m.gatehouse', '--frobnicate'], io)).toBe(2);
      expect(await generate.run(['missing.gatehouse'], io)).toBe(2);
      expect(await generate.run(['m.gatehouse', '--rules', 'bad.json'], io)).toBe(2);
      expect(io.err).toMatch(/missing\.gatehouse: no such file/);
      expect(io.err).toMatch(/bad\.json: /);
    });
  });
});

describe('cli/commands/check', () => {
  describe('run()', () => {
    it('exits 1 and lists the open threats at or above the level', async () => {
      const io = memoryIo({ 'g.gatehouse': await generated() });
      expect(await checkCommand.run(['g.gatehouse', '--fail-on', 'critical'], io)).toBe(1);
      const lines = io.out.trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines)
        expect(line).toMatch(/^T-\d{4} {2}Critical \d+ \(L\d x I\d\) {2}.+ {2}\[.+\]$/);
      expect(io.err).toMatch(/open threats? (is|are) at or above critical risk/);
    });

    it('exits 0 when nothing open reaches the level', async () => {
      const text = await generated();
      const read = readModel(text);
      if (!read.ok) throw new Error('bad model');
      const decided = {
        ...read.value,
        threats: read.value.threats.map((t) => ({
          ...t,
          status: 'accepted' as const,
          justification: 'Risk owner signed off',
        })),
      };
      const io = memoryIo({ 'g.gatehouse': writeModel(decided) });
      expect(await checkCommand.run(['g.gatehouse', '--fail-on', 'low'], io)).toBe(0);
      expect(io.out).toBe('');
      expect(io.err).toMatch(/no open threat at or above low risk/);
    });

    it('uses high as the default level and fails on more with a lower level', async () => {
      const text = await generated();
      const high = memoryIo({ 'g.gatehouse': text });
      const low = memoryIo({ 'g.gatehouse': text });
      await checkCommand.run(['g.gatehouse'], high);
      await checkCommand.run(['g.gatehouse', '--fail-on', 'low'], low);
      expect(high.err).toMatch(/at or above high risk/);
      expect(low.out.split('\n').length).toBeGreaterThan(high.out.split('\n').length);
    });

    it('says so when the model has no threats yet', async () => {
      const io = memoryIo({ 'm.gatehouse': MODEL });
      expect(await checkCommand.run(['m.gatehouse'], io)).toBe(0);
      expect(io.err).toMatch(/run `gatehouse generate` first/);
    });

    it('refuses an unknown level', async () => {
      const io = memoryIo({ 'm.gatehouse': MODEL });
      expect(await checkCommand.run(['m.gatehouse', '--fail-on', 'severe'], io)).toBe(2);
      expect(io.err).toMatch(/--fail-on takes one of low, medium, high, critical/);
    });
  });
});

describe('cli/main', () => {
  it('lists generate and check in the help', async () => {
    const io = memoryIo();
    await runCli(['help'], io);
    expect(io.out).toMatch(/gatehouse generate MODEL/);
    expect(io.out).toMatch(/gatehouse check MODEL/);
  });
});
