/**
 * The model file a launch asks to open: the last argument that names a `.gatehouse` file,
 * resolved against the folder the launch came from. Flags, the executable and the app folder
 * (`electron .` in development) are never files to open.
 */
import path from 'node:path';

import { MODEL_FILE_EXTENSION } from '../../../shared/format/writeModel';

export function fileFromArgs(argv: readonly string[], workingDirectory: string): string | null {
  for (let index = argv.length - 1; index >= 1; index--) {
    const argument = argv[index];
    if (!argument || argument.startsWith('-')) continue;
    if (!argument.toLowerCase().endsWith(MODEL_FILE_EXTENSION)) continue;
    return path.resolve(workingDirectory, argument);
  }
  return null;
}
