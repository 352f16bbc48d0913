/**
 * Microsoft Threat Modeling Tool `.tm7` models to ours. Every drawing surface becomes a diagram;
 * stencils become processes, external entities, stores, zones (boundary boxes) and boundaries
 * drawn as lines; the stencil's chosen attributes become our properties; and each threat instance
 * becomes a threat on its flow with state, priority and justification.
 */
import type { ThreatStatus } from '../../model/vocabulary';
import { fail, problem, type Result } from '../../result';
import { strideFromLabel, strideFromText, trustLevelFromName } from '../vocabularyMapping';
import { entityKindFromName, storeKindFromName, type StoreKind } from './heuristics';
import { mitigationFor } from './mitigationText';
import { ModelBuilder, type ElementInput, type ImportedModel, type Point } from './modelBuilder';
import {
  arrayAt,
  asString,
  field,
  isObject,
  numberAt,
  objectAt,
  stringAt,
  type JsonObject,
} from './read';
import { parseTm7Xml } from './tm7Xml';

export interface Tm7Options {
  now?: Date;
}

const NO_GUID = '00000000-0000-0000-0000-000000000000';

/** What a stencil's property list says: its name, scope, and the chosen value of each attribute. */
interface StencilProperties {
  name: string;
  stencil: string;
  outOfScope: boolean;
  outOfScopeReason: string;
  /** Chosen values by display name and by key, e.g. "storesCredentials" → "Yes". */
  values: Map<string, string>;
}

/** Imports `.tm7` text. Never throws. */
export function importTm7(text: string, options: Tm7Options = {}): Result<ImportedModel> {
  const parsed = parseTm7Xml(text);
  if (!parsed.ok) return parsed;
  const root = objectAt(parsed.value, 'ThreatModel');
  if (!root) {
    return fail([
      problem(
        'import/not-tm7',
        'This XML file is not a Threat Modeling Tool model: its root element is not ThreatModel.',
      ),
    ]);
  }

  const builder = new ModelBuilder();
  const ids = new Map<string, string>();
  const surfaces = arrayAt(objectAt(root, 'DrawingSurfaceList'), 'DrawingSurfaceModel').filter(
    isObject,
  );
  surfaces.forEach((surface, s) =>
    importSurface(builder, surface, ids, `$.DrawingSurfaceList[${s}]`),
  );
  importThreats(builder, root, ids);

  const meta = objectAt(root, 'MetaInformation');
  const title = plain(field(meta, 'ThreatModelName'));
  const reviewer = plain(field(meta, 'Reviewer'));
  return builder.build({
    title: title || 'Threat Modeling Tool model',
    summary: plain(field(meta, 'HighLevelSystemDescription')),
    owner: plain(field(meta, 'Owner')),
    reviewers: reviewer ? [reviewer] : [],
    sourceKey: `tm7:${title}:${stringAt(surfaces[0], 'Guid') ?? ''}`,
    ...(options.now ? { now: options.now } : {}),
  });
}

function importSurface(
  builder: ModelBuilder,
  surface: JsonObject,
  ids: Map<string, string>,
  path: string,
): void {
  const props = readProperties(field(surface, 'Properties'));
  const name = plain(field(surface, 'Header')) || props.name || 'Diagram';
  const diagramId = builder.addDiagram(stringAt(surface, 'Guid'), name, 'geometry');

  for (const entry of arrayAt(objectAt(surface, 'Borders'), 'KeyValueOfguidanyType')) {
    const stencil = objectAt(entry, 'Value');
    if (!stencil) continue;
    const generic = stringAt(stencil, 'GenericTypeId') ?? '';
    const guid = stringAt(stencil, 'Guid') ?? stringAt(entry, 'Key');
    if (generic === 'GE.A') {
      builder.warnings.add(
        'import/text-dropped',
        'A free text annotation was left out; Gatehouse diagrams have no text notes.',
        path,
      );
      continue;
    }
    const element = borderElement(builder, stencil, generic);
    if (!element) {
      builder.warnings.add(
        'import/unknown-stencil',
        `A stencil of unknown type "${generic}" was left out.`,
        path,
      );
      continue;
    }
    if (guid !== undefined) ids.set(guid, element.id);
    builder.addElement(diagramId, element);
    const box = {
      x: numberAt(stencil, 'Left') ?? NaN,
      y: numberAt(stencil, 'Top') ?? NaN,
      width: numberAt(stencil, 'Width') ?? 100,
      height: numberAt(stencil, 'Height') ?? 100,
    };
    builder.setBox(element.id, box);
  }

  for (const entry of arrayAt(objectAt(surface, 'Lines'), 'KeyValueOfguidanyType')) {
    const line = objectAt(entry, 'Value');
    if (!line) continue;
    const generic = stringAt(line, 'GenericTypeId') ?? '';
    const props = readProperties(field(line, 'Properties'));
    const guid = stringAt(line, 'Guid') ?? stringAt(entry, 'Key');
    const start = point(line, 'SourceX', 'SourceY');
    const handle = point(line, 'HandleX', 'HandleY');
    const end = point(line, 'TargetX', 'TargetY');

    if (generic === 'GE.TB.L') {
      const id = builder.elementIds.claim(guid, 'boundary');
      builder.addElement(diagramId, {
        id,
        kind: 'trustBoundary',
        name: props.name,
        tags: stencilTags(line),
        properties: {
          shape: 'line',
          trustLevel: trustLevelFromName(`${props.name} ${stringAt(line, 'TypeId') ?? ''}`),
        },
      });
      builder.setRoute(
        id,
        [start, handle, end].filter((p): p is Point => p !== null),
      );
      continue;
    }
    if (generic !== 'GE.DF') {
      builder.warnings.add(
        'import/unknown-stencil',
        `A line of unknown type "${generic}" was left out.`,
        path,
      );
      continue;
    }
    const id = builder.elementIds.claim(guid, 'flow');
    if (guid !== undefined) ids.set(guid, id);
    const sourceGuid = stringAt(line, 'SourceGuid') ?? NO_GUID;
    const targetGuid = stringAt(line, 'TargetGuid') ?? NO_GUID;
    const sourceId = ids.get(sourceGuid);
    const targetId = ids.get(targetGuid);
    if (sourceId === undefined || targetId === undefined) {
      builder.warnings.add(
        'import/dangling-flow',
        `Data flow "${props.name || id}" is not attached at both ends; it was kept and needs connecting.`,
        path,
      );
    }
    builder.addElement(diagramId, flowElement(line, props, id, sourceId, targetId));
    builder.setRoute(id, [
      ...(sourceId === undefined && start ? [start] : []),
      ...(handle ? [handle] : []),
      ...(targetId === undefined && end ? [end] : []),
    ]);
  }
}

function borderElement(
  builder: ModelBuilder,
  stencil: JsonObject,
  generic: string,
): ElementInput | null {
  const props = readProperties(field(stencil, 'Properties'));
  const typeId = stringAt(stencil, 'TypeId') ?? generic;
  const guid = stringAt(stencil, 'Guid');
  const yes = (key: string): boolean => /^(yes|true)$/i.test(props.values.get(key) ?? '');
  const common = {
    name: props.name,
    outOfScope: props.outOfScope,
    outOfScopeReason: props.outOfScopeReason,
    tags: stencilTags(stencil),
  };

  switch (generic) {
    case 'GE.P':
      return {
        ...common,
        id: builder.elementIds.claim(guid, 'process'),
        kind: 'process',
        properties: {
          runsPrivileged: /kernel|system|administrator|network service|local service/i.test(
            props.values.get('runningAs') ?? '',
          ),
          validatesInput: yes('hasInputSanitizers'),
          technology: /web\s?app|web\s?server|browser|ui\b/i.test(`${typeId} ${props.stencil}`)
            ? 'ui'
            : /function/i.test(typeId)
              ? 'function'
              : 'service',
        },
      };
    case 'GE.EI': {
      const type = props.values.get('type') ?? '';
      return {
        ...common,
        id: builder.elementIds.claim(guid, 'entity'),
        kind: 'externalEntity',
        properties: {
          entityKind: /human/i.test(type)
            ? 'person'
            : /code/i.test(type)
              ? 'thirdPartyService'
              : entityKindFromName(`${props.name} ${typeId} ${props.stencil}`),
          authenticatesItself: yes('authenticatesItself'),
        },
      };
    }
    case 'GE.DS': {
      const logs = yes('storesLogData');
      return {
        ...common,
        id: builder.elementIds.claim(guid, 'store'),
        kind: 'dataStore',
        properties: {
          storeKind: logs
            ? 'log'
            : storeKindFrom(
                props.values.get('storeType') ?? '',
                `${props.name} ${typeId} ${props.stencil}`,
              ),
          holdsCredentials: yes('storesCredentials'),
          isAuditLog: logs,
          encryptedAtRest: yes('Encrypted'),
          backedUp: yes('Backup'),
        },
      };
    }
    case 'GE.TB.B':
      return {
        id: builder.elementIds.claim(guid, 'zone'),
        kind: 'trustBoundary',
        name: props.name,
        tags: stencilTags(stencil),
        properties: { shape: 'zone', trustLevel: trustLevelFromName(`${props.name} ${typeId}`) },
      };
    default:
      return null;
  }
}

function storeKindFrom(storeType: string, words: string): StoreKind {
  if (/relational/i.test(storeType) && !/non/i.test(storeType)) return 'sql';
  if (/non relational/i.test(storeType)) return 'document';
  if (/file system/i.test(storeType)) return 'file';
  if (/cache/i.test(storeType)) return 'cache';
  if (/registry|configuration/i.test(storeType)) return 'file';
  return storeKindFromName(words);
}

function flowElement(
  line: JsonObject,
  props: StencilProperties,
  id: string,
  sourceId?: string,
  targetId?: string,
): ElementInput {
  const typeId = stringAt(line, 'TypeId') ?? '';
  const yesNo = (key: string): boolean | null => {
    const value = props.values.get(key) ?? '';
    return /^yes$/i.test(value) ? true : /^no$/i.test(value) ? false : null;
  };
  return {
    id,
    kind: 'dataFlow',
    name: props.name,
    outOfScope: props.outOfScope,
    outOfScopeReason: props.outOfScopeReason,
    tags: stencilTags(line),
    sourceId: sourceId ?? `${id.slice(0, 190)}.source`,
    targetId: targetId ?? `${id.slice(0, 190)}.target`,
    properties: {
      protocol: protocolOf(`${typeId} ${props.stencil} ${props.name}`),
      encrypted: yesNo('providesConfidentiality'),
      authenticated: yesNo('authenticatesSource'),
    },
  };
}

function protocolOf(words: string): string {
  if (/https|tls|ssl/i.test(words)) return 'HTTPS';
  if (/\bhttp\b|\.http\b/i.test(words)) return 'HTTP';
  if (/ipsec/i.test(words)) return 'TLS';
  if (/sql|psql|postgres/i.test(words)) return 'SQL';
  if (/amqp/i.test(words)) return 'AMQP';
  if (/\brpc\b|grpc/i.test(words)) return 'gRPC';
  return '';
}

/** The concrete stencil as a tag, so a person (and a rule) can still see "Azure SQL" and the like. */
function stencilTags(stencil: JsonObject): string[] {
  const typeId = stringAt(stencil, 'TypeId') ?? '';
  return typeId.startsWith('SE.') ? [`stencil:${typeId}`.slice(0, 100)] : [];
}

function readProperties(value: unknown): StencilProperties {
  const out: StencilProperties = {
    name: '',
    stencil: '',
    outOfScope: false,
    outOfScopeReason: '',
    values: new Map(),
  };
  for (const item of arrayAt(value, 'anyType')) {
    const type = (stringAt(item, '@type') ?? '').replace(/^[\w]+:/, '');
    const display = stringAt(item, 'DisplayName') ?? '';
    const key = stringAt(item, 'Name') ?? '';
    const raw = field(item, 'Value');
    if (type === 'HeaderDisplayAttribute') {
      if (out.stencil === '') out.stencil = display;
      continue;
    }
    let chosen: string;
    if (type === 'ListDisplayAttribute' || type === 'StaticListDisplayAttribute') {
      const options = arrayAt(raw, 'string').map((option) => plain(option));
      chosen = options[numberAt(item, 'SelectedIndex') ?? 0] ?? '';
    } else {
      chosen = plain(raw);
    }
    if (display === 'Name' && type === 'StringDisplayAttribute') out.name = chosen;
    else if (display === 'Out Of Scope') out.outOfScope = /^true$/i.test(chosen);
    else if (display === 'Reason For Out Of Scope') out.outOfScopeReason = chosen;
    if (display) out.values.set(display, chosen);
    if (key && !/^[0-9a-f-]{36}$/i.test(key)) out.values.set(key, chosen);
  }
  return out;
}

/** Text content of an element that may carry attributes (`i:nil`, `i:type`) or none. */
function plain(value: unknown): string {
  if (isObject(value)) return asString(field(value, '#text')) ?? '';
  return asString(value) ?? '';
}

function point(line: JsonObject, xKey: string, yKey: string): Point | null {
  const x = numberAt(line, xKey);
  const y = numberAt(line, yKey);
  return x === undefined || y === undefined ? null : { x, y };
}

function importThreats(
  builder: ModelBuilder,
  root: JsonObject,
  ids: ReadonlyMap<string, string>,
): void {
  arrayAt(objectAt(root, 'ThreatInstances'), 'KeyValueOfstringThreatpc_P0_PhOB').forEach(
    (entry, t) => {
      const threat = objectAt(entry, 'Value');
      if (!threat) return;
      const props = new Map<string, string>();
      for (const pair of arrayAt(objectAt(threat, 'Properties'), 'KeyValueOfstringstring')) {
        const key = stringAt(pair, 'Key');
        if (key !== undefined) props.set(key, plain(field(pair, 'Value')));
      }
      const get = (key: string): string => props.get(key) || plain(field(threat, key));
      const elementId =
        ids.get(stringAt(threat, 'FlowGuid') ?? '') ??
        ids.get(stringAt(threat, 'TargetGuid') ?? '') ??
        ids.get(stringAt(threat, 'SourceGuid') ?? '');
      const title = get('Title');
      if (elementId === undefined) {
        builder.warnings.add(
          'import/orphan-threat',
          `Threat "${title}" belongs to no element in the diagrams and was left out.`,
          `$.ThreatInstances[${t}]`,
        );
        return;
      }
      const typeId = stringAt(threat, 'TypeId') ?? '';
      const state = stringAt(threat, 'State') ?? '';
      const status = statusFromTmt(state);
      const priority = get('Priority');
      const impact = /^high$/i.test(priority)
        ? 4
        : /^medium$/i.test(priority)
          ? 3
          : /^low$/i.test(priority)
            ? 2
            : undefined;
      const mitigationText = stripHtml(get('PossibleMitigations'));
      const number = numberAt(threat, 'Id');

      builder.addThreat({
        id: builder.threatIds.claim(stringAt(entry, 'Key') ?? `${typeId}-${t + 1}`, 'threat'),
        ...(number !== undefined ? { number } : {}),
        title,
        category:
          strideFromLabel(get('UserThreatCategory')) ??
          strideFromLabel(typeId.charAt(0)) ??
          strideFromText(title, get('UserThreatDescription')),
        elementId,
        description: stripHtml(get('UserThreatDescription')),
        ...(impact !== undefined ? { impact, ratedBy: 'person' as const } : {}),
        status,
        justification: plain(field(threat, 'StateInformation')),
        notes: /needsinvestigation/i.test(state)
          ? 'Needs investigation (from the Threat Modeling Tool).'
          : '',
        mitigationIds: mitigationText
          ? [mitigationFor(builder, mitigationText, status === 'mitigated')]
          : [],
        reviewed: !/autogenerated/i.test(state),
      });
    },
  );
}

function statusFromTmt(state: string): ThreatStatus {
  if (/^mitigated$/i.test(state)) return 'mitigated';
  if (/^notapplicable$/i.test(state)) return 'notApplicable';
  return 'open';
}

/** Template texts carry HTML links; keep their words and addresses as plain text. */
function stripHtml(text: string): string {
  return text
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/gi, (_, href: string, label: string) =>
      label === href ? href : `${label} (${href})`,
    )
    .replace(/<[^>]+>/g, '')
    .trim();
}
