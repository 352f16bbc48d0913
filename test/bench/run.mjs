// The benchmark runner behind `npm run bench`. Each file in cases/ is bundled with esbuild and
// exports a list of cases; each case measures one budget of DESIGN.md and returns milliseconds.
// The runner prints a table, compares each figure with the committed baseline, and exits 1 when a
// figure is over its budget or more than 25 % slower than the baseline (beyond timer noise).
//
// Usage: node test/bench/run.mjs [filter] [--update-baseline]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const updateBaseline = args.includes('--update-baseline');
const filter = args.find((arg) => !arg.startsWith('--')) ?? '';
const baselineFile = path.join(here, 'baseline.json');
const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : {};
const outDir = path.join(root, 'dist', 'bench');
mkdirSync(outDir, { recursive: true });

const files = readdirSync(path.join(here, 'cases'))
  .filter((name) => name.endsWith('.bench.ts') && name.includes(filter))
  .sort();

// Each file runs in a child process of its own, so the garbage one case leaves behind (a browser's
// worth of buffers, 50,000 threats) cannot be collected on the next case's clock.
const caseFileFlag = args.indexOf('--case-file');
if (caseFileFlag >= 0) {
  const rows = await runCaseFile(args[caseFileFlag + 1]);
  process.stdout.write(`${JSON.stringify(rows)}\n`);
  process.exit(0);
}

const rows = [];
for (const file of files) {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--case-file', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) {
    process.stderr.write(`bench: ${file} failed (exit ${child.status})\n`);
    process.exit(1);
  }
  rows.push(...JSON.parse(child.stdout.trim().split('\n').at(-1)));
}

async function runCaseFile(file) {
  const outfile = path.join(outDir, file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join(here, 'cases', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
    define: { __GATEHOUSE_VERSION__: '"bench"' },
  });
  const { default: cases } = await import(pathToFileURL(outfile).href);
  const measured = [];
  for (const benchCase of cases) {
    process.stderr.write(`bench: ${benchCase.name} …\n`);
    const ms = await benchCase.run({ root });
    measured.push({ name: benchCase.name, budget: benchCase.budgetMs, ms });
  }
  return measured;
}

let failed = false;
const table = [
  '| what | figure | budget | baseline | verdict |',
  '| --- | ---: | ---: | ---: | --- |',
];
for (const row of rows) {
  const base = baseline[row.name];
  const overBudget = row.ms > row.budget;
  // A slowdown counts once it is over 25 % and larger than the timer's noise: 2 ms, or a tenth of
  // the budget for the cases measured in frames of about 17 ms.
  const noise = Math.max(2, row.budget / 10);
  const regressed = typeof base === 'number' && row.ms > base * 1.25 && row.ms - base > noise;
  failed ||= overBudget || regressed;
  const verdict = overBudget ? 'OVER BUDGET' : regressed ? 'REGRESSED >25 %' : 'ok';
  table.push(
    `| ${row.name} | ${fmt(row.ms)} ms | ${fmt(row.budget)} ms | ${typeof base === 'number' ? `${fmt(base)} ms` : '–'} | ${verdict} |`,
  );
}

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
process.stdout.write(`\nMachine: ${machine}\n\n${table.join('\n')}\n`);

if (updateBaseline) {
  const next = { ...baseline };
  for (const row of rows) next[row.name] = Math.round(row.ms * 100) / 100;
  writeFileSync(baselineFile, `${JSON.stringify(next, null, 2)}\n`);
  process.stdout.write(`\nBaseline written to ${path.relative(root, baselineFile)}.\n`);
}

process.exitCode = failed ? 1 : 0;

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}
