/**
 * The comparison the canvas shows: while a comparison is open, each element it touches is drawn as
 * added or changed (removed ones are not in the open model, so only the list shows them). Each
 * node and edge reads its own entry through `useCompareHighlight`, which returns a plain string,
 * so a new comparison renders again only the elements whose highlight changed.
 */
import { create } from 'zustand';

import type { Highlight } from './compareHighlights';

interface CompareCanvasState {
  highlights: ReadonlyMap<string, Highlight>;
  showHighlights(highlights: ReadonlyMap<string, Highlight>): void;
  clearHighlights(): void;
}

const NONE: ReadonlyMap<string, Highlight> = new Map();

export const useCompareCanvas = create<CompareCanvasState>()((set) => ({
  highlights: NONE,
  showHighlights: (highlights) => set({ highlights }),
  clearHighlights: () => set({ highlights: NONE }),
}));

/** The highlight of one element in the open comparison, if any. */
export function useCompareHighlight(elementId: string): Highlight | null {
  return useCompareCanvas((state) => state.highlights.get(elementId) ?? null);
}

/** The class a node or edge carries for its highlight, with a leading space; empty for none. */
export function compareClassOf(highlight: Highlight | null): string {
  return highlight ? ` compare-${highlight}` : '';
}
