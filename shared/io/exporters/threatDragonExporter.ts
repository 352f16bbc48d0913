/**
 * Our model as a Threat Dragon v2 file that Threat Dragon opens: the cells its schema requires,
 * the flags it reads, each threat on its element with status, severity and mitigation text. What
 * Threat Dragon has no place for is listed as warnings.
 */
import { indexModel } from '../../model/modelIndex';
import { isFlowEncrypted } from '../../model/protocols';
import type { Diagram, Element, Mitigation, NodeBox, Threat, ThreatModel } from '../../model/types';
import { STRIDE_NAMES } from '../../model/vocabulary';
import { ok, type Result } from '../../result';
import { packLayout, type PlacedNode } from '../importers/geometry';
import { PRIVILEGE_TAG_PREFIX, SCORE_NOTE_PREFIX, TD_TAGS } from '../threatDragonTags';
import { ratingsFromSeverity, severityFromScore, THREAT_DRAGON_STATUS } from '../vocabularyMapping';
import { LossTally, plural } from './exportWarnings';

/** The Threat Dragon version whose files we write and have tested against. */
export const THREAT_DRAGON_VERSION = '2.3.0';

const STROKE = '#333333';
const TD_FLAG_TAGS = new Set<string>(Object.values(TD_TAGS));

type Json = Record<string, unknown>;

/** Serialises a model as Threat Dragon v2 JSON text. Never throws. */
export function exportThreatDragon(model: ThreatModel): Result<string> {
  const losses = new LossTally();
  const index = indexModel(model);
  const threatsOf = new Map<string, Threat[]>();
  for (const threat of model.threats) {
    const list = threatsOf.get(threat.elementId) ?? [];
    list.push(threat);
    threatsOf.set(threat.elementId, list);
    if (!index.elements.has(threat.elementId)) {
      losses.note(
        'export/orphan-threat',
        (n) => `${plural(n, 'threat')} not attached to any element were left out.`,
      );
    }
  }

  const diagrams = model.diagrams.map((diagram, d) =>
    exportDiagram(model, diagram, d, threatsOf, losses),
  );
  noteModelLosses(model, losses);

  const file = {
    version: THREAT_DRAGON_VERSION,
    summary: { title: model.title, owner: model.owner, description: model.summary, id: 0 },
    detail: {
      contributors: [],
      diagrams,
      diagramTop: model.diagrams.length,
      reviewer: model.reviewers.join(', '),
      threatTop: Math.max(model.threatCounter, ...model.threats.map((t) => t.number), 0),
    },
  };
  return ok(`${JSON.stringify(file, null, 2)}\n`, losses.list());
}

function exportDiagram(
  model: ThreatModel,
  diagram: Diagram,
  position: number,
  threatsOf: ReadonlyMap<string, Threat[]>,
  losses: LossTally,
): Json {
  const boxes = boxesFor(model, diagram);
  const nodeIds = new Set(diagram.elements.filter((e) => e.kind !== 'dataFlow').map((e) => e.id));
  const cells: Json[] = [];
  let z = 1;

  for (const element of diagram.elements) {
    const threats = (threatsOf.get(element.id) ?? []).map((t) => exportThreat(model, t, losses));
    noteElementLosses(element, losses);
    if (element.kind === 'dataFlow') {
      cells.push(flowCell(model, element, nodeIds, threats));
    } else if (element.kind === 'trustBoundary' && element.properties.shape === 'line') {
      cells.push(curveCell(model, element));
    } else {
      const box = boxes.get(element.id) ?? { x: 0, y: 0, width: 120, height: 80 };
      cells.push(nodeCell(element, box, threats, element.kind === 'trustBoundary' ? -1 : z++));
    }
  }

  return {
    id: position,
    title: diagram.name,
    diagramType: 'STRIDE',
    placeholder: 'New STRIDE diagram description',
    thumbnail: './public/content/images/thumbnail.stride.jpg',
    version: THREAT_DRAGON_VERSION,
    description: '',
    cells,
  };
}

/** The diagram's boxes from the layout, packed on a grid where the layout has none. */
function boxesFor(model: ThreatModel, diagram: Diagram): Map<string, NodeBox> {
  const boxes = new Map<string, NodeBox>();
  const nodes: PlacedNode[] = [];
  let missing = false;
  for (const element of diagram.elements) {
    if (element.kind === 'dataFlow') continue;
    const isZone = element.kind === 'trustBoundary' && element.properties.shape === 'zone';
    if (element.kind === 'trustBoundary' && !isZone) continue;
    nodes.push({ id: element.id, kind: element.kind, isZone, boundaryId: element.boundaryId });
    const box = model.layout.nodes[element.id];
    if (box) boxes.set(element.id, box);
    else missing = true;
  }
  return missing ? packLayout(nodes) : boxes;
}

function hasOpen(threats: readonly Json[]): boolean {
  return threats.some((threat) => threat.status === 'Open');
}

function nodeCell(
  element: Exclude<Element, { kind: 'dataFlow' }>,
  box: NodeBox,
  threats: Json[],
  zIndex: number,
): Json {
  const base = {
    position: { x: round(box.x), y: round(box.y) },
    size: { width: Math.max(10, round(box.width)), height: Math.max(10, round(box.height)) },
    visible: true,
    id: element.id,
    zIndex,
  };
  const scope = {
    name: element.name,
    description: element.description,
    outOfScope: element.outOfScope,
    reasonOutOfScope: element.outOfScopeReason,
    hasOpenThreats: hasOpen(threats),
    threats,
  };
  const body = {
    stroke: hasOpen(threats) ? 'red' : STROKE,
    strokeWidth: hasOpen(threats) ? 2.5 : 1.5,
    strokeDasharray: element.outOfScope ? '4 3' : null,
  };
  const has = (tag: string): boolean => element.tags.includes(tag);

  switch (element.kind) {
    case 'externalEntity':
      return {
        ...base,
        shape: 'actor',
        attrs: { text: { text: element.name }, body },
        data: {
          type: 'tm.Actor',
          ...scope,
          isTrustBoundary: false,
          providesAuthentication: has(TD_TAGS.providesAuthentication),
        },
      };
    case 'process': {
      const privilege = element.tags.find((tag) => tag.startsWith(PRIVILEGE_TAG_PREFIX));
      return {
        ...base,
        shape: 'process',
        attrs: { text: { text: element.name }, body },
        data: {
          type: 'tm.Process',
          ...scope,
          isTrustBoundary: false,
          handlesCardPayment: has(TD_TAGS.handlesCardPayment),
          handlesGoodsOrServices: has(TD_TAGS.handlesGoodsOrServices),
          isWebApplication: has(TD_TAGS.isWebApplication),
          privilegeLevel: privilege
            ? privilege.slice(PRIVILEGE_TAG_PREFIX.length)
            : element.properties.runsPrivileged
              ? 'privileged'
              : '',
        },
      };
    }
    case 'dataStore':
      return {
        ...base,
        shape: 'store',
        attrs: { text: { text: element.name }, topLine: body, bottomLine: body },
        data: {
          type: 'tm.Store',
          ...scope,
          isTrustBoundary: false,
          isALog: element.properties.isAuditLog || element.properties.storeKind === 'log',
          storesCredentials: element.properties.holdsCredentials,
          isEncrypted: element.properties.encryptedAtRest,
          isSigned: has(TD_TAGS.isSigned),
          storesInventory: has(TD_TAGS.storesInventory),
        },
      };
    case 'trustBoundary':
      return {
        ...base,
        shape: 'trust-boundary-box',
        attrs: {
          label: { text: element.name },
          body: { stroke: STROKE, strokeWidth: 3, strokeDasharray: '7 5' },
        },
        data: {
          type: 'tm.BoundaryBox',
          name: element.name,
          description: element.description,
          isTrustBoundary: true,
          hasOpenThreats: false,
        },
      };
  }
}

function flowCell(
  model: ThreatModel,
  flow: Extract<Element, { kind: 'dataFlow' }>,
  nodeIds: ReadonlySet<string>,
  threats: Json[],
): Json {
  const points = [...(model.layout.edges[flow.id]?.points ?? [])];
  const source = nodeIds.has(flow.sourceId) ? { cell: flow.sourceId } : freeEnd(points.shift());
  const target = nodeIds.has(flow.targetId) ? { cell: flow.targetId } : freeEnd(points.pop());
  const open = hasOpen(threats);
  return {
    shape: 'flow',
    attrs: {
      line: {
        stroke: open ? 'red' : STROKE,
        strokeWidth: open ? 2.5 : 1.5,
        targetMarker: { name: 'block' },
        sourceMarker: { name: flow.properties.bidirectional ? 'block' : '' },
        strokeDasharray: flow.outOfScope ? '4 3' : null,
      },
    },
    width: 200,
    height: 100,
    zIndex: 10,
    connector: 'smooth',
    labels: [edgeLabel(flow.name)],
    data: {
      type: 'tm.Flow',
      name: flow.name,
      description: flow.description,
      outOfScope: flow.outOfScope,
      reasonOutOfScope: flow.outOfScopeReason,
      hasOpenThreats: open,
      isTrustBoundary: false,
      isBidirectional: flow.properties.bidirectional,
      isEncrypted: isFlowEncrypted(flow),
      isPublicNetwork: flow.tags.includes(TD_TAGS.isPublicNetwork),
      protocol: flow.properties.protocol,
      threats,
    },
    id: flow.id,
    source,
    target,
    vertices: points.map((p) => ({ x: round(p.x), y: round(p.y) })),
  };
}

function curveCell(model: ThreatModel, line: Extract<Element, { kind: 'trustBoundary' }>): Json {
  const points = [...(model.layout.edges[line.id]?.points ?? [])];
  const start = points.shift() ?? { x: 0, y: 0 };
  const end = points.pop() ?? { x: start.x + 200, y: start.y };
  return {
    shape: 'trust-boundary-curve',
    attrs: {
      line: {
        stroke: STROKE,
        strokeWidth: 3,
        strokeDasharray: '7 5',
        targetMarker: { name: '' },
        sourceMarker: { name: '' },
      },
    },
    width: 200,
    height: 100,
    zIndex: 10,
    connector: 'smooth',
    labels: [edgeLabel(line.name)],
    data: {
      type: 'tm.Boundary',
      name: line.name,
      description: line.description,
      isTrustBoundary: true,
      hasOpenThreats: false,
    },
    id: line.id,
    source: freeEnd(start),
    target: freeEnd(end),
    vertices: points.map((p) => ({ x: round(p.x), y: round(p.y) })),
  };
}

/** The label markup Threat Dragon's own flows carry, so the name shows on the edge. */
function edgeLabel(text: string): Json {
  return {
    markup: [
      { tagName: 'ellipse', selector: 'labelBody' },
      { tagName: 'text', selector: 'labelText' },
    ],
    attrs: {
      labelText: { text, textAnchor: 'middle', textVerticalAnchor: 'middle' },
      labelBody: { ref: 'labelText', refRx: '50%', refRy: '60%', fill: '#fff', strokeWidth: 0 },
    },
    position: { distance: 0.5, args: { keepGradient: true, ensureLegibility: true } },
  };
}

/** Threat Dragon's schema wants whole numbers for free ends. */
function freeEnd(point: { x: number; y: number } | undefined): Json {
  return { x: Math.round(point?.x ?? 0), y: Math.round(point?.y ?? 0) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const mitigationMaps = new WeakMap<ThreatModel, Map<string, Mitigation>>();

function mitigationsById(model: ThreatModel): Map<string, Mitigation> {
  let map = mitigationMaps.get(model);
  if (!map) {
    map = new Map(model.mitigations.map((m) => [m.id, m]));
    mitigationMaps.set(model, map);
  }
  return map;
}

function exportThreat(model: ThreatModel, threat: Threat, losses: LossTally): Json {
  const mitigations = threat.mitigationIds
    .map((id) => mitigationsById(model).get(id))
    .filter((m) => m !== undefined);
  const scoreLine = threat.notes.split('\n').find((line) => line.startsWith(SCORE_NOTE_PREFIX));
  // An imported threat nobody rated keeps Threat Dragon's "to be decided".
  const severity =
    threat.ratedBy === 'rule' && threat.ruleId === null
      ? 'TBD'
      : severityFromScore(threat.likelihood * threat.impact);
  if (threat.ratedBy === 'person' && !isSeverityExact(threat, severity)) {
    losses.note(
      'export/ratings',
      (n) => `${plural(n, 'threat')} had likelihood and impact reduced to one severity word.`,
    );
  }
  if (threat.stale)
    losses.note(
      'export/stale',
      (n) => `${plural(n, 'stale threat')} were exported as ordinary threats.`,
    );
  if (threat.references.length > 0) {
    losses.note(
      'export/references',
      (n) =>
        `References (CWE, CAPEC, OWASP) of ${plural(n, 'threat')} have no place in Threat Dragon and were left out.`,
    );
  }
  return {
    id: threat.id,
    title: threat.title,
    status: THREAT_DRAGON_STATUS[threat.status],
    severity,
    type: STRIDE_NAMES[threat.category],
    description: threat.description,
    mitigation: mitigations.map((m) => m.description || m.title).join('\n\n'),
    modelType: 'STRIDE',
    number: threat.number,
    score: scoreLine ? scoreLine.slice(SCORE_NOTE_PREFIX.length) : '',
  };
}

/** Whether the severity word brings back the same ratings on import. */
function isSeverityExact(threat: Threat, severity: string): boolean {
  const back = ratingsFromSeverity(severity);
  return back !== null && back.likelihood === threat.likelihood && back.impact === threat.impact;
}

function noteElementLosses(element: Element, losses: LossTally): void {
  const otherTags = element.tags.filter(
    (tag) => !TD_FLAG_TAGS.has(tag) && !tag.startsWith(PRIVILEGE_TAG_PREFIX),
  );
  if (otherTags.length > 0)
    losses.note('export/tags', (n) => `Tags of ${plural(n, 'element')} were left out.`);
  if (element.kind === 'process' && element.properties.operations.length > 0) {
    losses.note(
      'export/operations',
      (n) =>
        `API operations of ${plural(n, 'process', 'processes')} were left out; Threat Dragon has no place for them.`,
    );
  }
  if (element.kind === 'trustBoundary' && element.properties.shape === 'zone') {
    losses.note(
      'export/trust-levels',
      (n) => `Trust levels of ${plural(n, 'zone')} were left out.`,
    );
  }
  if (
    element.kind === 'dataFlow' &&
    (element.properties.dataTags.length > 0 || element.properties.dataClassification !== 'internal')
  ) {
    losses.note(
      'export/data-classification',
      (n) => `Data classification of ${plural(n, 'flow')} was left out.`,
    );
  }
}

function noteModelLosses(model: ThreatModel, losses: LossTally): void {
  const detailed = model.mitigations.filter(
    (m) => m.owner !== '' || m.dueDate !== null || m.ticket !== '',
  );
  if (detailed.length > 0) {
    losses.note(
      'export/mitigation-details',
      () =>
        `Owners, due dates and tickets of ${plural(detailed.length, 'mitigation')} were left out; only their text is kept.`,
    );
  }
}
