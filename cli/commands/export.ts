/**
 * `gatehouse export MODEL --to threat-dragon|otm [-o FILE]`: a native model in another tool's
 * format, on stdout unless `-o` names a file. What the format cannot hold is listed on stderr.
 */
import { badInput, EXIT_OK, type Command } from '../command';
import { describeFsError, readModelFile } from '../readModelFile';

const TARGETS = ['threat-dragon', 'otm'] as const;
type Target = (typeof TARGETS)[number];
const USAGE = 'usage: gatehouse export MODEL --to threat-dragon|otm [-o FILE]';

export const exportCommand: Command = {
  name: 'export',
  usage: 'export MODEL --to threat-dragon|otm [-o FILE]',
  summary: 'a model in Threat Dragon or Open Threat Model format',
  async run(argv, io) {
    let file: string | undefined;
    let to: string | undefined;
    let output: string | undefined;
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i] as string;
      const [flag, inline] =
        arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
      if (flag === '--to') to = inline ?? argv[++i];
      else if (flag === '-o' || flag === '--output') output = inline ?? argv[++i];
      else if (arg.startsWith('-') || file !== undefined)
        return badInput(io, `unexpected argument "${arg}". ${USAGE}`);
      else file = arg;
    }
    if (file === undefined || to === undefined) return badInput(io, USAGE);
    if (!TARGETS.includes(to as Target))
      return badInput(io, `--to must be threat-dragon or otm. ${USAGE}`);

    const read = await readModelFile(io, file);
    if (!read.ok) return badInput(io, read.message);
    const { exportOtm, exportThreatDragon } = await import('../interop');
    const result = to === 'otm' ? exportOtm(read.model) : exportThreatDragon(read.model);
    if (!result.ok)
      return badInput(io, `${file}: ${result.errors[0]?.message ?? 'cannot be exported.'}`);
    for (const warning of result.warnings) io.stderr(`${file}: warning: ${warning.message}\n`);

    if (output === undefined) {
      io.stdout(result.value);
      return EXIT_OK;
    }
    try {
      await io.writeText(output, result.value);
    } catch (error) {
      return badInput(io, `${output}: ${describeFsError(error)}`);
    }
    io.stderr(
      `${file}: exported as ${to === 'otm' ? 'Open Threat Model' : 'Threat Dragon'} to ${output}\n`,
    );
    return EXIT_OK;
  },
};
