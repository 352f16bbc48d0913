/**
 * `gatehouse validate FILE`: schema and lint findings of a model file, each with its place in the
 * file. Exits 0 when clean, 1 when there are findings, 2 when the file cannot be read as a model.
 */
import { lintModel } from '../../shared/lint/lintModel';
import { badInput, EXIT_FOUND, EXIT_OK, type Command } from '../command';
import { readModelFile } from '../readModelFile';

export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'check a model file against the schema and lint rules',
  async run(args, io) {
    const [file, ...rest] = args;
    if (file === undefined || rest.length > 0 || file.startsWith('-')) {
      return badInput(io, 'usage: gatehouse validate FILE');
    }

    const read = await readModelFile(io, file);
    if (!read.ok) {
      if (read.problems.length <= 1) return badInput(io, read.message);
      for (const found of read.problems)
        io.stdout(`${file}: error ${found.path || '$'}: ${found.message}\n`);
      return badInput(
        io,
        `${file}: ${read.problems.length} schema errors; the file cannot be opened as a model.`,
      );
    }

    const findings = lintModel(read.model);
    for (const finding of findings) {
      io.stdout(
        `${file}: ${finding.severity} ${finding.path}: ${finding.message} [${finding.code}]\n`,
      );
    }
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.length - errors;
    io.stderr(
      `${file}: ${findings.length === 0 ? 'valid, no findings' : `valid, ${errors} errors and ${warnings} warnings or notes`}\n`,
    );

    return findings.length === 0 ? EXIT_OK : EXIT_FOUND;
  },
};
