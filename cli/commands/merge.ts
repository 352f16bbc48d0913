/**
 * `gatehouse merge BASE OURS THEIRS -o OUT`: the three-way merge of model files, written so git
 * can use it as the merge driver of `.gatehouse` files (`gatehouse merge %O %A %B -o %A`).
 * Exits 0 on a clean merge, 1 when conflicts were recorded in OUT (which is still a valid model
 * the app can open and settle), 2 when an input cannot be read, leaving OUT untouched.
 */
import { writeModel } from '../../shared/format/writeModel';
import { mergeModels } from '../../shared/merge/mergeModels';
import type { ThreatModel } from '../../shared/model/types';
import { badInput, EXIT_FOUND, EXIT_OK, type Command } from '../command';
import { describeFsError, readModelFile } from '../readModelFile';

const USAGE = 'usage: gatehouse merge BASE OURS THEIRS -o OUT';
/** Past this many, warnings are counted rather than listed, so a terminal stays readable. */
const MAX_WARNINGS_SHOWN = 20;

export const mergeCommand: Command = {
  name: 'merge',
  usage: 'merge BASE OURS THEIRS -o OUT',
  summary: 'three-way merge of model files by id (a git merge driver)',
  async run(args, io) {
    const files: string[] = [];
    let output: string | null = null;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '-o' || arg === '--output') {
        output = args[++i] ?? null;
        if (output === null) return badInput(io, `${arg} needs a file name. ${USAGE}`);
      } else if (arg.startsWith('-')) return badInput(io, `unknown option "${arg}". ${USAGE}`);
      else files.push(arg);
    }
    if (files.length !== 3 || output === null) return badInput(io, USAGE);
    const [baseFile, oursFile, theirsFile] = files as [string, string, string];

    const ours = await readModelFile(io, oursFile);
    if (!ours.ok) return badInput(io, ours.message);
    const theirs = await readModelFile(io, theirsFile);
    if (!theirs.ok) return badInput(io, theirs.message);
    // Git passes an empty base when both branches added the file: merge as two additions.
    let baseText: string;
    try {
      baseText = await io.readText(baseFile);
    } catch (error) {
      return badInput(io, `${baseFile}: ${describeFsError(error)}`);
    }
    let base: ThreatModel | null = null;
    if (baseText.trim() !== '') {
      const read = await readModelFile(io, baseFile);
      if (!read.ok) return badInput(io, read.message);
      base = read.model;
    }

    const result = mergeModels(base, ours.model, theirs.model);
    try {
      await io.writeText(output, writeModel(result.model));
    } catch (error) {
      return badInput(io, `${output}: ${describeFsError(error)}`);
    }

    for (const warning of result.warnings.slice(0, MAX_WARNINGS_SHOWN))
      io.stderr(`gatehouse: warning: ${warning.message}\n`);
    if (result.warnings.length > MAX_WARNINGS_SHOWN)
      io.stderr(`gatehouse: …and ${result.warnings.length - MAX_WARNINGS_SHOWN} more warnings.\n`);

    if (result.conflicts.length === 0) {
      io.stderr(`${output}: merged cleanly.\n`);
      return EXIT_OK;
    }
    for (const conflict of result.conflicts.slice(0, MAX_WARNINGS_SHOWN))
      io.stderr(`${output}: conflict at ${conflict.path}\n`);
    io.stderr(
      `${output}: ${result.conflicts.length} ${result.conflicts.length === 1 ? 'conflict' : 'conflicts'} recorded in the model (ours kept for now); open it in Gatehouse to choose, or edit the values and remove the entries under "conflicts".\n`,
    );
    return EXIT_FOUND;
  },
};
