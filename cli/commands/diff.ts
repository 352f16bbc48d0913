/**
 * `gatehouse diff OLD NEW [--format text|md|json] [--layout] [-o FILE]`: what changed between two
 * versions of a model, in elements, flows, boundaries, threats and decisions. Exits 0 whether or
 * not anything changed (the output says which); 2 when a file cannot be read as a model.
 */
import { diffModels } from '../../shared/diff/diffModels';
import { formatDiffJson } from '../../shared/diff/format/formatJson';
import { formatDiffMarkdown } from '../../shared/diff/format/formatMarkdown';
import { formatDiffText } from '../../shared/diff/format/formatText';
import { summarizeDiff } from '../../shared/diff/format/describe';
import { badInput, EXIT_OK, type Command } from '../command';
import { describeFsError, readModelFile } from '../readModelFile';

const FORMATS = {
  text: formatDiffText,
  md: (diff) => formatDiffMarkdown(diff),
  json: formatDiffJson,
} satisfies Record<string, (diff: ReturnType<typeof diffModels>) => string>;
type DiffFormat = keyof typeof FORMATS;

const USAGE = 'usage: gatehouse diff OLD NEW [--format text|md|json] [--layout] [-o FILE]';

interface DiffArgs {
  files: string[];
  format: DiffFormat;
  layout: boolean;
  output: string | null;
}

function parseArgs(args: readonly string[]): DiffArgs | string {
  const parsed: DiffArgs = { files: [], format: 'text', layout: false, output: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--layout') parsed.layout = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined || !Object.prototype.hasOwnProperty.call(FORMATS, value))
        return `unknown diff format "${value ?? ''}"; use text, md or json.`;
      parsed.format = value as DiffFormat;
    } else if (arg === '-o' || arg === '--output') {
      const value = args[++i];
      if (value === undefined) return `${arg} needs a file name. ${USAGE}`;
      parsed.output = value;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}". ${USAGE}`;
    else parsed.files.push(arg);
  }
  if (parsed.files.length !== 2) return USAGE;
  return parsed;
}

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff OLD NEW [--format text|md|json] [--layout]',
  summary: 'what changed between two versions of a model',
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') return badInput(io, parsed);
    const [oldFile, newFile] = parsed.files as [string, string];

    const before = await readModelFile(io, oldFile);
    if (!before.ok) return badInput(io, before.message);
    const after = await readModelFile(io, newFile);
    if (!after.ok) return badInput(io, after.message);

    const diff = diffModels(before.model, after.model, { layout: parsed.layout });
    const text = FORMATS[parsed.format](diff);
    if (parsed.output === null) io.stdout(text);
    else {
      try {
        await io.writeText(parsed.output, text);
      } catch (error) {
        return badInput(io, `${parsed.output}: ${describeFsError(error)}`);
      }
    }
    io.stderr(`${oldFile} → ${newFile}: ${summarizeDiff(diff)}\n`);
    return EXIT_OK;
  },
};
