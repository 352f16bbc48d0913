/**
 * The import, off the main thread: parsing a large file and laying out its diagrams would freeze
 * the window for a moment otherwise. Reports progress, then the result, and is done.
 */
import { importModel } from '../../../shared/io/importers/importModel';
import type { ImportRequest, ImportWorkerMessage } from './importMessages';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportWorkerMessage): void;
};

scope.onmessage = (event) => {
  const { text, from } = event.data;
  void importModel(text, {
    from,
    onProgress: (fraction, step) => scope.postMessage({ type: 'progress', fraction, step }),
  }).then((result) => scope.postMessage({ type: 'done', result }));
};
