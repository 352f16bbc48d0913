/**
 * Window state: which side panel is showing, panel sizes, the message in the status bar, and
 * requests from one panel to the canvas (such as "show this element"). Not undone, not saved with
 * the model; panel sizes persist as settings.
 */
import type { AppSlice } from './storeTypes';

export type NoticeTone = 'info' | 'warning' | 'error';

export interface Notice {
  text: string;
  tone: NoticeTone;
  /** Choices the banner offers besides dismissing it. */
  actions?: ReadonlyArray<{ label: string; run(): void }>;
}

export interface PanelSizes {
  /** Width of the side panel (inspector and feature panels), in pixels. */
  side: number;
  /** Height of the bottom panel (problems and feature panels), in pixels. */
  bottom: number;
}

export const DEFAULT_PANEL_SIZES: PanelSizes = { side: 320, bottom: 200 };

export interface UiSlice {
  status: Notice;
  /** A message that stays until dismissed, such as a storage or conflict warning. */
  banner: Notice | null;
  /** The bottom panel tab that is showing; features register their own (see app/panels.ts). */
  bottomPanel: string;
  panelSizes: PanelSizes;
  /** A request to bring an element into view; the nonce makes a repeated request count. */
  focusRequest: { elementId: string; nonce: number } | null;
  /** Bumped to ask the canvas to fit the whole diagram in view. */
  fitViewRequest: number;

  setStatus(text: string, tone?: NoticeTone): void;
  setBanner(banner: Notice | null): void;
  showBottomPanel(id: string): void;
  setPanelSizes(sizes: Partial<PanelSizes>): void;
  requestFitView(): void;
  /** Selects an element, switches to its diagram and asks the canvas to show it. */
  revealElement(elementId: string): void;
}

export const createUiSlice: AppSlice<UiSlice> = (set, get) => ({
  status: { text: 'Ready.', tone: 'info' },
  banner: null,
  bottomPanel: 'problems',
  panelSizes: DEFAULT_PANEL_SIZES,
  focusRequest: null,
  fitViewRequest: 0,
  requestFitView: () => set((state) => ({ fitViewRequest: state.fitViewRequest + 1 })),

  setStatus: (text, tone = 'info') => set({ status: { text, tone } }),
  setBanner: (banner) => set({ banner }),
  showBottomPanel: (id) => set({ bottomPanel: id }),
  setPanelSizes: (sizes) => set((state) => ({ panelSizes: { ...state.panelSizes, ...sizes } })),

  revealElement: (elementId) => {
    const diagram = get().model.diagrams.find((d) =>
      d.elements.some((element) => element.id === elementId),
    );
    if (!diagram) return;
    get().setActiveDiagram(diagram.id);
    get().select([elementId]);
    set((state) => ({
      focusRequest: { elementId, nonce: (state.focusRequest?.nonce ?? 0) + 1 },
    }));
  },
});
