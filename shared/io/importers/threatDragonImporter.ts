/**
 * Threat Dragon v1 and v2 models to ours. Cells become elements with the same ids, boundary boxes
 * become zones whose members are found from the drawing, boundary curves become boundaries drawn
 * as lines, each threat keeps its id, number and status, severity becomes likelihood and impact,
 * and mitigation text becomes a mitigation linked to the threat.
 */
import { normalizeProtocol } from '../../model/protocols';
import { fail, problem, type Result } from '../../result';
import { PRIVILEGE_TAG_PREFIX, SCORE_NOTE_PREFIX, TD_TAGS } from '../threatDragonTags';
import {
  ratingsFromSeverity,
  statusFromThreatDragon,
  strideFromLabel,
  strideFromText,
  trustLevelFromName,
} from '../vocabularyMapping';
import { entityKindFromName, storeKindFromName } from './heuristics';
import { mitigationFor } from './mitigationText';
import { ModelBuilder, type ElementInput, type ImportedModel, type Point } from './modelBuilder';
import {
  arrayAt,
  booleanAt,
  field,
  isObject,
  numberAt,
  objectAt,
  stringAt,
  type JsonObject,
} from './read';
import { readV1Cell, readV2Cell, type CellEnd, type TdCell } from './threatDragonCells';

export interface ThreatDragonOptions {
  now?: Date;
}

/** Whether a parsed value is a Threat Dragon model, and which version. */
export function threatDragonVersion(value: unknown): 1 | 2 | null {
  const summary = objectAt(value, 'summary');
  const detail = objectAt(value, 'detail');
  if (!summary || !detail || !Array.isArray(field(detail, 'diagrams'))) return null;
  const version = stringAt(value, 'version');
  const first = arrayAt(detail, 'diagrams')[0];
  if (version !== undefined && /^2\./.test(version)) return 2;
  if (field(first, 'diagramJson') !== undefined) return 1;
  if (version === undefined || /^1\./.test(version))
    return Array.isArray(field(first, 'cells')) ? 2 : 1;
  return 2;
}

/** Imports a parsed Threat Dragon file of either version. Never throws. */
export function importThreatDragon(
  value: unknown,
  options: ThreatDragonOptions = {},
): Result<ImportedModel> {
  const version = threatDragonVersion(value);
  if (version === null) {
    return fail([
      problem(
        'import/not-threat-dragon',
        'This is not a Threat Dragon model: it needs "summary" and "detail.diagrams". ' +
          'Open it in Threat Dragon and save it again, or pick another format.',
      ),
    ]);
  }

  const builder = new ModelBuilder();
  const summary = objectAt(value, 'summary') ?? {};
  const detail = objectAt(value, 'detail') ?? {};
  if (!stringAt(summary, 'title')) {
    builder.warnings.add(
      'import/no-title',
      'The model has no title; it was named "Imported model".',
      '$.summary.title',
    );
  }

  arrayAt(detail, 'diagrams').forEach((diagram, d) => {
    if (!isObject(diagram)) return;
    importDiagram(builder, diagram, version, `$.detail.diagrams[${d}]`);
  });

  const reviewer = stringAt(detail, 'reviewer');
  return builder.build({
    title: stringAt(summary, 'title') ?? '',
    summary: stringAt(summary, 'description') ?? '',
    owner: stringAt(summary, 'owner') ?? '',
    reviewers: reviewer ? [reviewer] : [],
    sourceKey: `threat-dragon:${stringAt(summary, 'title') ?? ''}`,
    ...(options.now ? { now: options.now } : {}),
  });
}

function importDiagram(
  builder: ModelBuilder,
  diagram: JsonObject,
  version: 1 | 2,
  path: string,
): void {
  const diagramType = stringAt(diagram, 'diagramType') ?? 'STRIDE';
  const diagramId = builder.addDiagram(
    field(diagram, 'id'),
    stringAt(diagram, 'title') ?? '',
    'geometry',
  );
  const rawCells =
    version === 1 ? arrayAt(objectAt(diagram, 'diagramJson'), 'cells') : arrayAt(diagram, 'cells');
  const cells = rawCells
    .filter(isObject)
    .map((cell) => (version === 1 ? readV1Cell(cell) : readV2Cell(cell)));
  const isStride = /^stride$/i.test(diagramType.trim());
  if (!isStride && cells.some((cell) => arrayAt(cell.data, 'threats').length > 0)) {
    builder.warnings.add(
      'import/non-stride-categories',
      `Diagram "${stringAt(diagram, 'title') ?? ''}" uses ${diagramType}; its threat types were ` +
        'mapped to the nearest STRIDE category.',
      path,
    );
  }

  // Nodes first, so flows can find their ends by the source's cell id.
  const idOf = new Map<string, string>();
  const centers = new Map<string, Point>();
  for (const cell of cells) {
    if (cell.kind === 'flow' || cell.kind === 'boundaryCurve') continue;
    if (cell.kind === 'text') {
      builder.warnings.add(
        'import/text-dropped',
        `A free text note ("${cell.name.slice(0, 40)}") was left out; Gatehouse diagrams have no text notes.`,
        path,
      );
      continue;
    }
    if (cell.kind === 'unknown') {
      builder.warnings.add(
        'import/unknown-shape',
        `A cell of unknown shape "${cell.rawShape}" was left out.`,
        path,
      );
      continue;
    }
    const id = builder.elementIds.claim(cell.rawId, cell.kind);
    if (typeof cell.rawId === 'string') idOf.set(cell.rawId, id);
    builder.addElement(diagramId, nodeElement(cell, id));
    if (cell.position) {
      const size = cell.size ?? { width: 120, height: 80 };
      builder.setBox(id, { ...cell.position, ...size });
      centers.set(id, {
        x: cell.position.x + size.width / 2,
        y: cell.position.y + size.height / 2,
      });
    }
    importThreats(builder, cell, id, isStride, path);
  }

  for (const cell of cells) {
    if (cell.kind === 'boundaryCurve') {
      const id = builder.elementIds.claim(cell.rawId, 'boundary');
      builder.addElement(diagramId, {
        id,
        kind: 'trustBoundary',
        name: cell.name,
        description: stringAt(cell.data, 'description') ?? '',
        properties: { shape: 'line', trustLevel: trustLevelFromName(cell.name) },
      });
      const start = endPoint(cell.source, idOf, centers);
      const end = endPoint(cell.target, idOf, centers);
      builder.setRoute(id, [...(start ? [start] : []), ...cell.vertices, ...(end ? [end] : [])]);
    } else if (cell.kind === 'flow') {
      importFlow(builder, diagramId, cell, idOf, path);
    }
  }
}

function nodeElement(cell: TdCell, id: string): ElementInput {
  const data = cell.data;
  const common = {
    id,
    name: cell.name,
    description: stringAt(data, 'description') ?? '',
    outOfScope: booleanAt(data, 'outOfScope'),
    outOfScopeReason: stringAt(data, 'reasonOutOfScope') ?? '',
  };
  const tags = (pairs: Array<[boolean, string]>): string[] =>
    pairs.filter(([on]) => on).map(([, tag]) => tag);

  switch (cell.kind) {
    case 'actor':
      return {
        ...common,
        kind: 'externalEntity',
        tags: tags([[booleanAt(data, 'providesAuthentication'), TD_TAGS.providesAuthentication]]),
        properties: { entityKind: entityKindFromName(cell.name) },
      };
    case 'store': {
      const isLog = booleanAt(data, 'isALog');
      return {
        ...common,
        kind: 'dataStore',
        tags: tags([
          [booleanAt(data, 'isSigned'), TD_TAGS.isSigned],
          [booleanAt(data, 'storesInventory'), TD_TAGS.storesInventory],
        ]),
        properties: {
          storeKind: isLog ? 'log' : storeKindFromName(cell.name),
          isAuditLog: isLog,
          holdsCredentials: booleanAt(data, 'storesCredentials'),
          encryptedAtRest: booleanAt(data, 'isEncrypted'),
        },
      };
    }
    case 'boundaryBox':
      return {
        id,
        kind: 'trustBoundary',
        name: cell.name,
        description: stringAt(data, 'description') ?? '',
        properties: { shape: 'zone', trustLevel: trustLevelFromName(cell.name) },
      };
    default: {
      const privilege = (stringAt(data, 'privilegeLevel') ?? '').trim();
      const payments = booleanAt(data, 'handlesCardPayment');
      const goods = booleanAt(data, 'handlesGoodsOrServices');
      return {
        ...common,
        kind: 'process',
        tags: [
          ...tags([
            [payments, TD_TAGS.handlesCardPayment],
            [goods, TD_TAGS.handlesGoodsOrServices],
            [booleanAt(data, 'isWebApplication'), TD_TAGS.isWebApplication],
          ]),
          ...(privilege ? [`${PRIVILEGE_TAG_PREFIX}${privilege}`] : []),
        ],
        properties: {
          businessCritical: payments || goods,
          runsPrivileged: /admin|root|system|privileged|elevated|kernel|\bhigh/i.test(privilege),
        },
      };
    }
  }
}

function importFlow(
  builder: ModelBuilder,
  diagramId: string,
  cell: TdCell,
  idOf: ReadonlyMap<string, string>,
  path: string,
): void {
  const id = builder.elementIds.claim(cell.rawId, 'flow');
  const data = cell.data;
  const sourceId = cell.source?.cellId !== undefined ? idOf.get(cell.source.cellId) : undefined;
  const targetId = cell.target?.cellId !== undefined ? idOf.get(cell.target.cellId) : undefined;
  if (sourceId === undefined || targetId === undefined) {
    builder.warnings.add(
      'import/dangling-flow',
      `Data flow "${cell.name || id}" is not attached at both ends; it was kept and needs connecting.`,
      path,
    );
  }
  const protocol = stringAt(data, 'protocol') ?? '';
  builder.addElement(diagramId, {
    id,
    kind: 'dataFlow',
    name: cell.name,
    description: stringAt(data, 'description') ?? '',
    outOfScope: booleanAt(data, 'outOfScope'),
    outOfScopeReason: stringAt(data, 'reasonOutOfScope') ?? '',
    tags: booleanAt(data, 'isPublicNetwork') ? [TD_TAGS.isPublicNetwork] : [],
    // A flow's unattached end gets an id of its own that no element has, which lint reports.
    sourceId: sourceId ?? `${id.slice(0, 190)}.source`,
    targetId: targetId ?? `${id.slice(0, 190)}.target`,
    properties: {
      protocol: normalizeProtocol(protocol).slice(0, 60),
      encrypted: field(data, 'isEncrypted') === undefined ? null : booleanAt(data, 'isEncrypted'),
      bidirectional: booleanAt(data, 'isBidirectional'),
    },
  });
  const route = [
    ...(sourceId === undefined && cell.source?.point ? [cell.source.point] : []),
    ...cell.vertices,
    ...(targetId === undefined && cell.target?.point ? [cell.target.point] : []),
  ];
  builder.setRoute(id, route);
  importThreats(builder, cell, id, true, path);
}

function endPoint(
  end: CellEnd | undefined,
  idOf: ReadonlyMap<string, string>,
  centers: ReadonlyMap<string, Point>,
): Point | undefined {
  if (!end) return undefined;
  if (end.point) return end.point;
  const id = end.cellId === undefined ? undefined : idOf.get(end.cellId);
  return id === undefined ? undefined : centers.get(id);
}

function importThreats(
  builder: ModelBuilder,
  cell: TdCell,
  elementId: string,
  isStride: boolean,
  path: string,
): void {
  arrayAt(cell.data, 'threats').forEach((raw, t) => {
    if (!isObject(raw)) return;
    const title = stringAt(raw, 'title') ?? '';
    const type = stringAt(raw, 'type') ?? '';
    const description = stringAt(raw, 'description') ?? '';
    const category =
      (isStride || /^stride$/i.test(stringAt(raw, 'modelType') ?? '')
        ? strideFromLabel(type)
        : null) ?? strideFromText(type, title, description);
    const status = statusFromThreatDragon(stringAt(raw, 'status') ?? '');
    if (!status.known) {
      builder.warnings.add(
        'import/threat-status',
        `Threat "${title}" has status "${stringAt(raw, 'status') ?? ''}", recorded as ${status.status}.`,
        path,
      );
    }
    const ratings = ratingsFromSeverity(stringAt(raw, 'severity') ?? '');
    const id = builder.threatIds.claim(
      stringAt(raw, 'id') ??
        stringAt(raw, 'threatId') ??
        `${elementId.slice(0, 180)}.threat-${t + 1}`,
      'threat',
    );
    const score = stringAt(raw, 'score')?.trim() ?? '';
    const mitigationText = (stringAt(raw, 'mitigation') ?? '').trim();
    const number = numberAt(raw, 'number');

    builder.addThreat({
      id,
      ...(number !== undefined ? { number } : {}),
      title,
      category,
      elementId,
      description,
      ...(ratings ? { ...ratings, ratedBy: 'person' as const } : {}),
      status: status.status,
      mitigationIds: mitigationText
        ? [mitigationFor(builder, mitigationText, status.status === 'mitigated')]
        : [],
      notes: score ? `${SCORE_NOTE_PREFIX}${score}` : '',
      reviewed: true,
    });
  });
}
