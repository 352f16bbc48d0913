/**
 * `gatehouse import FILE [--from auto|threat-dragon|otm|tm7|openapi] -o MODEL`: another tool's
 * file as a native model. Warnings (what was guessed or left out) go to stderr, one per line.
 */
import { writeModel } from '../../shared/format/writeModel';
import type { ImportFormat } from '../../shared/io/importers/detectFormat';
import { badInput, EXIT_OK, type Command } from '../command';
import { describeFsError } from '../readModelFile';

// Kept here rather than imported, so that loading the command list stays cheap: the importers and
// their parsers load only when an import runs.
const IMPORT_FORMATS: readonly ImportFormat[] = ['threat-dragon', 'otm', 'tm7', 'openapi'];

const USAGE = 'usage: gatehouse import FILE [--from auto|threat-dragon|otm|tm7|openapi] -o MODEL';

interface ImportArgs {
  file: string;
  from: ImportFormat | 'auto';
  output: string;
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import FILE [--from auto|threat-dragon|otm|tm7|openapi] -o MODEL',
  summary: "another tool's file (Threat Dragon, OTM, TMT, OpenAPI) to a model",
  async run(argv, io) {
    const args = parseArgs(argv);
    if (typeof args === 'string') return badInput(io, args);

    const { importModel, IMPORT_LIMITS, sizeProblem } = await import('../interop');
    let text: string;
    try {
      // Refuse an oversized file before reading it into memory.
      const tooLarge = sizeProblem(await io.fileSize(args.file), IMPORT_LIMITS);
      if (tooLarge) return badInput(io, `${args.file}: ${tooLarge.message}`);
      text = await io.readText(args.file);
    } catch (error) {
      return badInput(io, `${args.file}: ${describeFsError(error)}`);
    }

    const result = await importModel(text, { from: args.from });
    for (const warning of result.warnings) {
      io.stderr(
        `${args.file}: warning${warning.path ? ` ${warning.path}` : ''}: ${warning.message}\n`,
      );
    }
    if (!result.ok) {
      const first = result.errors[0];
      return badInput(io, `${args.file}: ${first?.message ?? 'cannot be imported.'}`);
    }

    const { model, formatLabel } = result.value;
    try {
      await io.writeText(args.output, writeModel(model));
    } catch (error) {
      return badInput(io, `${args.output}: ${describeFsError(error)}`);
    }
    const elements = model.diagrams.flatMap((d) => d.elements);
    const flows = elements.filter((e) => e.kind === 'dataFlow').length;
    io.stderr(
      `${args.file}: imported ${formatLabel}: ${model.diagrams.length} diagram(s), ` +
        `${elements.length - flows} elements, ${flows} flows, ${model.threats.length} threats` +
        `${result.warnings.length > 0 ? `, ${result.warnings.length} warnings` : ''}; wrote ${args.output}\n`,
    );
    return EXIT_OK;
  },
};

function parseArgs(argv: string[]): ImportArgs | string {
  let file: string | undefined;
  let from: ImportFormat | 'auto' = 'auto';
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--from') {
      const value = inline ?? argv[++i];
      if (value !== 'auto' && !IMPORT_FORMATS.includes(value as ImportFormat)) {
        return `--from must be one of auto, ${IMPORT_FORMATS.join(', ')}. ${USAGE}`;
      }
      from = value as ImportFormat | 'auto';
    } else if (flag === '-o' || flag === '--output') {
      output = inline ?? argv[++i];
    } else if (arg.startsWith('-') || file !== undefined) {
      return `unexpected argument "${arg}". ${USAGE}`;
    } else {
      file = arg;
    }
  }
  if (file === undefined || output === undefined) return USAGE;
  return { file, from, output };
}
