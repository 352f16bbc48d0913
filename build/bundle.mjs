// Bundles the parts that run under Node or Electron (CLI, main process, preload) with esbuild.
// The renderer is built by Vite. Usage: node build/bundle.mjs [cli|electron|all]
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const target = process.argv[2] ?? 'all';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
  define: { __GATEHOUSE_VERSION__: JSON.stringify(version) },
};

/** Leaves the CLI's `../interop` import to be required at run time from dist/cli/interop.cjs. */
const interopOnDemand = {
  name: 'interop-on-demand',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.\/interop$/ }, () => ({
      path: './interop.cjs',
      external: true,
    }));
  },
};

const jobs = [];
if (target === 'cli' || target === 'all') {
  jobs.push(
    build({
      ...common,
      entryPoints: [path.join(root, 'cli/index.ts')],
      outfile: path.join(root, 'dist/cli/gatehouse.cjs'),
      minify: true,
      // Loaded only to print PDFs, so it stays out of the bundle and off the start-up path.
      external: ['playwright-core'],
      plugins: [interopOnDemand],
    }),
    // Importers, exporters and their parsers: a bundle of their own, loaded by import and export.
    build({
      ...common,
      entryPoints: [path.join(root, 'cli/interop.ts')],
      outfile: path.join(root, 'dist/cli/interop.cjs'),
      minify: true,
    }),
  );
}
if (target === 'electron' || target === 'all') {
  jobs.push(
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/index.ts')],
      outfile: path.join(root, 'dist/electron/main.cjs'),
      external: ['electron'],
    }),
    build({
      ...common,
      // A sandboxed preload may require only a few modules; everything else is bundled in.
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: path.join(root, 'dist/electron/preload.cjs'),
      external: ['electron'],
    }),
  );
}

await Promise.all(jobs);
