/**
 * The one entry point for importing another tool's file: size check, format detection (or the
 * format the caller names), the format's importer, then the automatic layout for diagrams that
 * came without positions. Every step returns problems as values; nothing here throws.
 */
import type { ThreatModel } from '../../model/types';
import { fail, ok, problem, type Problem, type Result } from '../../result';
import { autoLayout } from '../layout/autoLayout';
import {
  detectStructuredFormat,
  detectXmlFormat,
  FORMAT_NAMES,
  looksLikeXml,
  type ImportFormat,
} from './detectFormat';
import type { ImportedModel } from './modelBuilder';
import { parseStructuredText, sizeProblem } from './parseInput';
import { importOpenApi } from './openapi/openApiImporter';
import { importOtm } from './otmImporter';
import { importThreatDragon } from './threatDragonImporter';
import { importTm7 } from './tm7Importer';

export interface ImportOptions {
  /** The format, or 'auto' (the default) to detect it from the content. */
  from?: ImportFormat | 'auto';
  /** The clock, injected so tests are reproducible. */
  now?: Date;
  /** Skip the automatic layout and keep the quick packing layout. */
  skipLayout?: boolean;
  /** Called between steps, for a progress bar: a fraction from 0 to 1 and what is happening. */
  onProgress?: (fraction: number, step: string) => void;
}

export interface ImportOutcome {
  model: ThreatModel;
  format: ImportFormat;
  /** The format as a person names it, with its version: "Threat Dragon v2", "OpenAPI 3.0.1". */
  formatLabel: string;
}

/** Imports a file's text synchronously, with the quick packing layout where positions are missing. */
export function importText(
  text: string,
  options: ImportOptions = {},
): Result<ImportOutcome & ImportedModel> {
  const tooLarge = sizeProblem(text.length);
  if (tooLarge) return fail([tooLarge]);

  try {
    return importChecked(text, options);
  } catch (error) {
    // An importer bug must still reach the user as a message, not a crash.
    const detail = error instanceof Error ? error.message : String(error);
    return fail([
      problem(
        'import/internal',
        `The import stopped unexpectedly (${detail}). Please report this with the file you imported.`,
      ),
    ]);
  }
}

function importChecked(
  text: string,
  options: ImportOptions,
): Result<ImportOutcome & ImportedModel> {
  const from = options.from ?? 'auto';
  const now = options.now ? { now: options.now } : {};
  options.onProgress?.(0.05, 'Reading the file');

  if (from === 'tm7' || (from === 'auto' && looksLikeXml(text))) {
    const detected = detectXmlFormat(text);
    if (!detected.ok && from === 'auto')
      return fail([problem('import/unknown-format', detected.message)]);
    options.onProgress?.(0.2, 'Importing a Threat Modeling Tool model');
    return withFormat(importTm7(text, now), 'tm7', 'Microsoft Threat Modeling Tool (.tm7)');
  }

  const parsed = parseStructuredText(text);
  if (!parsed.ok) return parsed;
  options.onProgress?.(0.3, 'Recognising the format');

  let format: ImportFormat;
  let label: string;
  if (from === 'auto') {
    const detected = detectStructuredFormat(parsed.value);
    if (!detected.ok) return fail([problem('import/unknown-format', detected.message)]);
    format = detected.format;
    label = detected.label;
  } else {
    format = from;
    const detected = detectStructuredFormat(parsed.value);
    label = detected.ok && detected.format === from ? detected.label : FORMAT_NAMES[from];
  }

  options.onProgress?.(0.4, `Importing ${label}`);
  switch (format) {
    case 'threat-dragon':
      return withFormat(importThreatDragon(parsed.value, now), format, label);
    case 'otm':
      return withFormat(importOtm(parsed.value, now), format, label);
    case 'openapi':
      return withFormat(importOpenApi(parsed.value, now), format, label);
    default:
      return unsupported(format);
  }
}

function unsupported(format: ImportFormat): Result<never> {
  return fail([
    problem('import/unsupported', `Importing ${FORMAT_NAMES[format]} files is not available yet.`),
  ]);
}

function withFormat(
  result: Result<ImportedModel>,
  format: ImportFormat,
  formatLabel: string,
): Result<ImportOutcome & ImportedModel> {
  if (!result.ok) return result;
  return ok({ ...result.value, format, formatLabel }, result.warnings);
}

/** Imports a file's text and lays out the diagrams that had no positions. Never rejects. */
export async function importModel(
  text: string,
  options: ImportOptions = {},
): Promise<Result<ImportOutcome>> {
  const imported = importText(text, options);
  if (!imported.ok || options.skipLayout || imported.value.unplacedDiagramIds.length === 0) {
    options.onProgress?.(1, 'Done');
    return imported;
  }

  options.onProgress?.(0.7, 'Laying out the diagrams');
  const laidOut = await autoLayout(imported.value.model, imported.value.unplacedDiagramIds);
  options.onProgress?.(1, 'Done');
  const warnings: Problem[] = [...imported.warnings, ...laidOut.warnings];
  return ok(
    {
      model: laidOut.model,
      format: imported.value.format,
      formatLabel: imported.value.formatLabel,
    },
    warnings,
  );
}
