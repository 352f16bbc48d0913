/** What the import worker and the window say to each other. */
import type { ImportFormat } from '../../../shared/io/importers/detectFormat';
import type { ImportOutcome } from '../../../shared/io/importers/importModel';
import type { Result } from '../../../shared/result';

export interface ImportRequest {
  text: string;
  from: ImportFormat | 'auto';
}

export type ImportWorkerMessage =
  | { type: 'progress'; fraction: number; step: string }
  | { type: 'done'; result: Result<ImportOutcome> };
