import { describe, expect, it } from 'vitest';

import { runCli } from '../../../cli/main';
import { readModel } from '../../../shared/format/readModel';
import { writeModel } from '../../../shared/format/writeModel';
import type { ThreatModel } from '../../../shared/model/types';
import { memoryIo } from '../../support/memoryIo';
import { edited, elementOf, smallModel } from '../../support/modelEdits';

function renamed(model: ThreatModel, id: string, name: string): ThreatModel {
  return edited(model, (m) => {
    elementOf(m, id).name = name;
  });
}

describe('gatehouse diff', () => {
  const base = smallModel();
  const files = {
    'old.gatehouse': writeModel(base),
    'new.gatehouse': writeModel(renamed(base, 'proc_gateway', 'Edge gateway')),
  };

  it('prints a text diff and exits 0', async () => {
    const io = memoryIo(files);
    expect(await runCli(['diff', 'old.gatehouse', 'new.gatehouse'], io)).toBe(0);
    expect(io.out).toContain('~ Process "Edge gateway"');
    expect(io.out).toContain('renamed from "Gateway" to "Edge gateway"');
    expect(io.err).toContain('Changed: 1 element');
  });

  it('prints Markdown and JSON on request', async () => {
    const md = memoryIo(files);
    expect(await runCli(['diff', 'old.gatehouse', 'new.gatehouse', '--format', 'md'], md)).toBe(0);
    expect(md.out).toContain('## Threat model changes');
    const json = memoryIo(files);
    expect(await runCli(['diff', 'old.gatehouse', 'new.gatehouse', '--format=json'], json)).toBe(0);
    expect(JSON.parse(json.out)).toMatchObject({ diffVersion: 1, includesLayout: false });
  });

  it('compares layout only with --layout', async () => {
    const moved = edited(base, (m) => {
      m.layout.nodes['proc_gateway'] = { x: 999, y: 0, width: 150, height: 80 };
    });
    const io = memoryIo({ 'a.gatehouse': writeModel(base), 'b.gatehouse': writeModel(moved) });
    await runCli(['diff', 'a.gatehouse', 'b.gatehouse'], io);
    expect(io.out).toBe('No changes.\n');
    const withLayout = memoryIo({
      'a.gatehouse': writeModel(base),
      'b.gatehouse': writeModel(moved),
    });
    await runCli(['diff', 'a.gatehouse', 'b.gatehouse', '--layout'], withLayout);
    expect(withLayout.out).toContain('1 boxes moved');
  });

  it('exits 2 with one line for a missing file, a bad format or a wrong argument count', async () => {
    const missing = memoryIo(files);
    expect(await runCli(['diff', 'old.gatehouse', 'nope.gatehouse'], missing)).toBe(2);
    expect(missing.err).toBe('gatehouse: nope.gatehouse: no such file; check the path.\n');
    const format = memoryIo(files);
    expect(
      await runCli(['diff', 'old.gatehouse', 'new.gatehouse', '--format', 'pdf'], format),
    ).toBe(2);
    expect(format.err).toContain('unknown diff format "pdf"');
    const count = memoryIo(files);
    expect(await runCli(['diff', 'old.gatehouse'], count)).toBe(2);
  });

  it('exits 2 when a file is not a model', async () => {
    const io = memoryIo({ ...files, 'bad.gatehouse': '{"formatVersion": 1' });
    expect(await runCli(['diff', 'old.gatehouse', 'bad.gatehouse'], io)).toBe(2);
    expect(io.err).toMatch(/^gatehouse: bad\.gatehouse: .+\n$/);
  });
});

describe('gatehouse merge', () => {
  const base = smallModel();

  it('writes a clean merge and exits 0', async () => {
    const io = memoryIo({
      base: writeModel(base),
      ours: writeModel(renamed(base, 'proc_gateway', 'Edge')),
      theirs: writeModel(renamed(base, 'store_orders', 'Orders')),
    });
    expect(await runCli(['merge', 'base', 'ours', 'theirs', '-o', 'out'], io)).toBe(0);
    const merged = readModel(io.files.get('out')!);
    expect(merged.ok).toBe(true);
    if (!merged.ok) return;
    expect(elementOf(merged.value, 'proc_gateway').name).toBe('Edge');
    expect(elementOf(merged.value, 'store_orders').name).toBe('Orders');
    expect(io.err).toBe('out: merged cleanly.\n');
  });

  it('records conflicts in the output and exits 1', async () => {
    const io = memoryIo({
      base: writeModel(base),
      ours: writeModel(renamed(base, 'proc_gateway', 'Edge')),
      theirs: writeModel(renamed(base, 'proc_gateway', 'Front door')),
    });
    expect(await runCli(['merge', 'base', 'ours', 'theirs', '-o', 'ours'], io)).toBe(1);
    const merged = readModel(io.files.get('ours')!);
    expect(merged.ok && merged.value.conflicts).toEqual([
      expect.objectContaining({
        path: 'elements[proc_gateway].name',
        ours: 'Edge',
        theirs: 'Front door',
      }),
    ]);
    expect(io.err).toContain('1 conflict recorded in the model');
  });

  it('merges two additions of the same file when the base is empty', async () => {
    const io = memoryIo({
      base: '',
      ours: writeModel(base),
      theirs: writeModel(renamed(base, 'store_orders', 'Orders')),
    });
    expect(await runCli(['merge', 'base', 'ours', 'theirs', '-o', 'out'], io)).toBe(1);
    const merged = readModel(io.files.get('out')!);
    expect(merged.ok && merged.value.conflicts.map((c) => c.path)).toEqual([
      'elements[store_orders].name',
    ]);
  });

  it('exits 2 and writes nothing when an input is not a model', async () => {
    const io = memoryIo({ base: writeModel(base), ours: 'not json', theirs: writeModel(base) });
    expect(await runCli(['merge', 'base', 'ours', 'theirs', '-o', 'out'], io)).toBe(2);
    expect(io.files.has('out')).toBe(false);
    expect(io.err).toMatch(/^gatehouse: ours: /);
  });

  it('exits 2 without -o', async () => {
    const io = memoryIo();
    expect(await runCli(['merge', 'a', 'b', 'c'], io)).toBe(2);
    expect(io.err).toBe('gatehouse: usage: gatehouse merge BASE OURS THEIRS -o OUT\n');
  });
});
