/**
 * Runs an import for the app: checks the size before reading, then imports in a Web Worker with
 * progress, or in this thread where workers are unavailable (tests, very old shells).
 */
import type { ImportOutcome } from '../../../shared/io/importers/importModel';
import { fail, problem, type Result } from '../../../shared/result';
import type { ImportWorkerMessage } from './importMessages';

export type ProgressListener = (fraction: number, step: string) => void;

/** A file as the import needs it: a size to check first, then its text. */
export interface ImportSource {
  name: string;
  size: number;
  text(): Promise<string>;
}

export async function runImport(
  source: ImportSource,
  onProgress: ProgressListener,
): Promise<Result<ImportOutcome>> {
  // The importers load on first use, so the window does not pay for them at start-up.
  const { IMPORT_LIMITS, sizeProblem } = await import('../../../shared/io/importers/parseInput');
  const tooLarge = sizeProblem(source.size, IMPORT_LIMITS);
  if (tooLarge) return fail([tooLarge]);

  let text: string;
  try {
    text = await source.text();
  } catch {
    return fail([
      problem(
        'import/unreadable',
        `${source.name} could not be read. Check that the file is still there.`,
      ),
    ]);
  }
  onProgress(0.02, 'Reading the file');

  if (typeof Worker === 'undefined') return inThisThread(text, onProgress);
  return inWorker(text, onProgress);
}

async function inThisThread(
  text: string,
  onProgress: ProgressListener,
): Promise<Result<ImportOutcome>> {
  const { importModel } = await import('../../../shared/io/importers/importModel');
  return importModel(text, { onProgress });
}

function inWorker(text: string, onProgress: ProgressListener): Promise<Result<ImportOutcome>> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.fraction, message.step);
        return;
      }
      worker.terminate();
      resolve(message.result);
    };
    worker.onerror = () => {
      worker.terminate();
      // The worker could not start (or crashed): import here instead of failing the user.
      void inThisThread(text, onProgress).then(resolve);
    };
    worker.postMessage({ text, from: 'auto' });
  });
}
