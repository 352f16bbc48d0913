import { describe, expect, it } from 'vitest';

import { runCli } from '../../../cli/main';
import { readModel } from '../../../shared/format/readModel';
import { fixtureText } from '../../support/fixtures';
import { memoryIo } from '../../support/memoryIo';

describe('gatehouse import', () => {
  it('imports a file of a detected format and writes a valid model', async () => {
    const io = memoryIo({ 'demo.json': fixtureText('threat-dragon/v2/demo-threat-model.v2.json') });
    expect(await runCli(['import', 'demo.json', '-o', 'demo.gatehouse'], io)).toBe(0);
    const written = readModel(io.files.get('demo.gatehouse') ?? '');
    expect(written.ok && written.value.threats).toHaveLength(14);
    expect(io.err).toContain('imported Threat Dragon v2');
  });

  it('honours --from and says when the file is not of that format', async () => {
    const io = memoryIo({ 'spec.yaml': fixtureText('openapi/vampi.openapi.yaml') });
    expect(await runCli(['import', 'spec.yaml', '--from', 'otm', '-o', 'x.gatehouse'], io)).toBe(2);
    expect(io.err).toMatch(/not an Open Threat Model/);
    expect(await runCli(['import', 'spec.yaml', '--from=openapi', '-o', 'x.gatehouse'], io)).toBe(
      0,
    );
  });

  it('refuses an oversized file before reading it', async () => {
    const io = memoryIo();
    io.fileSize = async () => 60 * 1024 * 1024;
    io.readText = async () => {
      throw new Error('should not be read');
    };
    expect(await runCli(['import', 'huge.tm7', '-o', 'x.gatehouse'], io)).toBe(2);
    expect(io.err).toMatch(/60\.0 MB, over the/);
  });

  it('prints usage without an output file, and names unknown formats', async () => {
    const io = memoryIo({ 'a.json': '{"x": 1}' });
    expect(await runCli(['import', 'a.json'], io)).toBe(2);
    expect(io.err).toContain('usage: gatehouse import');
    expect(await runCli(['import', 'a.json', '-o', 'b.gatehouse'], io)).toBe(2);
    expect(io.err).toContain('not a format Gatehouse recognises');
  });
});

describe('gatehouse export', () => {
  async function imported(file: string): Promise<ReturnType<typeof memoryIo>> {
    const io = memoryIo({ source: fixtureText(file) });
    expect(await runCli(['import', 'source', '-o', 'model.gatehouse'], io)).toBe(0);
    return io;
  }

  it('writes Threat Dragon JSON to stdout', async () => {
    const io = await imported('otm/startleft-manual-threat-model.otm.yaml');
    expect(await runCli(['export', 'model.gatehouse', '--to', 'threat-dragon'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ version: '2.3.0' });
  });

  it('writes OTM to a file and lists what it left out', async () => {
    const io = await imported('threat-dragon/v2/demo-threat-model.v2.json');
    expect(
      await runCli(['export', 'model.gatehouse', '--to', 'otm', '-o', 'out.otm.json'], io),
    ).toBe(0);
    expect(JSON.parse(io.files.get('out.otm.json') ?? '{}')).toMatchObject({ otmVersion: '0.2.0' });
    expect(io.err).toContain('warning:');
  });

  it('refuses an unknown target', async () => {
    const io = await imported('otm/startleft-manual-threat-model.otm.yaml');
    expect(await runCli(['export', 'model.gatehouse', '--to', 'pdf'], io)).toBe(2);
  });
});
