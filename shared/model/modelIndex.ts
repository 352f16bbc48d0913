/**
 * Lookups over a model, built once per model value. Rules, lint, reports and the canvas all ask
 * the same questions (which element has this id, which zone holds it, which flows touch it), and
 * answering them from maps keeps generation linear in the size of the model.
 */
import type {
  DataFlowElement,
  Diagram,
  Element,
  NodeElement,
  ThreatModel,
  TrustBoundaryElement,
} from './types';

export interface ModelIndex {
  readonly model: ThreatModel;
  readonly elements: ReadonlyMap<string, Element>;
  /** The diagram each element is drawn on. */
  readonly diagramOf: ReadonlyMap<string, Diagram>;
  readonly flows: readonly DataFlowElement[];
  readonly nodes: readonly NodeElement[];
  readonly boundaries: readonly TrustBoundaryElement[];
  /** Flows leaving and entering each node. */
  readonly outgoing: ReadonlyMap<string, readonly DataFlowElement[]>;
  readonly incoming: ReadonlyMap<string, readonly DataFlowElement[]>;
}

const cache = new WeakMap<ThreatModel, ModelIndex>();

/** The index of a model; cached per model object, which the app never mutates in place. */
export function indexModel(model: ThreatModel): ModelIndex {
  const cached = cache.get(model);
  if (cached) return cached;

  const elements = new Map<string, Element>();
  const diagramOf = new Map<string, Diagram>();
  const flows: DataFlowElement[] = [];
  const nodes: NodeElement[] = [];
  const boundaries: TrustBoundaryElement[] = [];
  const outgoing = new Map<string, DataFlowElement[]>();
  const incoming = new Map<string, DataFlowElement[]>();

  for (const diagram of model.diagrams) {
    for (const element of diagram.elements) {
      elements.set(element.id, element);
      diagramOf.set(element.id, diagram);
      if (element.kind === 'dataFlow') {
        flows.push(element);
        push(outgoing, element.sourceId, element);
        push(incoming, element.targetId, element);
      } else {
        nodes.push(element);
        if (element.kind === 'trustBoundary') boundaries.push(element);
      }
    }
  }

  const index: ModelIndex = {
    model,
    elements,
    diagramOf,
    flows,
    nodes,
    boundaries,
    outgoing,
    incoming,
  };
  cache.set(model, index);
  return index;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every element of every diagram, in diagram order. */
export function allElements(model: ThreatModel): Element[] {
  return model.diagrams.flatMap((diagram) => diagram.elements);
}
