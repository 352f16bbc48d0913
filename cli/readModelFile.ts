/**
 * Reads a native model file for a command, turning every way that can fail into one line that
 * names the file and the place in it.
 */
import { readModel } from '../shared/format/readModel';
import type { ThreatModel } from '../shared/model/types';
import type { Problem } from '../shared/result';
import type { CliIo } from './io';

export type ModelFileResult =
  | { ok: true; model: ThreatModel; warnings: Problem[] }
  | { ok: false; message: string; problems: Problem[] };

export async function readModelFile(io: CliIo, file: string): Promise<ModelFileResult> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    return { ok: false, message: `${file}: ${describeFsError(error)}`, problems: [] };
  }

  const result = readModel(text);
  if (result.ok) return { ok: true, model: result.value, warnings: result.warnings };

  const first = result.errors[0];
  const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
  return {
    ok: false,
    message: `${file}: ${first?.message ?? 'not a valid model'}${more}`,
    problems: result.errors,
  };
}

/** A person's sentence for a file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file; check the path.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; check the file permissions.';
    case 'EISDIR':
      return 'is a folder, not a file.';
    case 'ENOSPC':
      return 'the disk is full; free some space and try again.';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : 'unknown error')}).`;
  }
}
