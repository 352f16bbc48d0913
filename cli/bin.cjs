#!/usr/bin/env node
// The `gatehouse` command. The CLI is bundled into dist/ (at install, by `npm run build`, or by
// `node build/bundle.mjs cli`) so that a cold start loads one file and stays fast.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'gatehouse.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'gatehouse: the command line is not built yet; run `npm run build` and try again.\n',
  );
  process.exit(2);
}
require(bundle);
