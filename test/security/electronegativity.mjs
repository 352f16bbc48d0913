// Runs Electronegativity (Doyensec's Electron security scanner) on the desktop shell's sources,
// the renderer's sources and the page as the desktop serves it, and fails on any finding: the tool itself exits 0
// whatever it finds. Findings the code has reviewed are suppressed where they occur, with an
// `eng-disable` comment that says why. A deliberately insecure canary is scanned alongside; if
// the scanner finds nothing there, it is not working and the scan fails too.
// Usage: node test/security/electronegativity.mjs
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const cli = path.join(
  path.dirname(require.resolve('@doyensec/electronegativity/package.json')),
  'dist/index.js',
);
const electronVersion = JSON.parse(
  readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;
const CANARY_RULES = [
  'NODE_INTEGRATION_JS_CHECK',
  'CONTEXT_ISOLATION_JS_CHECK',
  'WEB_SECURITY_JS_CHECK',
];

const builtPage = path.join(root, 'dist/renderer/index.html');
if (!existsSync(builtPage)) {
  process.stdout.write('The built page is missing; building the renderer first.\n');
  const built = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), 'gh-eng-'));
const app = path.join(work, 'app');
cpSync(path.join(root, 'electron'), path.join(app, 'electron'), { recursive: true });
cpSync(path.join(root, 'renderer'), path.join(app, 'renderer'), {
  recursive: true,
  filter: (source) => !source.includes(`${path.sep}public${path.sep}`),
});
// The page exactly as the desktop serves it, through the shell's own page function.
const servedModule = path.join(work, 'appProtocol.cjs');
buildSync({
  entryPoints: [path.join(root, 'electron/main/services/appProtocol.ts')],
  outfile: servedModule,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  logLevel: 'error',
});
const { servedPage } = require(servedModule);
mkdirSync(path.join(app, 'served-page'));
writeFileSync(
  path.join(app, 'served-page/index.html'),
  servedPage(readFileSync(builtPage, 'utf8')),
);

function scan(input, output) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        '-i',
        input,
        '-o',
        output,
        '-r',
        '-x',
        'AvailableSecurityFixesGlobalCheck',
        '-e',
        electronVersion,
      ],
      { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('close', (code) => resolve({ code, log }));
  });
}

function findingsOf(sarifFile) {
  const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
  return sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        where: `${location?.artifactLocation?.uri ?? '?'}:${location?.region?.startLine ?? '?'}`,
        message: result.message?.text ?? '',
      };
    }),
  );
}

const started = Date.now();
const appSarif = path.join(work, 'app.sarif');
const canarySarif = path.join(work, 'canary.sarif');
const [appRun, canaryRun] = await Promise.all([
  scan(app, appSarif),
  scan(path.join(root, 'test/security/canary'), canarySarif),
]);

let failed = false;
const problems = [];
for (const [name, run, file] of [
  ['app', appRun, appSarif],
  ['canary', canaryRun, canarySarif],
]) {
  if (run.code !== 0 || !existsSync(file)) {
    problems.push(
      `Electronegativity did not finish on the ${name} (exit ${run.code}):\n${run.log}`,
    );
    failed = true;
  }
  if (/error parsing|failed to parse|SyntaxError/i.test(run.log)) {
    problems.push(`Electronegativity could not read some ${name} files:\n${run.log}`);
    failed = true;
  }
}

if (!failed) {
  const canaryRules = new Set(findingsOf(canarySarif).map((finding) => finding.rule));
  const missed = CANARY_RULES.filter((rule) => !canaryRules.has(rule));
  if (missed.length > 0) {
    problems.push(
      `The scanner missed known problems in the canary (${missed.join(', ')}); it is not working.`,
    );
    failed = true;
  }
  const findings = findingsOf(appSarif);
  for (const finding of findings)
    problems.push(`${finding.rule} at ${finding.where}\n    ${finding.message.split('\n')[0]}`);
  if (findings.length > 0) failed = true;
  process.stdout.write(
    `Electronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}scanned electron/, renderer/ and the served page in ${((Date.now() - started) / 1000).toFixed(1)} s: ${findings.length} finding(s); canary caught ${canaryRules.size} rule(s).\n`,
  );
}

rmSync(work, { recursive: true, force: true });
if (failed) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.stderr.write(
    'Security scan failed: fix each finding, or, if the code is safe as it is, add an ' +
      '`eng-disable <CHECK_ID>` comment on that line saying why.\n',
  );
  process.exit(1);
}
