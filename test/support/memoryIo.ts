/** An in-memory CliIo, so command tests see exactly what a command printed and wrote. */
import type { CliIo } from '../../cli/io';

export interface MemoryIo extends CliIo {
  files: Map<string, string>;
  out: string;
  err: string;
}

export function memoryIo(files: Record<string, string> = {}): MemoryIo {
  const io: MemoryIo = {
    files: new Map(Object.entries(files)),
    out: '',
    err: '',
    async readText(file) {
      const text = io.files.get(file);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return text;
    },
    async writeText(file, text) {
      io.files.set(file, text);
    },
    async writeBytes(file, bytes) {
      io.files.set(file, new TextDecoder().decode(bytes));
    },
    async fileSize(file) {
      return (await io.readText(file)).length;
    },
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
  };
  return io;
}
