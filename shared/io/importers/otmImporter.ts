/**
 * Open Threat Model (0.1 and 0.2, JSON or YAML) to our model. OTM has no DFD kinds, so each
 * component's kind comes from our own `attributes.dfdType` when a file we wrote carries it, else
 * from the words in its type, id and name. Trust zones nest by `parent`; each threat instance
 * becomes one of our threats on its element, linked to the catalogue's mitigations.
 */
import { ID_PREFIXES } from '../../model/ids';
import { normalizeProtocol } from '../../model/protocols';
import type { MitigationStatus, NodeKind } from '../../model/vocabulary';
import { fail, problem, type Result } from '../../result';
import { furtherStatus, mitigationStatusFromOtm, statusFromOtm } from '../otmStates';
import {
  levelFromPercent,
  reductionStepsFromPercent,
  strideFromText,
  trustLevelFromName,
} from '../vocabularyMapping';
import { entityKindFromName, nodeKindFromWords, storeKindFromName } from './heuristics';
import { ModelBuilder, type ElementInput, type ImportedModel } from './modelBuilder';
import {
  arrayAt,
  asString,
  booleanAt,
  field,
  isObject,
  numberAt,
  objectAt,
  stringAt,
  type JsonObject,
} from './read';

export interface OtmOptions {
  now?: Date;
}

/** The DFD kinds our own OTM export writes into `attributes.dfdType`. */
export const DFD_TYPES: Readonly<Record<string, NodeKind>> = {
  process: 'process',
  datastore: 'dataStore',
  'data-store': 'dataStore',
  'external-entity': 'externalEntity',
  externalentity: 'externalEntity',
  actor: 'externalEntity',
};

interface Placed {
  x: number;
  y: number;
  width?: number;
  height?: number;
}

/** Imports a parsed OTM document. Never throws. */
export function importOtm(value: unknown, options: OtmOptions = {}): Result<ImportedModel> {
  if (field(value, 'otmVersion') === undefined) {
    return fail([
      problem('import/not-otm', 'This is not an Open Threat Model file: it has no "otmVersion".'),
    ]);
  }
  const builder = new ModelBuilder();
  const project = objectAt(value, 'project') ?? {};
  const diagramId = builder.addDiagram(
    stringAt(project, 'id') ?? 'main',
    stringAt(project, 'name') ?? 'Main',
    'declared',
  );

  const zoneIds = new Map<string, string>();
  const componentIds = new Map<string, string>();
  const zoneOfComponent = new Map<string, string | null>();
  const positions = new Map<string, { at: Placed; parent: string | null }>();

  // Zones first, so components and nested zones can name their parent by the source's id.
  // The zone our own export adds for elements outside every zone is not a real zone.
  const zones = arrayAt(value, 'trustZones')
    .filter(isObject)
    .filter((zone) => stringAt(objectAt(zone, 'attributes'), 'gatehouseOutside') !== 'true');
  for (const zone of zones) {
    const raw = stringAt(zone, 'id');
    const id = builder.elementIds.claim(raw, ID_PREFIXES.trustBoundary);
    if (raw !== undefined) zoneIds.set(raw, id);
  }
  zones.forEach((zone, z) => {
    const id =
      zoneIds.get(stringAt(zone, 'id') ?? '') ?? builder.elementIds.claim(undefined, 'zone');
    const parentRaw = stringAt(objectAt(zone, 'parent'), 'trustZone');
    const parent = parentRaw === undefined ? null : (zoneIds.get(parentRaw) ?? null);
    const name = stringAt(zone, 'name') ?? '';
    const rating = numberAt(objectAt(zone, 'risk'), 'trustRating');
    builder.addElement(diagramId, {
      id,
      kind: 'trustBoundary',
      name,
      description: stringAt(zone, 'description') ?? '',
      boundaryId: parent,
      properties: {
        shape: 'zone',
        trustLevel: rating === undefined ? trustLevelFromName(name) : clampLevel(rating),
      },
    });
    recordPosition(positions, id, zone, parent);
    if (parentRaw !== undefined && parent === null) {
      builder.warnings.add(
        'import/missing-zone',
        `Trust zone "${name}" names a parent zone that does not exist.`,
        `$.trustZones[${z}].parent`,
      );
    }
  });

  const components = arrayAt(value, 'components').filter(isObject);
  for (const component of components) {
    const raw = stringAt(component, 'id');
    const id = builder.elementIds.claim(raw, 'component');
    if (raw !== undefined) componentIds.set(raw, id);
  }
  // A component's zone may come through a chain of parent components.
  const resolveZone = (component: JsonObject, depth = 0): string | null => {
    const parent = objectAt(component, 'parent');
    const zone = stringAt(parent, 'trustZone');
    if (zone !== undefined) return zoneIds.get(zone) ?? null;
    const parentComponent = stringAt(parent, 'component');
    const holder = components.find((c) => stringAt(c, 'id') === parentComponent);
    return holder && depth < 32 ? resolveZone(holder, depth + 1) : null;
  };

  const threatCatalogue = catalogue(arrayAt(value, 'threats'));
  const mitigationCatalogue = catalogue(arrayAt(value, 'mitigations'));
  const mitigationStatus = new Map<string, MitigationStatus>();
  const usage = countThreatUses(value);

  components.forEach((component, c) => {
    const id =
      componentIds.get(stringAt(component, 'id') ?? '') ??
      builder.elementIds.claim(undefined, 'component');
    const zone = resolveZone(component);
    zoneOfComponent.set(id, zone);
    if (stringAt(objectAt(component, 'parent'), 'component') !== undefined) {
      builder.warnings.add(
        'import/nested-component',
        `Component "${stringAt(component, 'name') ?? id}" sits inside another component; it was placed in that component's zone.`,
        `$.components[${c}].parent`,
      );
    }
    builder.addElement(diagramId, componentElement(component, id, zone));
    const parentComponent = stringAt(objectAt(component, 'parent'), 'component');
    recordPosition(
      positions,
      id,
      component,
      parentComponent !== undefined ? (componentIds.get(parentComponent) ?? zone) : zone,
    );
    importInstances(
      builder,
      component,
      id,
      threatCatalogue,
      mitigationCatalogue,
      mitigationStatus,
      usage,
      `$.components[${c}]`,
    );
  });

  arrayAt(value, 'dataflows').forEach((flow, f) => {
    if (!isObject(flow)) return;
    const id = builder.elementIds.claim(stringAt(flow, 'id'), ID_PREFIXES.dataFlow);
    const endOf = (key: string): string => {
      const raw = stringAt(flow, key) ?? '';
      const found = componentIds.get(raw) ?? zoneIds.get(raw);
      if (found === undefined) {
        builder.warnings.add(
          'import/dangling-flow',
          `Data flow "${stringAt(flow, 'name') ?? id}" names a ${key} "${raw}" that does not exist; it was kept and needs connecting.`,
          `$.dataflows[${f}].${key}`,
        );
      }
      return found ?? `${id.slice(0, 190)}.${key === 'source' ? 'source' : 'target'}`;
    };
    const attributes = objectAt(flow, 'attributes');
    const encrypted = stringAt(attributes, 'isEncrypted');
    builder.addElement(diagramId, {
      id,
      kind: 'dataFlow',
      name: stringAt(flow, 'name') ?? '',
      description: stringAt(flow, 'description') ?? '',
      tags: stringList(field(flow, 'tags')),
      outOfScope: /^true$/i.test(stringAt(attributes, 'Out Of Scope') ?? ''),
      sourceId: endOf('source'),
      targetId: endOf('destination'),
      properties: {
        protocol: normalizeProtocol(stringAt(attributes, 'protocol') ?? '').slice(0, 60),
        encrypted: encrypted === undefined ? null : /^true$/i.test(encrypted),
        bidirectional: booleanAt(flow, 'bidirectional'),
      },
    });
    importInstances(
      builder,
      flow,
      id,
      threatCatalogue,
      mitigationCatalogue,
      mitigationStatus,
      usage,
      `$.dataflows[${f}]`,
    );
  });

  for (const [id, status] of mitigationStatus) {
    const entry = mitigationCatalogue.get(id);
    if (!entry) continue;
    builder.mitigationIds.claim(id, 'mit');
    const steps = reductionStepsFromPercent(numberAt(entry, 'riskReduction') ?? 50);
    builder.addMitigation({
      id,
      title: stringAt(entry, 'name') ?? id,
      description: stringAt(entry, 'description') ?? '',
      status,
      reduction: { likelihood: steps, impact: 0 },
    });
  }

  placeAbsolute(builder, positions);

  return builder.build({
    title: stringAt(project, 'name') ?? '',
    summary: stringAt(project, 'description') ?? '',
    owner: stringAt(project, 'owner') ?? '',
    tags: stringList(field(project, 'tags')),
    sourceKey: `otm:${stringAt(project, 'id') ?? stringAt(project, 'name') ?? ''}`,
    ...(options.now ? { now: options.now } : {}),
  });
}

function componentElement(component: JsonObject, id: string, zone: string | null): ElementInput {
  const attributes = objectAt(component, 'attributes');
  const name = stringAt(component, 'name') ?? '';
  const type = stringAt(component, 'type') ?? '';
  const hinted = DFD_TYPES[(stringAt(attributes, 'dfdType') ?? '').toLowerCase()];
  const kind = hinted ?? nodeKindFromWords(`${type} ${stringAt(component, 'id') ?? ''} ${name}`);
  const common = {
    id,
    name,
    description: stringAt(component, 'description') ?? '',
    tags: stringList(field(component, 'tags')),
    outOfScope: /^true$/i.test(
      stringAt(attributes, 'Out Of Scope') ?? stringAt(attributes, 'outOfScope') ?? '',
    ),
    boundaryId: zone,
  };
  const flag = (key: string): boolean => /^(true|yes)$/i.test(stringAt(attributes, key) ?? '');
  switch (kind) {
    case 'dataStore':
      return {
        ...common,
        kind,
        properties: {
          storeKind: storeKindFromName(`${type} ${name}`),
          holdsCredentials: flag('storesCredentials'),
          encryptedAtRest: flag('isEncrypted'),
          isAuditLog: flag('isALog'),
        },
      };
    case 'externalEntity':
      return { ...common, kind, properties: { entityKind: entityKindFromName(`${type} ${name}`) } };
    default:
      return { ...common, kind: 'process' };
  }
}

function importInstances(
  builder: ModelBuilder,
  owner: JsonObject,
  elementId: string,
  threats: ReadonlyMap<string, JsonObject>,
  mitigations: ReadonlyMap<string, JsonObject>,
  mitigationStatus: Map<string, MitigationStatus>,
  usage: ReadonlyMap<string, number>,
  path: string,
): void {
  arrayAt(owner, 'threats').forEach((instance, i) => {
    const ref = stringAt(instance, 'threat') ?? '';
    const entry = threats.get(ref);
    if (!entry) {
      builder.warnings.add(
        'import/missing-threat',
        `A threat instance names threat "${ref}", which the catalogue does not have; it was left out.`,
        `${path}.threats[${i}]`,
      );
      return;
    }
    const state = stringAt(instance, 'state') ?? '';
    const status = statusFromOtm(state);
    if (!status.known) {
      builder.warnings.add(
        'import/threat-status',
        `Threat state "${state}" is not one Gatehouse knows; the threat was recorded as open.`,
        `${path}.threats[${i}].state`,
      );
    }
    const risk = objectAt(entry, 'risk');
    const likelihood = numberAt(risk, 'likelihood');
    const impact = numberAt(risk, 'impact');
    const categories = stringList(field(entry, 'categories'));
    const links: string[] = [];
    for (const link of arrayAt(instance, 'mitigations')) {
      const mitigationId = stringAt(link, 'mitigation') ?? '';
      if (!mitigations.has(mitigationId)) {
        builder.warnings.add(
          'import/missing-mitigation',
          `A threat links to mitigation "${mitigationId}", which the catalogue does not have.`,
          `${path}.threats[${i}]`,
        );
        continue;
      }
      const linkStatus = mitigationStatusFromOtm(stringAt(link, 'state') ?? '');
      const before = mitigationStatus.get(mitigationId);
      mitigationStatus.set(
        mitigationId,
        before === undefined ? linkStatus : furtherStatus(before, linkStatus),
      );
      links.push(mitigationId);
    }
    // The catalogue id stays the threat's id where it is used once; shared ones add the element.
    const rawId = (usage.get(ref) ?? 0) > 1 ? `${ref}:${elementId}` : ref;
    builder.addThreat({
      id: builder.threatIds.claim(rawId, 'threat'),
      title: stringAt(entry, 'name') ?? ref,
      category: strideFromText(
        ...categories,
        stringAt(entry, 'name') ?? '',
        stringAt(entry, 'description') ?? '',
      ),
      elementId,
      description: stringAt(entry, 'description') ?? '',
      references: stringList(field(entry, 'cwes')).map((cwe) =>
        /^\d+$/.test(cwe) ? `CWE-${cwe}` : cwe,
      ),
      ...(likelihood !== undefined ? { likelihood: levelFromPercent(likelihood) } : {}),
      ...(impact !== undefined ? { impact: levelFromPercent(impact) } : {}),
      ratedBy: likelihood !== undefined || impact !== undefined ? 'person' : 'rule',
      status: status.status,
      mitigationIds: [...new Set(links)],
      reviewed: true,
    });
  });
}

function catalogue(list: unknown[]): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const entry of list) {
    const id = stringAt(entry, 'id');
    if (isObject(entry) && id !== undefined && !out.has(id)) out.set(id, entry);
  }
  return out;
}

function countThreatUses(value: unknown): Map<string, number> {
  const uses = new Map<string, number>();
  for (const owner of [...arrayAt(value, 'components'), ...arrayAt(value, 'dataflows')]) {
    for (const instance of arrayAt(owner, 'threats')) {
      const ref = stringAt(instance, 'threat');
      if (ref !== undefined) uses.set(ref, (uses.get(ref) ?? 0) + 1);
    }
  }
  return uses;
}

function recordPosition(
  positions: Map<string, { at: Placed; parent: string | null }>,
  id: string,
  owner: JsonObject,
  parent: string | null,
): void {
  for (const representation of arrayAt(owner, 'representations')) {
    const position = objectAt(representation, 'position');
    const x = numberAt(position, 'x');
    const y = numberAt(position, 'y');
    if (x === undefined || y === undefined) continue;
    const size = objectAt(representation, 'size');
    const width = numberAt(size, 'width');
    const height = numberAt(size, 'height');
    positions.set(id, {
      at: {
        x,
        y,
        ...(width !== undefined ? { width } : {}),
        ...(height !== undefined ? { height } : {}),
      },
      parent,
    });
    return;
  }
}

/** OTM positions are relative to the parent's; ours are absolute. */
function placeAbsolute(
  builder: ModelBuilder,
  positions: ReadonlyMap<string, { at: Placed; parent: string | null }>,
): void {
  const absolute = new Map<string, { x: number; y: number }>();
  const resolve = (id: string, depth: number): { x: number; y: number } | null => {
    const known = absolute.get(id);
    if (known) return known;
    const entry = positions.get(id);
    if (!entry || depth > 64) return null;
    const origin =
      entry.parent === null ? { x: 0, y: 0 } : (resolve(entry.parent, depth + 1) ?? { x: 0, y: 0 });
    const at = { x: origin.x + entry.at.x, y: origin.y + entry.at.y };
    absolute.set(id, at);
    return at;
  };
  for (const [id, entry] of positions) {
    const at = resolve(id, 0);
    if (at)
      builder.setBox(id, { ...at, width: entry.at.width ?? 120, height: entry.at.height ?? 80 });
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.map(asString).filter((s): s is string => s !== undefined)
    : [];
}

function clampLevel(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}
