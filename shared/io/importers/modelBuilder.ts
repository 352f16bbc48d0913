/**
 * Assembles an imported model. Importers add diagrams, elements, boxes, threats and mitigations in
 * whatever order their source gives them; the builder keeps ids unique, clips over-long text,
 * numbers the threats, settles containment and layout, and validates the result against the model
 * schema, so every importer ends with the same checks.
 */
import type { z } from 'zod';

import {
  CURRENT_FORMAT_VERSION,
  type elementSchema,
  type mitigationSchema,
  threatModelSchema,
  type threatSchema,
} from '../../model/schema';
import { stableHash } from '../../model/ids';
import type { NodeBox, ThreatModel } from '../../model/types';
import { fail, jsonPath, ok, problem, type Result } from '../../result';
import { containmentFromGeometry, encloseMembers, packLayout, type PlacedNode } from './geometry';
import { IdRegistry } from './ids';
import { WarningSink } from './warnings';

export type ElementInput = z.input<typeof elementSchema>;
export type ThreatInput = Omit<z.input<typeof threatSchema>, 'number'> & { number?: number };
export type MitigationInput = z.input<typeof mitigationSchema>;
export interface Point {
  x: number;
  y: number;
}

/** Where an element's zone comes from: the source says so, or the drawing shows it. */
export type ContainmentSource = 'declared' | 'geometry';

export interface ModelMeta {
  title: string;
  summary?: string;
  owner?: string;
  reviewers?: string[];
  tags?: string[];
  /** A stable key of the source (its own id or title), so re-imports keep the model id. */
  sourceKey: string;
  now?: Date;
}

/** An imported model, and which diagrams still want the automatic layout. */
export interface ImportedModel {
  model: ThreatModel;
  /** Diagrams that had no positions in the source and were packed on a grid instead. */
  unplacedDiagramIds: string[];
}

interface DiagramDraft {
  id: string;
  name: string;
  elements: ElementInput[];
  containment: ContainmentSource;
}

const MAX_NAME = 500;
const MAX_TEXT = 20_000;

export class ModelBuilder {
  readonly warnings = new WarningSink();
  readonly elementIds = new IdRegistry();
  readonly threatIds = new IdRegistry();
  readonly mitigationIds = new IdRegistry();
  private readonly diagramIds = new IdRegistry();
  private readonly diagrams: DiagramDraft[] = [];
  private readonly boxes = new Map<string, NodeBox>();
  private readonly routes = new Map<string, Point[]>();
  private readonly threats: ThreatInput[] = [];
  private readonly mitigations: MitigationInput[] = [];
  private readonly mitigationById = new Map<string, MitigationInput>();

  addDiagram(rawId: unknown, name: string, containment: ContainmentSource): string {
    const id = this.diagramIds.claim(
      rawId === undefined ? undefined : `dgm-${String(rawId)}`,
      'dgm',
    );
    this.diagrams.push({
      id,
      name: this.clip(name, MAX_NAME, 'name') || 'Diagram',
      elements: [],
      containment,
    });
    return id;
  }

  /** Adds an element to a diagram; its id must come from `elementIds.claim`. */
  addElement(diagramId: string, element: ElementInput): void {
    const diagram = this.diagrams.find((candidate) => candidate.id === diagramId);
    if (!diagram) throw new Error(`unknown diagram ${diagramId}`);
    element.name = this.clip(element.name ?? '', MAX_NAME, 'name');
    element.description = this.clip(element.description ?? '', MAX_TEXT, 'description');
    element.outOfScopeReason = this.clip(element.outOfScopeReason ?? '', MAX_TEXT, 'description');
    if (element.tags) element.tags = [...new Set(element.tags.map((tag) => tag.slice(0, 100)))];
    diagram.elements.push(element);
  }

  setBox(elementId: string, box: NodeBox): void {
    const valid = [box.x, box.y, box.width, box.height].every(Number.isFinite);
    if (!valid) return;
    this.boxes.set(elementId, {
      x: box.x,
      y: box.y,
      width: clamp(box.width, 10, 100_000),
      height: clamp(box.height, 10, 100_000),
    });
  }

  setRoute(elementId: string, points: Point[]): void {
    const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (finite.length > 0) this.routes.set(elementId, finite.slice(0, 1000));
  }

  addThreat(threat: ThreatInput): void {
    threat.title = this.clip(threat.title, MAX_NAME, 'title') || 'Untitled threat';
    threat.description = this.clip(threat.description ?? '', MAX_TEXT, 'description');
    threat.justification = this.clip(threat.justification ?? '', MAX_TEXT, 'description');
    threat.notes = this.clip(threat.notes ?? '', MAX_TEXT, 'description');
    this.threats.push(threat);
  }

  addMitigation(mitigation: MitigationInput): void {
    mitigation.title = this.clip(mitigation.title, MAX_NAME, 'title') || 'Untitled mitigation';
    mitigation.description = this.clip(mitigation.description ?? '', MAX_TEXT, 'description');
    this.mitigations.push(mitigation);
    this.mitigationById.set(mitigation.id, mitigation);
  }

  /** Raises a shared mitigation to implemented when one of its threats says it is in place. */
  markMitigationImplemented(id: string): void {
    const found = this.mitigationById.get(id);
    if (found) found.status = 'implemented';
  }

  hasMitigation(id: string): boolean {
    return this.mitigationById.has(id);
  }

  /** The finished model, validated; or the schema's complaints if an importer got it wrong. */
  build(meta: ModelMeta): Result<ImportedModel> {
    const stamp = (meta.now ?? new Date()).toISOString();
    const threats = this.numberThreats();
    const unplacedDiagramIds = this.settleLayout();
    if (this.diagrams.length === 0) this.addDiagram('main', 'Main', 'declared');

    const candidate = {
      formatVersion: CURRENT_FORMAT_VERSION,
      id: `tm-${stableHash(meta.sourceKey)}`,
      title: this.clip(meta.title, MAX_NAME, 'title') || 'Imported model',
      summary: this.clip(meta.summary ?? '', MAX_TEXT, 'description'),
      owner: this.clip(meta.owner ?? '', MAX_NAME, 'name'),
      reviewers: (meta.reviewers ?? []).map((name) => name.slice(0, MAX_NAME)).slice(0, 200),
      tags: (meta.tags ?? []).map((tag) => tag.slice(0, 100)).slice(0, 200),
      createdAt: stamp,
      updatedAt: stamp,
      threatCounter: threats.reduce((max, threat) => Math.max(max, threat.number), 0),
      diagrams: this.diagrams.map(({ id, name, elements }) => ({ id, name, elements })),
      threats,
      mitigations: this.mitigations,
      layout: {
        nodes: Object.fromEntries(this.boxes),
        edges: Object.fromEntries(
          [...this.routes].map(([id, points]) => [id, { points }] as const),
        ),
      },
    };

    const parsed = threatModelSchema.safeParse(candidate);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 10)
        .map((issue) =>
          problem(
            'import/invalid-result',
            `The imported model is not valid at ${jsonPath(issue.path)} (${issue.message}). ` +
              'Please report this with the file you imported.',
            jsonPath(issue.path),
          ),
        );
      return fail(issues, this.warnings.list());
    }
    return ok({ model: parsed.data, unplacedDiagramIds }, this.warnings.list());
  }

  /** Keeps the source's numbers where they are unique; the rest continue after the highest. */
  private numberThreats(): z.input<typeof threatSchema>[] {
    const used = new Set<number>();
    for (const threat of this.threats) {
      const n = threat.number;
      if (n !== undefined && Number.isInteger(n) && n >= 1 && !used.has(n)) used.add(n);
      else delete threat.number;
    }
    let next = Math.max(0, ...used) + 1;
    const claimed = new Set<number>();
    return this.threats.map((threat) => {
      let number = threat.number;
      if (number === undefined || claimed.has(number)) number = next++;
      claimed.add(number);
      return { ...threat, number };
    });
  }

  /**
   * Settles zones and boxes per diagram: containment from the drawing where the source only has
   * geometry, a packing layout where it has no positions, and zones grown to hold their members.
   */
  private settleLayout(): string[] {
    const unplaced: string[] = [];
    for (const diagram of this.diagrams) {
      const nodes = placedNodes(diagram.elements);
      if (nodes.length === 0) continue;

      if (diagram.containment === 'geometry') {
        const zoneOf = containmentFromGeometry(nodes, this.boxes);
        for (const element of diagram.elements) {
          if (element.kind !== 'dataFlow') element.boundaryId = zoneOf.get(element.id) ?? null;
        }
      }

      const refreshed = placedNodes(diagram.elements);
      const drawnAsLine = (node: PlacedNode): boolean =>
        node.kind === 'trustBoundary' && !node.isZone;
      const missing = refreshed.some((node) => !drawnAsLine(node) && !this.boxes.has(node.id));
      if (missing) {
        unplaced.push(diagram.id);
        for (const [id, box] of packLayout(refreshed)) this.boxes.set(id, box);
      } else {
        encloseMembers(refreshed, this.boxes);
      }
    }
    return unplaced;
  }

  private clip(text: string, max: number, what: string): string {
    if (text.length <= max) return text;
    this.warnings.add(
      'import/text-clipped',
      `A ${what} longer than ${max.toLocaleString('en')} characters was shortened to fit.`,
    );
    return text.slice(0, max);
  }
}

function placedNodes(elements: readonly ElementInput[]): PlacedNode[] {
  const nodes: PlacedNode[] = [];
  for (const element of elements) {
    if (element.kind === 'dataFlow') continue;
    const isZone =
      element.kind === 'trustBoundary' && (element.properties?.shape ?? 'zone') === 'zone';
    nodes.push({
      id: element.id,
      kind: element.kind,
      isZone,
      boundaryId: element.boundaryId ?? null,
    });
  }
  return nodes;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
