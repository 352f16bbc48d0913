/**
 * The shape of a CLI command, and the exit codes every command keeps to:
 * 0 success, 1 a check found what it looks for, 2 bad usage or bad input.
 */
import type { CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_FOUND = 1;
export const EXIT_BAD_INPUT = 2;

export interface Command {
  name: string;
  /** One line: the arguments, as `gatehouse help` prints them. */
  usage: string;
  summary: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Reports a usage or input problem in one line and returns the matching exit code. */
export function badInput(io: CliIo, message: string): number {
  io.stderr(`gatehouse: ${message}\n`);
  return EXIT_BAD_INPUT;
}
