/**
 * A child process for the kill-during-save test: it saves a large model with the app's own
 * save function in a loop, each version different, until it is killed.
 */
import { writeFileAtomic } from '../../../electron/main/services/atomicWrite';

const target = process.argv[2];
if (!target) throw new Error('usage: saveLoop <file>');

const filler = 'x'.repeat(4 * 1024 * 1024);
let version = 0;
for (;;) {
  version++;
  await writeFileAtomic(target, JSON.stringify({ version, filler }));
  if (version === 1) process.send?.('ready');
}
