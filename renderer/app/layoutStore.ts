/**
 * Which panel areas are showing. The View menu hides and shows them; the panels' sizes and the
 * bottom area's tab stay in the app store (store/uiSlice.ts), so showing a panel again puts it
 * back as it was. Window state only: not undone, not saved.
 */
import { create } from 'zustand';

import { useAppStore } from '../store/appStore';

export interface LayoutState {
  sideHidden: boolean;
  bottomHidden: boolean;
  /** The bottom area takes most of the window, for reading the register or the plan. */
  bottomMaximized: boolean;
  /** Gives the bottom area most of the window, or its own size back. */
  toggleBottomMaximized(): void;
  /** Hides the side panel (the inspector's), or shows it again. */
  toggleSidePanel(): void;
  /** Shows the bottom area on the given tab, or hides the area if that tab is already showing. */
  toggleBottomPanel(id: string): void;
}

export const useLayoutStore = create<LayoutState>()((set, get) => ({
  sideHidden: false,
  bottomHidden: false,
  bottomMaximized: false,

  toggleBottomMaximized: () => set((state) => ({ bottomMaximized: !state.bottomMaximized })),

  toggleSidePanel: () => set((state) => ({ sideHidden: !state.sideHidden })),

  toggleBottomPanel: (id) => {
    const app = useAppStore.getState();
    if (!get().bottomHidden && app.bottomPanel === id) {
      set({ bottomHidden: true });
      return;
    }
    app.showBottomPanel(id);
    set({ bottomHidden: false });
  },
}));
