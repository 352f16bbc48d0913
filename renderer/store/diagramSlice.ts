/**
 * The editor's verbs: what the palette, the canvas, the keyboard and the inspector do to the
 * document. Each is one call of `changeModel`, so each is one undo step, and each leaves the
 * selection where a person expects it (on what was just added or pasted).
 */
import type { NodeKind } from '../../shared/model/vocabulary';
import type { Fragment } from './fragments';
import { extractFragment, pasteFragment } from './fragments';
import {
  addDiagram,
  addFlow,
  addNode,
  deleteDiagram,
  deleteElements,
  moveDiagram,
  moveNodes,
  renameDiagram,
  resizeNode,
  setFlowEnds,
  settleContainment,
  updateElement,
  updateProperties,
  withContents,
  type CommonPatch,
  type Point,
  type PropertiesPatch,
} from './modelEdits';
import type { AppSlice } from './storeTypes';

/** How far a pasted or duplicated fragment lands from its original. */
export const PASTE_OFFSET = 32;

export interface DiagramSlice {
  /** Adds a box centred on a point of the active diagram and selects it; returns its id. */
  addElement(kind: NodeKind, centre: Point, init?: { name?: string }): string;
  /** Adds a data flow between two boxes and selects it; returns its id. */
  connect(sourceId: string, targetId: string): string | null;
  updateElement(id: string, patch: CommonPatch): void;
  updateProperties(id: string, patch: PropertiesPatch): void;
  setFlowEnds(flowId: string, ends: { sourceId?: string; targetId?: string }): void;
  deleteSelection(): void;
  duplicateSelection(): void;
  /** A copy of the selection, for the clipboard. */
  copySelection(): Fragment | null;
  pasteFragment(fragment: Fragment, offset?: Point): void;
  /** Moves the selected boxes by a step, as the arrow keys do. */
  nudgeSelection(dx: number, dy: number): void;
  /** Ends a drag or resize: the live geometry becomes one document edit. */
  commitGesture(): void;
  addDiagram(name?: string): string;
  renameDiagram(diagramId: string, name: string): void;
  moveDiagram(diagramId: string, toIndex: number): void;
  deleteDiagram(diagramId: string): void;
}

export const createDiagramSlice: AppSlice<DiagramSlice> = (_set, get) => ({
  addElement: (kind, centre, init) => {
    let id = '';
    get().changeModel((model) => {
      const result = addNode(model, get().activeDiagramId, kind, centre, init);
      id = result.id;
      return result.model;
    });
    if (id) get().select([id]);
    return id;
  },

  connect: (sourceId, targetId) => {
    if (sourceId === targetId) return null;
    let id: string | null = null;
    get().changeModel((model) => {
      const result = addFlow(model, get().activeDiagramId, sourceId, targetId);
      id = result.id;
      return result.model;
    });
    if (id) get().select([id]);
    return id;
  },

  updateElement: (id, patch) => get().changeModel((model) => updateElement(model, id, patch)),

  updateProperties: (id, patch) => get().changeModel((model) => updateProperties(model, id, patch)),

  setFlowEnds: (flowId, ends) => get().changeModel((model) => setFlowEnds(model, flowId, ends)),

  deleteSelection: () => {
    const ids = get().selectedIds;
    if (ids.length === 0) return;
    get().changeModel((model) => deleteElements(model, ids));
    get().clearSelection();
  },

  duplicateSelection: () => {
    const fragment = get().copySelection();
    if (fragment) get().pasteFragment(fragment);
  },

  copySelection: () => {
    const ids = get().selectedIds;
    if (ids.length === 0) return null;
    return extractFragment(get().model, ids);
  },

  pasteFragment: (fragment, offset = { x: PASTE_OFFSET, y: PASTE_OFFSET }) => {
    let ids: string[] = [];
    get().changeModel((model) => {
      const result = pasteFragment(model, get().activeDiagramId, fragment, offset);
      ids = result.ids;
      return result.model;
    });
    if (ids.length > 0) get().select(ids);
  },

  nudgeSelection: (dx, dy) => {
    const { model, selectedIds, activeDiagramId } = get();
    const positions: Record<string, Point> = {};
    for (const id of withContents(model, selectedIds)) {
      const box = model.layout.nodes[id];
      if (box) positions[id] = { x: box.x + dx, y: box.y + dy };
    }
    get().changeModel((current) =>
      settleContainment(moveNodes(current, positions), activeDiagramId, selectedIds),
    );
  },

  commitGesture: () => {
    const { gesture, activeDiagramId } = get();
    if (!gesture) return;
    get().setGesture(null);
    const moved = [...Object.keys(gesture.positions), ...Object.keys(gesture.boxes)];
    const settled = moved.filter((id) => get().selectedIds.includes(id) || id in gesture.boxes);
    get().changeModel((model) => {
      let next = moveNodes(model, gesture.positions);
      for (const [id, box] of Object.entries(gesture.boxes)) next = resizeNode(next, id, box);
      return settleContainment(next, activeDiagramId, settled.length > 0 ? settled : moved);
    });
  },

  addDiagram: (name) => {
    let id = '';
    get().changeModel((model) => {
      const result = addDiagram(model, name ?? `Diagram ${model.diagrams.length + 1}`);
      id = result.id;
      return result.model;
    });
    get().setActiveDiagram(id);
    return id;
  },

  renameDiagram: (diagramId, name) =>
    get().changeModel((model) => renameDiagram(model, diagramId, name)),

  moveDiagram: (diagramId, toIndex) =>
    get().changeModel((model) => moveDiagram(model, diagramId, toIndex)),

  deleteDiagram: (diagramId) => {
    const { model } = get();
    const index = model.diagrams.findIndex((d) => d.id === diagramId);
    get().changeModel((current) => deleteDiagram(current, diagramId));
    const remaining = get().model.diagrams;
    if (get().activeDiagramId === diagramId) {
      get().setActiveDiagram(remaining[Math.max(0, index - 1)]?.id ?? remaining[0]?.id ?? '');
    }
  },
});
