/**
 * Our model as an Open Threat Model 0.2 document. Zones become trust zones, boxes components with
 * our DFD kind in `attributes.dfdType`, flows dataflows, and each threat an instance of a catalogue
 * threat with its mitigations. OTM requires every component to sit in a zone, so elements outside
 * all zones go into one zone named "Outside", which our importer leaves out again.
 */
import { isFlowEncrypted } from '../../model/protocols';
import type { Element, NodeBox, Threat, ThreatModel } from '../../model/types';
import { STRIDE_NAMES } from '../../model/vocabulary';
import { ok, type Result } from '../../result';
import { OTM_MITIGATION_STATE, OTM_THREAT_STATE } from '../otmStates';
import { percentFromLevel, percentFromReductionSteps } from '../vocabularyMapping';
import { LossTally, plural } from './exportWarnings';

export const OTM_VERSION = '0.2.0';
/** The zone that holds elements outside every zone, which OTM cannot express otherwise. */
export const OUTSIDE_ZONE_ID = 'gatehouse-outside';
const REPRESENTATION_ID = 'gatehouse-diagram';

const DFD_TYPE: Readonly<Record<string, string>> = {
  process: 'process',
  dataStore: 'datastore',
  externalEntity: 'external-entity',
};

type Json = Record<string, unknown>;

/** Serialises a model as OTM 0.2 JSON text. Never throws. */
export function exportOtm(model: ThreatModel): Result<string> {
  const losses = new LossTally();
  const elements = model.diagrams.flatMap((diagram) => diagram.elements);
  const byId = new Map(elements.map((element) => [element.id, element]));
  const mitigationById = new Map(model.mitigations.map((m) => [m.id, m]));
  if (model.diagrams.length > 1) {
    losses.note(
      'export/diagrams',
      () =>
        `${plural(model.diagrams.length, 'diagram')} were merged into one OTM project; OTM has no separate diagrams.`,
    );
  }

  const instancesOf = new Map<string, Json[]>();
  const catalogue = new Map<string, Json>();
  for (const threat of model.threats) {
    const owner = byId.get(threat.elementId);
    if (!owner || owner.kind === 'trustBoundary') {
      losses.note(
        'export/orphan-threat',
        (n) => `${plural(n, 'threat')} not on a component or flow were left out.`,
      );
      continue;
    }
    const catalogueId = catalogueIdOf(threat);
    if (!catalogue.has(catalogueId))
      catalogue.set(catalogueId, catalogueThreat(catalogueId, threat));
    const list = instancesOf.get(threat.elementId) ?? [];
    list.push({
      threat: catalogueId,
      state: OTM_THREAT_STATE[threat.status],
      mitigations: threat.mitigationIds
        .filter((id) => mitigationById.has(id))
        .map((id) => ({
          mitigation: id,
          state: OTM_MITIGATION_STATE[mitigationById.get(id)?.status ?? 'proposed'],
        })),
    });
    instancesOf.set(threat.elementId, list);
    if (threat.justification !== '')
      losses.note(
        'export/justification',
        (n) => `Justifications of ${plural(n, 'threat')} have no place in OTM and were left out.`,
      );
  }

  const needsOutside = elements.some(
    (e) => e.kind !== 'dataFlow' && e.kind !== 'trustBoundary' && e.boundaryId === null,
  );
  const zones: Json[] = [];
  if (needsOutside)
    zones.push({
      id: OUTSIDE_ZONE_ID,
      name: 'Outside',
      type: 'outside',
      description: 'Everything outside the modelled zones.',
      risk: { trustRating: 0 },
      attributes: { gatehouseOutside: 'true' },
    });

  const components: Json[] = [];
  const dataflows: Json[] = [];
  for (const element of elements) {
    if (element.kind === 'trustBoundary') {
      if (element.properties.shape === 'line') {
        losses.note(
          'export/boundary-lines',
          (n) =>
            `${plural(n, 'boundary', 'boundaries')} drawn as lines were left out; OTM only has zones.`,
        );
        continue;
      }
      zones.push({
        id: element.id,
        name: element.name,
        type: 'trust-zone',
        description: element.description,
        risk: { trustRating: element.properties.trustLevel },
        ...(element.boundaryId !== null && byId.has(element.boundaryId)
          ? { parent: { trustZone: element.boundaryId } }
          : {}),
        representations: representation(model, element, byId),
        attributes: { dfdType: 'trust-boundary' },
      });
    } else if (element.kind === 'dataFlow') {
      dataflows.push({
        id: element.id,
        name: element.name,
        description: element.description,
        source: element.sourceId,
        destination: element.targetId,
        bidirectional: element.properties.bidirectional,
        tags: element.tags,
        attributes: {
          protocol: element.properties.protocol,
          isEncrypted: String(isFlowEncrypted(element)),
          dataClassification: element.properties.dataClassification,
          ...(element.outOfScope ? { 'Out Of Scope': 'true' } : {}),
        },
        threats: instancesOf.get(element.id) ?? [],
      });
    } else {
      components.push({
        id: element.id,
        name: element.name,
        type: DFD_TYPE[element.kind],
        description: element.description,
        parent: {
          trustZone:
            element.boundaryId !== null && byId.has(element.boundaryId)
              ? element.boundaryId
              : OUTSIDE_ZONE_ID,
        },
        tags: element.tags,
        representations: representation(model, element, byId),
        attributes: componentAttributes(element),
        threats: instancesOf.get(element.id) ?? [],
      });
      if (element.kind === 'process' && element.properties.operations.length > 0) {
        losses.note(
          'export/operations',
          (n) =>
            `API operations of ${plural(n, 'process', 'processes')} were left out; OTM has no place for them.`,
        );
      }
    }
  }

  const document = {
    otmVersion: OTM_VERSION,
    project: {
      name: model.title,
      id: model.id,
      description: model.summary,
      owner: model.owner,
      tags: model.tags,
    },
    representations: [
      {
        name: 'Gatehouse diagram',
        id: REPRESENTATION_ID,
        type: 'diagram',
        size: canvasSize(model),
      },
    ],
    trustZones: zones,
    components,
    dataflows,
    threats: [...catalogue.values()],
    mitigations: model.mitigations.map((m) => ({
      id: m.id,
      name: m.title,
      description: m.description,
      riskReduction: percentFromReductionSteps(m.reduction.likelihood, m.reduction.impact),
    })),
  };
  if (model.mitigations.some((m) => m.owner !== '' || m.dueDate !== null || m.ticket !== '')) {
    losses.note(
      'export/mitigation-details',
      () => 'Owners, due dates and tickets of mitigations have no place in OTM and were left out.',
    );
  }
  return ok(`${JSON.stringify(document, null, 2)}\n`, losses.list());
}

/** A threat's catalogue id: its own, less the element suffix our importer adds to shared ones. */
function catalogueIdOf(threat: Threat): string {
  const suffix = `:${threat.elementId}`;
  return threat.id.endsWith(suffix) && threat.id.length > suffix.length
    ? threat.id.slice(0, -suffix.length)
    : threat.id;
}

function catalogueThreat(id: string, threat: Threat): Json {
  return {
    id,
    name: threat.title,
    description: threat.description,
    categories: [STRIDE_NAMES[threat.category]],
    cwes: threat.references.filter((ref) => /^CWE-\d+$/i.test(ref)),
    risk: {
      likelihood: percentFromLevel(threat.likelihood),
      impact: percentFromLevel(threat.impact),
    },
  };
}

function componentAttributes(
  element: Exclude<Element, { kind: 'dataFlow' | 'trustBoundary' }>,
): Json {
  const base: Json = {
    dfdType: DFD_TYPE[element.kind],
    ...(element.outOfScope ? { 'Out Of Scope': 'true' } : {}),
  };
  switch (element.kind) {
    case 'dataStore':
      return {
        ...base,
        storeKind: element.properties.storeKind,
        storesCredentials: String(element.properties.holdsCredentials),
        isEncrypted: String(element.properties.encryptedAtRest),
        isALog: String(element.properties.isAuditLog),
      };
    case 'externalEntity':
      return {
        ...base,
        entityKind: element.properties.entityKind,
        trust: element.properties.trust,
      };
    case 'process':
      return {
        ...base,
        exposure: element.properties.exposure,
        authentication: element.properties.authentication,
        technology: element.properties.technology,
      };
  }
}

/** The element's box, relative to its parent zone's box as OTM positions are. */
function representation(
  model: ThreatModel,
  element: Exclude<Element, { kind: 'dataFlow' }>,
  byId: ReadonlyMap<string, Element>,
): Json[] {
  const box = model.layout.nodes[element.id];
  if (!box) return [];
  const parent: NodeBox | undefined =
    element.boundaryId !== null && byId.has(element.boundaryId)
      ? model.layout.nodes[element.boundaryId]
      : undefined;
  return [
    {
      representation: REPRESENTATION_ID,
      id: `${element.id}-representation`,
      name: element.name,
      position: {
        x: Math.round(box.x - (parent?.x ?? 0)),
        y: Math.round(box.y - (parent?.y ?? 0)),
      },
      size: { width: Math.round(box.width), height: Math.round(box.height) },
    },
  ];
}

function canvasSize(model: ThreatModel): { width: number; height: number } {
  let width = 1000;
  let height = 1000;
  for (const box of Object.values(model.layout.nodes)) {
    width = Math.max(width, Math.ceil(box.x + box.width));
    height = Math.max(height, Math.ceil(box.y + box.height));
  }
  return { width, height };
}
