/**
 * What a command may do to the outside world. Commands receive this instead of touching `process`
 * and `fs` directly, so tests run them in memory and check exactly what they print and write.
 */
import { mkdir, readFile, rename, stat, open, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface CliIo {
  readText(file: string): Promise<string>;
  /** Writes a file atomically: a temporary file beside it, flushed, then renamed over it. */
  writeText(file: string, text: string): Promise<void>;
  writeBytes(file: string, bytes: Uint8Array): Promise<void>;
  fileSize(file: string): Promise<number>;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const nodeIo: CliIo = {
  readText: (file) => readFile(file, 'utf8'),
  writeText: (file, text) => writeAtomically(file, Buffer.from(text, 'utf8')),
  writeBytes: (file, bytes) => writeAtomically(file, bytes),
  fileSize: async (file) => (await stat(file)).size,
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const directory = path.dirname(path.resolve(file));
  await mkdir(directory, { recursive: true });
  const temporary = path.join(
    directory,
    `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`,
  );
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
