/**
 * What the user is looking at and pointing to: the diagram tab, the selection, and the live
 * geometry of a drag or resize in progress. None of it is part of the document, so none of it is
 * undone; a gesture becomes one document edit when it ends.
 */
import type { NodeBox, ThreatModel } from '../../shared/model/types';
import type { Point } from './modelEdits';
import type { AppSlice } from './storeTypes';

/** Boxes that are being dragged or resized right now, by element id. */
export interface Gesture {
  positions: Record<string, Point>;
  boxes: Record<string, NodeBox>;
}

export interface SelectionSlice {
  activeDiagramId: string;
  selectedIds: readonly string[];
  gesture: Gesture | null;
  /** The element whose name is being edited in place on the canvas. */
  renamingId: string | null;

  setActiveDiagram(diagramId: string): void;
  /** Replaces the selection, or adds to it. */
  select(ids: readonly string[], mode?: 'replace' | 'add' | 'toggle'): void;
  clearSelection(): void;
  setGesture(gesture: Gesture | null): void;
  setRenaming(id: string | null): void;
  /** Points the view at the first diagram of a newly loaded model. */
  resetSelection(model: ThreatModel): void;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const createSelectionSlice: AppSlice<SelectionSlice> = (set, get) => ({
  activeDiagramId: '',
  selectedIds: [],
  gesture: null,
  renamingId: null,

  setActiveDiagram: (diagramId) => {
    if (get().activeDiagramId === diagramId) return;
    set({ activeDiagramId: diagramId, selectedIds: [], renamingId: null });
  },

  select: (ids, mode = 'replace') => {
    const current = get().selectedIds;
    let next: readonly string[];
    if (mode === 'replace') next = ids;
    else if (mode === 'add') next = [...current, ...ids.filter((id) => !current.includes(id))];
    else {
      const toggled = new Set(current);
      for (const id of ids) {
        if (toggled.has(id)) toggled.delete(id);
        else toggled.add(id);
      }
      next = [...toggled];
    }
    if (!sameIds(current, next)) set({ selectedIds: next });
  },

  clearSelection: () => {
    if (get().selectedIds.length > 0) set({ selectedIds: [] });
  },

  setGesture: (gesture) => set({ gesture }),

  setRenaming: (id) => set({ renamingId: id }),

  resetSelection: (model) =>
    set({
      activeDiagramId: model.diagrams[0]?.id ?? '',
      selectedIds: [],
      gesture: null,
      renamingId: null,
    }),
});
