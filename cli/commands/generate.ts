/**
 * `gatehouse generate MODEL [-o OUT] [--rules PACK.json]...`: regenerates a model's threats with
 * the same rules and merge as the app, and writes the canonical model to OUT (or stdout). Packs
 * given with `--rules` apply to this run only; packs that should always apply belong in the
 * model's own rule pack settings.
 */
import { parseJsonSafely } from '../../shared/format/safeJson';
import { writeModel } from '../../shared/format/writeModel';
import { describeSummary, generateThreats, hasChanges } from '../../shared/rules/generate';
import { badInput, EXIT_OK, type Command } from '../command';
import { describeFsError, readModelFile } from '../readModelFile';

const USAGE = 'usage: gatehouse generate MODEL [-o OUT] [--rules PACK.json]...';

/** Rule packs are small; a few megabytes is already far more than any real pack. */
const PACK_LIMITS = { maxChars: 5 * 1024 * 1024, maxDepth: 48 };

interface GenerateArgs {
  file: string;
  output: string | null;
  packs: string[];
}

function parseArgs(args: readonly string[]): GenerateArgs | string {
  let file: string | null = null;
  let output: string | null = null;
  const packs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--output' || arg === '--rules') {
      const value = args[++i];
      if (value === undefined || value.startsWith('-')) return `${arg} needs a file name; ${USAGE}`;
      if (arg === '--rules') packs.push(value);
      else output = value;
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"; ${USAGE}`;
    } else if (file === null) {
      file = arg;
    } else {
      return `one model at a time; ${USAGE}`;
    }
  }
  return file === null ? USAGE : { file, output, packs };
}

/** Seams for tests: the clock that stamps `updatedAt` when threats change. */
export interface GenerateDeps {
  now(): Date;
}

export function createGenerateCommand(deps: GenerateDeps = { now: () => new Date() }): Command {
  return {
    name: 'generate',
    usage: 'generate MODEL [-o OUT] [--rules PACK.json]...',
    summary: 'regenerate the threats of a model (same merge as the app)',
    async run(argv, io) {
      const args = parseArgs(argv);
      if (typeof args === 'string') return badInput(io, args);

      const read = await readModelFile(io, args.file);
      if (!read.ok) return badInput(io, read.message);

      const extraPacks: unknown[] = [];
      for (const pack of args.packs) {
        let text: string;
        try {
          text = await io.readText(pack);
        } catch (error) {
          return badInput(io, `${pack}: ${describeFsError(error)}`);
        }
        const json = parseJsonSafely(text, PACK_LIMITS);
        if (!json.ok) return badInput(io, `${pack}: ${json.errors[0]?.message ?? 'not JSON'}`);
        extraPacks.push(json.value);
      }

      const result = generateThreats(read.model, { extraPacks });
      if (!result.ok) {
        const first = result.errors[0]?.message ?? 'the rules could not be loaded';
        const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
        return badInput(io, `${first}${more}; fix the rule pack and run again.`);
      }

      const { summary } = result.value;
      let model = result.value.model;
      if (hasChanges(summary)) model = { ...model, updatedAt: deps.now().toISOString() };
      const text = writeModel(model);
      if (args.output) await io.writeText(args.output, text);
      else io.stdout(text);

      const where = args.output ? `, written to ${args.output}` : '';
      io.stderr(
        `${args.file}: ${describeSummary(summary)} (${model.threats.length} threats)${where}\n`,
      );
      return EXIT_OK;
    },
  };
}

export const generateCommand = createGenerateCommand();
