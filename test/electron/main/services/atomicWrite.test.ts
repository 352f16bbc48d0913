import { fork } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  BACKUP_SUFFIX,
  isStrayTemporary,
  temporaryPathFor,
  writeFileAtomic,
} from '../../../../electron/main/services/atomicWrite';
import { cleanStrayTemporaries } from '../../../../electron/main/services/strayTemporaries';

// The child runs the real save function, bundled once, so it starts as fast as the app would.
const bundleFolder = mkdtempSync(path.join(tmpdir(), 'gh-save-loop-'));
const SAVE_LOOP = path.join(bundleFolder, 'saveLoop.mjs');
beforeAll(() => {
  buildSync({
    entryPoints: [path.resolve(__dirname, '../../support/saveLoop.ts')],
    outfile: SAVE_LOOP,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'error',
  });
});
afterAll(() => rmSync(bundleFolder, { recursive: true, force: true }));

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'gh-atomic-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function parses(file: string): boolean {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/** Starts the save loop, waits until it has saved once, then kills it after `delayMs`. */
function killDuringSave(target: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(SAVE_LOOP, [target], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
    child.once('message', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`the save loop stopped: ${stderr}`)),
    );
  });
}

describe('atomicWrite', () => {
  describe('writeFileAtomic()', () => {
    it('writes the file and keeps the previous version as a backup', async () => {
      const target = path.join(folder, 'model.gatehouse');
      await writeFileAtomic(target, 'one');
      await writeFileAtomic(target, 'two');

      expect(readFileSync(target, 'utf8')).toBe('two');
      expect(readFileSync(target + BACKUP_SUFFIX, 'utf8')).toBe('one');
      expect(readdirSync(folder).filter(isStrayTemporary)).toEqual([]);
    });

    it('ends with the last version when 50 saves are started at once', async () => {
      const target = path.join(folder, 'model.gatehouse');
      const saves = Array.from({ length: 50 }, (_, index) =>
        writeFileAtomic(
          target,
          JSON.stringify({ version: index, padding: 'p'.repeat(20_000 + index) }),
        ),
      );
      await Promise.all(saves);

      expect(JSON.parse(readFileSync(target, 'utf8')).version).toBe(49);
      expect(JSON.parse(readFileSync(target + BACKUP_SUFFIX, 'utf8')).version).toBe(48);
      expect(readdirSync(folder).sort()).toEqual(['model.gatehouse', 'model.gatehouse.bak']);
    });

    it('leaves the old file untouched and no temporary when the write fails', async () => {
      const target = path.join(folder, 'model.gatehouse');
      writeFileSync(target, 'old');
      const missing = path.join(folder, 'no-such-folder', 'model.gatehouse');

      await expect(writeFileAtomic(missing, 'new')).rejects.toThrow();
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(folder)).toEqual(['model.gatehouse']);
    });
  });

  describe('isStrayTemporary()', () => {
    it('recognises our temporaries and nothing else', () => {
      expect(isStrayTemporary(path.basename(temporaryPathFor('/x/model.gatehouse')))).toBe(true);
      expect(isStrayTemporary('model.gatehouse')).toBe(false);
      expect(isStrayTemporary('model.gatehouse.bak')).toBe(false);
      expect(isStrayTemporary('.model.gatehouse.gh-tmp-notahex')).toBe(false);
    });
  });

  describe('a process killed in the middle of a save', () => {
    it('never leaves a corrupt file, and the clean-up removes every temporary (30 kills)', async () => {
      const target = path.join(folder, 'model.gatehouse');
      let corrupt = 0;
      let temporariesBeforeCleanup = 0;

      for (let run = 0; run < 30; run++) {
        await killDuringSave(target, 50 + Math.floor(Math.random() * 400));
        if (!parses(target)) corrupt++;
        if (existsSync(target + BACKUP_SUFFIX) && !parses(target + BACKUP_SUFFIX)) corrupt++;
        const strays = readdirSync(folder).filter(isStrayTemporary);
        temporariesBeforeCleanup += strays.length;
        // Age them past the clean-up's grace period, as a restart a minute later would find them.
        const old = new Date(Date.now() - 120_000);
        for (const stray of strays) utimesSync(path.join(folder, stray), old, old);
        await cleanStrayTemporaries([folder]);
        expect(readdirSync(folder).filter(isStrayTemporary)).toEqual([]);
      }

      expect(corrupt).toBe(0);
      // Reported so a run shows the clean-up had work to do.
      console.info(
        `kill-during-save: 30 kills, 0 corrupt, ${temporariesBeforeCleanup} temporaries cleaned`,
      );
    }, 120_000);
  });
});

describe('strayTemporaries', () => {
  describe('cleanStrayTemporaries()', () => {
    it('keeps temporaries younger than the grace period and files that are not ours', async () => {
      const young = temporaryPathFor(path.join(folder, 'a.gatehouse'));
      writeFileSync(young, 'partial');
      writeFileSync(path.join(folder, 'a.gatehouse'), '{}');
      writeFileSync(path.join(folder, 'notes.tmp'), 'mine');

      expect(await cleanStrayTemporaries([folder, path.join(folder, 'missing')])).toBe(0);
      expect(readdirSync(folder).sort()).toHaveLength(3);
      expect(await cleanStrayTemporaries([folder], 0, Date.now() + 1000)).toBe(1);
      expect(readdirSync(folder).sort()).toEqual(['a.gatehouse', 'notes.tmp']);
    });
  });
});
