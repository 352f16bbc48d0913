/** The diff as JSON, for scripts: the diff value itself, two-space indented. */
import type { ModelDiff } from '../types';

/** Renders a diff as JSON text; ends with a newline. */
export function formatDiffJson(diff: ModelDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
