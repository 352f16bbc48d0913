/**
 * A small handle on the store for browser tests and benchmarks. Installed only when the page is
 * opened with `?testHook` in its address or when a test has set `window.__gatehouseTest`, so a
 * normal user session exposes nothing.
 */
import { useAppStore } from './appStore';

export interface TestHook {
  store: typeof useAppStore;
  /** Renders per element id since the last reset, counted by the canvas nodes. */
  renders: Map<string, number>;
  /** Writes pending changes to the workspace journal now. */
  flushAutosave?(): Promise<void>;
}

declare global {
  interface Window {
    __gatehouse?: TestHook;
    __gatehouseTest?: boolean;
  }
}

export function installTestHook(): void {
  const wanted =
    window.__gatehouseTest === true || new URLSearchParams(window.location.search).has('testHook');
  if (!wanted) return;
  window.__gatehouse = { store: useAppStore, renders: new Map() };
}

/** Counts a render of an element's node, when a test is listening. */
export function countRender(id: string): void {
  const hook = window.__gatehouse;
  if (hook) hook.renders.set(id, (hook.renders.get(id) ?? 0) + 1);
}
