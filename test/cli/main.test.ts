import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../../cli/main';
import { writeModel } from '../../shared/format/writeModel';
import { exampleModel } from '../support/exampleModel';
import { memoryIo } from '../support/memoryIo';

const root = path.resolve(__dirname, '../..');

describe('gatehouse CLI', () => {
  describe('runCli()', () => {
    it('prints help and exits 2 when called without a command', async () => {
      const io = memoryIo();
      expect(await runCli([], io)).toBe(2);
      expect(io.out).toContain('gatehouse validate FILE');
    });

    it('names an unknown command in one line', async () => {
      const io = memoryIo();
      expect(await runCli(['frobnicate'], io)).toBe(2);
      expect(io.err).toBe(
        'gatehouse: unknown command "frobnicate"; run `gatehouse help` for the list.\n',
      );
    });
  });

  describe('validate', () => {
    it('exits 0 for a clean model', async () => {
      const model = exampleModel();
      model.diagrams[0]!.elements = model.diagrams[0]!.elements.filter(
        (e) => e.kind !== 'dataFlow',
      );
      const io = memoryIo({ 'm.gatehouse': writeModel(model) });
      expect(await runCli(['validate', 'm.gatehouse'], io)).toBe(0);
      expect(io.err).toContain('valid, no findings');
    });

    it('exits 1 and lists lint findings with their place in the file', async () => {
      const model = exampleModel();
      model.diagrams[0]!.elements.push({
        ...model.diagrams[0]!.elements[4]!,
        id: 'flow_dangling',
        targetId: 'nowhere',
      } as never);
      const io = memoryIo({ 'm.gatehouse': writeModel(model) });
      expect(await runCli(['validate', 'm.gatehouse'], io)).toBe(1);
      expect(io.out).toMatch(
        /m\.gatehouse: error \$\.diagrams\[0\]\.elements\[\d\]: Data flow "Create payment" is not connected at both ends/,
      );
    });

    it('exits 2 with one line naming the file for a missing file', async () => {
      const io = memoryIo();
      expect(await runCli(['validate', 'nope.gatehouse'], io)).toBe(2);
      expect(io.err).toBe('gatehouse: nope.gatehouse: no such file; check the path.\n');
    });

    it('exits 2 naming the place of a schema error', async () => {
      const broken = JSON.parse(writeModel(exampleModel()));
      broken.diagrams[0].elements[0].kind = 'router';
      const io = memoryIo({ 'm.gatehouse': JSON.stringify(broken) });
      expect(await runCli(['validate', 'm.gatehouse'], io)).toBe(2);
      expect(io.err).toContain('$.diagrams[0].elements[0]');
    });

    it('exits 2 on bad usage', async () => {
      expect(await runCli(['validate'], memoryIo())).toBe(2);
      expect(await runCli(['validate', 'a', 'b'], memoryIo())).toBe(2);
    });
  });

  describe('the built command', () => {
    beforeAll(() => {
      execFileSync(process.execPath, [path.join(root, 'build/bundle.mjs'), 'cli']);
    });

    it('prints the package version', () => {
      const out = execFileSync(process.execPath, [path.join(root, 'cli/bin.cjs'), '--version'], {
        encoding: 'utf8',
      });
      expect(out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });

    it('never shows a stack trace for a file that is not JSON', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-cli-'));
      const file = path.join(dir, 'broken.gatehouse');
      writeFileSync(file, '{"formatVersion": 1,');
      const run = spawnSync(process.execPath, [path.join(root, 'cli/bin.cjs'), 'validate', file], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('not valid JSON');
      expect(run.stderr).not.toMatch(/at .*\.(c?js|ts):\d+/);
    });
  });
});
