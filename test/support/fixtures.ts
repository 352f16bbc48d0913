/** Reading the real files in test/fixtures/ by their path under that folder. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixtureText(relativePath: string): string {
  return readFileSync(path.join(root, relativePath), 'utf8');
}

export function fixtureJson(relativePath: string): unknown {
  return JSON.parse(fixtureText(relativePath));
}
