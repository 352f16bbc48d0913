/**
 * The migration chain of the native file format. Every format version ships a step from the one
 * before it, and a file is walked up the chain one step at a time, so a file from any earlier
 * version opens. Steps are append-only: once released, a step is never edited.
 *
 * Version 0 is the draft format that preceded the first release: a single diagram, `name` instead
 * of `title`, and each box's position stored inside the element rather than in the layout.
 */
import { CURRENT_FORMAT_VERSION } from '../model/schema';
import { fail, ok, problem, type Result } from '../result';

type JsonRecord = Record<string, unknown>;

interface Migration {
  from: number;
  to: number;
  migrate(file: JsonRecord): JsonRecord;
}

export const MIGRATIONS: readonly Migration[] = [{ from: 0, to: 1, migrate: migrateDraftToV1 }];

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format version a parsed file declares, or null when it declares none. */
export function declaredVersion(file: JsonRecord): number | null {
  if (typeof file.formatVersion === 'number') return file.formatVersion;
  if (file.version === 0 && 'diagram' in file) return 0;
  return null;
}

/** Brings a parsed file up to the current format version, or says why it cannot. */
export function migrateToCurrent(file: unknown): Result<JsonRecord> {
  if (!isRecord(file)) {
    return fail([
      problem(
        'format/not-a-model',
        'The file holds no Gatehouse model: its top level is not an object.',
        '$',
      ),
    ]);
  }

  const version = declaredVersion(file);
  if (version === null) {
    return fail([
      problem(
        'format/no-version',
        "The file has no formatVersion, so it is not a Gatehouse model. To bring in another tool's file, use Import.",
        '$.formatVersion',
      ),
    ]);
  }
  if (!Number.isInteger(version) || version < 0) {
    return fail([
      problem(
        'format/bad-version',
        `The formatVersion ${version} is not a version Gatehouse ever wrote.`,
        '$.formatVersion',
      ),
    ]);
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail([
      problem(
        'format/newer-version',
        `This file needs a newer Gatehouse: it is format version ${version}, and this version reads up to ` +
          `format version ${CURRENT_FORMAT_VERSION}. Update Gatehouse to open it.`,
        '$.formatVersion',
      ),
    ]);
  }

  let current = file;
  const warnings = [];
  for (let from = version; from < CURRENT_FORMAT_VERSION; from++) {
    const step = MIGRATIONS.find((migration) => migration.from === from);
    if (!step) {
      return fail([
        problem(
          'format/no-migration',
          `Gatehouse cannot upgrade format version ${from}.`,
          '$.formatVersion',
        ),
      ]);
    }
    current = step.migrate(current);
    warnings.push(
      problem('format/migrated', `Upgraded from format version ${from} to ${step.to}.`),
    );
  }

  return ok(current, warnings);
}

function migrateDraftToV1(draft: JsonRecord): JsonRecord {
  const { version: _version, name, diagram, ...rest } = draft;
  const drawing = isRecord(diagram) ? diagram : {};
  const rawElements = Array.isArray(drawing.elements) ? drawing.elements : [];
  const nodes: JsonRecord = {};

  const elements = rawElements.map((raw: unknown) => {
    if (!isRecord(raw)) return raw;
    const { position, ...element } = raw;
    if (isRecord(position) && typeof element.id === 'string') {
      nodes[element.id] = {
        x: position.x,
        y: position.y,
        width: position.width ?? 150,
        height: position.height ?? 80,
      };
    }
    return element;
  });

  return {
    ...rest,
    formatVersion: 1,
    title: typeof name === 'string' ? name : 'Untitled model',
    diagrams: [{ id: drawing.id ?? 'dgm_main', name: drawing.name ?? 'Main', elements }],
    layout: { nodes },
  };
}
