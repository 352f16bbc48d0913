/**
 * The README's git set-up, run for real: a temporary repository, the `.gitattributes` line and the
 * `git config` lines copied from the README (with `npx gatehouse` pointed at this checkout's
 * built command), two branches editing one model file, and `git merge`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readModel } from '../../shared/format/readModel';
import { writeModel } from '../../shared/format/writeModel';
import type { ThreatModel } from '../../shared/model/types';
import { edited, elementOf, smallModel } from '../support/modelEdits';

const root = path.resolve(__dirname, '../..');
const cli = `node ${JSON.stringify(path.join(root, 'cli/bin.cjs'))}`;

/** The lines of the README's git section that a reader would copy. */
function readmeSetup(): { attributes: string; configLines: string[] } {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Using Gatehouse with git'));
  const attributes = /^\*\.gatehouse merge=gatehouse$/m.exec(section)?.[0];
  const configLines = section
    .split('\n')
    .filter((line) => line.startsWith('git config merge.gatehouse.'));
  if (!attributes || configLines.length < 2) throw new Error('README git section not found');
  return { attributes, configLines };
}

/** Splits `git config key "value"` into arguments, as a shell would. */
function configArgs(line: string): string[] {
  const match = /^git config (\S+) "(.*)"$/.exec(line);
  if (!match) throw new Error(`unexpected README line: ${line}`);
  return ['config', match[1]!, match[2]!.replace('npx gatehouse', cli)];
}

let repo = '';
function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
function commitModel(model: ThreatModel, message: string): void {
  writeFileSync(path.join(repo, 'payments.gatehouse'), writeModel(model));
  git('add', '-A');
  git('commit', '-q', '-m', message);
}
function mergedModel(): ThreatModel {
  const result = readModel(readFileSync(path.join(repo, 'payments.gatehouse'), 'utf8'));
  if (!result.ok) throw new Error(result.errors[0]?.message);
  return result.value;
}

describe('gatehouse merge as a git merge driver', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'build/bundle.mjs'), 'cli']);
    repo = mkdtempSync(path.join(os.tmpdir(), 'gatehouse-git-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'Test');
    git('config', 'commit.gpgsign', 'false');
    const { attributes, configLines } = readmeSetup();
    writeFileSync(path.join(repo, '.gitattributes'), `${attributes}\n`);
    for (const line of configLines) git(...configArgs(line));
    commitModel(smallModel(), 'base');
  });

  afterAll(() => {
    if (!repo) return;
    rmSync(repo, { recursive: true, force: true });
    for (const name of ['base', 'ours', 'theirs']) rmSync(`${repo}-${name}`, { force: true });
  });

  it('merges edits of different fields on two branches cleanly where a line merge conflicts', () => {
    const ours = edited(smallModel(), (m) => {
      elementOf(m, 'proc_gateway').name = 'Edge gateway';
    });
    const theirs = edited(smallModel(), (m) => {
      elementOf(m, 'proc_gateway').description = 'Terminates TLS for every client.';
      const flow = elementOf(m, 'flow_db');
      if (flow.kind === 'dataFlow') flow.properties.protocol = 'PostgreSQL';
    });
    git('checkout', '-q', '-b', 'ours-clean', 'main');
    commitModel(ours, 'rename the gateway');
    git('checkout', '-q', '-b', 'theirs-clean', 'main');
    commitModel(theirs, 'describe the gateway');
    git('checkout', '-q', 'ours-clean');

    // The control: git's own line merge cannot do this one (name and description are adjacent).
    for (const [name, model] of [
      ['base', smallModel()],
      ['ours', ours],
      ['theirs', theirs],
    ] as const)
      writeFileSync(path.join(repo, `../${path.basename(repo)}-${name}`), writeModel(model));
    const lineMerge = spawnSync(
      'git',
      [
        'merge-file',
        '-p',
        `../${path.basename(repo)}-ours`,
        `../${path.basename(repo)}-base`,
        `../${path.basename(repo)}-theirs`,
      ],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(lineMerge.status).toBeGreaterThan(0);

    const run = spawnSync('git', ['merge', '--no-edit', 'theirs-clean'], {
      cwd: repo,
      encoding: 'utf8',
    });

    expect(run.status).toBe(0);
    const model = mergedModel();
    expect(elementOf(model, 'proc_gateway').name).toBe('Edge gateway');
    expect(elementOf(model, 'proc_gateway').description).toBe('Terminates TLS for every client.');
    const flow = elementOf(model, 'flow_db');
    expect(flow.kind === 'dataFlow' && flow.properties.protocol).toBe('PostgreSQL');
    expect(model.conflicts).toEqual([]);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('stops with the conflict recorded in the model when both branches change one field', () => {
    git('checkout', '-q', '-b', 'ours-conflict', 'main');
    commitModel(
      edited(smallModel(), (m) => {
        elementOf(m, 'store_orders').name = 'Orders (Postgres)';
      }),
      'ours',
    );
    git('checkout', '-q', '-b', 'theirs-conflict', 'main');
    commitModel(
      edited(smallModel(), (m) => {
        elementOf(m, 'store_orders').name = 'Orders (MySQL)';
      }),
      'theirs',
    );
    git('checkout', '-q', 'ours-conflict');

    const run = spawnSync('git', ['merge', '--no-edit', 'theirs-conflict'], {
      cwd: repo,
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toContain('CONFLICT');
    expect(git('status', '--porcelain')).toContain('UU payments.gatehouse');
    const text = readFileSync(path.join(repo, 'payments.gatehouse'), 'utf8');
    expect(text).not.toContain('<<<<<<<');
    const model = mergedModel();
    expect(elementOf(model, 'store_orders').name).toBe('Orders (Postgres)');
    expect(model.conflicts).toEqual([
      expect.objectContaining({
        elementId: 'store_orders',
        path: 'elements[store_orders].name',
        base: 'Orders DB',
        ours: 'Orders (Postgres)',
        theirs: 'Orders (MySQL)',
      }),
    ]);
    git('merge', '--abort');
  });
});
