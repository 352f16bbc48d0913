/**
 * The `gatehouse` command line: a thin front over the domain core in shared/. It parses the
 * command name, hands the rest to the command, and makes sure no stack trace reaches a user.
 */
import { badInput, EXIT_BAD_INPUT, EXIT_OK, type Command } from './command';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { exportCommand } from './commands/export';
import { generateCommand } from './commands/generate';
import { importCommand } from './commands/import';
import { mergeCommand } from './commands/merge';
import { reportCommand } from './commands/report';
import { validateCommand } from './commands/validate';
import { nodeIo, type CliIo } from './io';

declare const __GATEHOUSE_VERSION__: string;

/** Every command, in the order `gatehouse help` lists them. */
export const COMMANDS: Command[] = [
  validateCommand,
  generateCommand,
  checkCommand,
  reportCommand,
  diffCommand,
  mergeCommand,
  importCommand,
  exportCommand,
];

export function version(): string {
  return typeof __GATEHOUSE_VERSION__ === 'string' ? __GATEHOUSE_VERSION__ : '0.0.0-dev';
}

function helpText(): string {
  const lines = COMMANDS.map(
    (command) => `  gatehouse ${command.usage.padEnd(52)} ${command.summary}`,
  );
  return [
    `gatehouse ${version()}: threat modeling for APIs`,
    '',
    'Usage:',
    ...lines,
    '  gatehouse --version',
    '',
    'Exit codes: 0 success, 1 a check found what it looks for, 2 bad usage or bad input.',
    '',
  ].join('\n');
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...args] = argv;

  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }

  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command)
    return badInput(io, `unknown command "${name}"; run \`gatehouse help\` for the list.`);

  try {
    return await command.run(args, io);
  } catch (error) {
    // A bug, not a user mistake: still one line, never a stack trace.
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(
      `gatehouse: ${name} failed unexpectedly (${detail}). Please report this with the command you ran.\n`,
    );
    return EXIT_BAD_INPUT;
  }
}
