// Draws the app and file-association icons from the two SVGs here into every format the
// installers need: PNGs (Linux, and the source for the rest), ICO (Windows) and ICNS (macOS).
// Needs rsvg-convert and ImageMagick's convert (Debian: apt-get install librsvg2-bin imagemagick).
// The results are committed, so packaging itself does not need these tools.
// Usage: node build/icons/make-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const buildDir = path.resolve(here, '..');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types holding PNG data, by pixel size.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

function png(svg, size, out) {
  execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), svg, '-o', out]);
}

function icns(pngFor, out) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const data = readFileSync(pngFor(size));
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const body = Buffer.concat(entries);
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(body.length + 8, 4);
  writeFileSync(out, Buffer.concat([header, body]));
}

function makeSet(name, svg, linuxDir) {
  const scratch = path.join(buildDir, `.${name}-scratch`);
  mkdirSync(scratch, { recursive: true });
  const pngFor = (size) => path.join(scratch, `${size}.png`);
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES])) png(svg, size, pngFor(size));

  if (linuxDir) {
    mkdirSync(linuxDir, { recursive: true });
    for (const size of LINUX_SIZES)
      writeFileSync(path.join(linuxDir, `${size}x${size}.png`), readFileSync(pngFor(size)));
  }
  writeFileSync(path.join(buildDir, `${name}.png`), readFileSync(pngFor(512)));
  execFileSync('convert', [...ICO_SIZES.map(pngFor), path.join(buildDir, `${name}.ico`)]);
  icns(pngFor, path.join(buildDir, `${name}.icns`));
  rmSync(scratch, { recursive: true, force: true });
}

makeSet('icon', path.join(here, 'icon.svg'), path.join(buildDir, 'icons/linux'));
makeSet('file-icon', path.join(here, 'file-icon.svg'), null);
process.stdout.write('Icons written to build/.\n');
