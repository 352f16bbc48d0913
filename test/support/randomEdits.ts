/**
 * Random edits of a model for property tests: the kinds of change people make (rename, retag,
 * change a property, move into another zone, delete, add, re-rate or decide a threat, move a box),
 * each aimed at one element chosen by index, so a test can give two sides disjoint targets.
 */
import fc from 'fast-check';

import { cloneJson } from '../../shared/diff/json';
import { createProcess } from '../../shared/model/factories';
import { threatSchema } from '../../shared/model/schema';
import type { Element, ThreatModel } from '../../shared/model/types';
import { syntheticModel } from './syntheticModel';

export type EditKind =
  'rename' | 'retag' | 'property' | 'rezone' | 'delete' | 'add' | 'threat' | 'layout';

export interface Edit {
  kind: EditKind;
  /** Which target: taken modulo the number of candidates. */
  target: number;
  /** A small number that varies the new value. */
  value: number;
}

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>(
    'rename',
    'retag',
    'property',
    'rezone',
    'delete',
    'add',
    'threat',
    'layout',
  ),
  target: fc.nat(10_000),
  value: fc.nat(1000),
});

/** A synthetic model with a threat on each of its first processes, so threats can be edited. */
export function modelWithThreats(size: number, seed: number): ThreatModel {
  const model = syntheticModel(size, seed);
  const processes = model.diagrams[0]!.elements.filter((e) => e.kind === 'process').slice(0, 8);
  model.threats = processes.map((element, i) =>
    threatSchema.parse({
      id: `rule:${element.id}`,
      number: i + 1,
      title: `Spoofing ${element.name}`,
      category: 'S',
      elementId: element.id,
      ruleId: 'rule',
    }),
  );
  model.threatCounter = model.threats.length;
  return model;
}

/**
 * Applies edits to a copy of the model. `targets` are the element ids this side may touch; `tag`
 * keeps the ids and values of two sides apart.
 */
export function applyEdits(
  model: ThreatModel,
  edits: readonly Edit[],
  targets: readonly string[],
  tag: string,
): ThreatModel {
  const copy = cloneJson(model);
  const diagram = copy.diagrams[0]!;
  const find = (id: string): Element | undefined => diagram.elements.find((e) => e.id === id);
  const zones = diagram.elements.filter((e) => e.kind === 'trustBoundary').map((e) => e.id);
  const touched = new Set<string>();

  edits.forEach((edit, n) => {
    if (targets.length === 0) return;
    const id = targets[edit.target % targets.length]!;
    const element = find(id);
    if (edit.kind === 'add') {
      diagram.elements.push(
        createProcess({ id: `${tag}_new_${n}`, name: `${tag} new ${edit.value}` }),
      );
      return;
    }
    if (!element || touched.has(`deleted:${id}`)) return;
    switch (edit.kind) {
      case 'rename':
        element.name = `${tag} ${edit.value}`;
        break;
      case 'retag':
        element.tags = [`${tag}-${edit.value % 5}`];
        break;
      case 'property':
        if (element.kind === 'dataFlow') element.properties.protocol = `${tag}-P${edit.value % 7}`;
        else if (element.kind === 'process') element.properties.rateLimited = edit.value % 2 === 0;
        else if (element.kind === 'dataStore') element.properties.backedUp = edit.value % 2 === 0;
        else if (element.kind === 'trustBoundary') element.properties.trustLevel = edit.value % 101;
        else element.properties.authenticatesItself = edit.value % 2 === 0;
        break;
      case 'rezone':
        if (element.kind !== 'dataFlow' && element.kind !== 'trustBoundary' && zones.length > 0)
          element.boundaryId = edit.value % 4 === 0 ? null : zones[edit.value % zones.length]!;
        break;
      case 'delete':
        diagram.elements = diagram.elements.filter((e) => e.id !== id);
        copy.threats = copy.threats.filter((t) => t.elementId !== id);
        touched.add(`deleted:${id}`);
        break;
      case 'threat': {
        const threat = copy.threats.find((t) => t.elementId === id);
        if (threat) {
          threat.likelihood = 1 + (edit.value % 5);
          threat.status = edit.value % 3 === 0 ? 'accepted' : 'mitigated';
          threat.justification = `${tag} decided ${edit.value}`;
          threat.stale = edit.value % 2 === 0;
        }
        break;
      }
      case 'layout':
        if (copy.layout.nodes[id])
          copy.layout.nodes[id] = { x: edit.value, y: n, width: 150, height: 80 };
        break;
    }
  });

  return copy;
}

/** The model with its layout emptied, for comparisons that ignore layout. */
export function withoutLayout(model: ThreatModel): ThreatModel {
  return { ...model, layout: { viewports: {}, nodes: {}, edges: {} } };
}
