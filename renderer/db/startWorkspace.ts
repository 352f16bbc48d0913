/**
 * Starts the workspace: reopens the model that was open last (so a crash or a kill loses at most
 * a second of work), keeps every loaded document in the library, autosaves, persists settings,
 * and listens for other tabs writing the same model.
 */
import { ID_PREFIXES, newId } from '../../shared/model/ids';
import type { ThreatModel } from '../../shared/model/types';
import { registerBeforeClose } from '../host/beforeClose';
import type { useAppStore } from '../store/appStore';
import { DEFAULT_PANEL_SIZES, type PanelSizes } from '../store/uiSlice';
import { Autosaver, createWorkerWriter, type JournalWriter } from './autosave';
import { GatehouseDb } from './GatehouseDb';
import { openFromLibrary, readSetting, storeModel, writeSetting } from './workspace';

type Store = typeof useAppStore;

export interface Workspace {
  db: GatehouseDb;
  autosaver: Autosaver;
  /** Opens a library model in this window, after journalling the open one. */
  open(id: string): Promise<void>;
}

let workspace: Workspace | null = null;

export function getWorkspace(): Workspace | null {
  return workspace;
}

const CHANNEL = 'gatehouse-workspace';

interface SavedMessage {
  type: 'saved';
  modelId: string;
  revision: number;
  tabId: string;
}

export async function startWorkspace(
  store: Store,
  options: { db?: GatehouseDb; writer?: JournalWriter } = {},
): Promise<Workspace> {
  const db = options.db ?? new GatehouseDb();
  const tabId = newId('tab');
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;

  const autosaver = new Autosaver(store, options.writer ?? createWorkerWriter(), {
    onSaved: (modelId, revision) =>
      channel?.postMessage({ type: 'saved', modelId, revision, tabId } satisfies SavedMessage),
    onConflict: () => showConflict(),
  });

  const adopt = async (model: ThreatModel): Promise<void> => {
    const revision = await storeModel(db, model);
    autosaver.attach(revision, model);
    await writeSetting(db, 'lastModelId', model.id);
  };

  const open = async (id: string): Promise<void> => {
    await autosaver.flush();
    const opened = await openFromLibrary(db, id);
    if (!opened.ok) {
      store.getState().setStatus(opened.errors[0]?.message ?? 'The model could not be opened.');
      return;
    }
    const { model, entry } = opened.value;
    loading = true;
    store.getState().loadDocument(model, {
      handle: null,
      fileName: entry.fileName,
      saved: !entry.unsavedToFile,
    });
    loading = false;
    autosaver.attach(entry.revision, model);
    store.getState().setBanner(null);
    await writeSetting(db, 'lastModelId', model.id);
  };

  function showConflict(): void {
    store.getState().setBanner({
      tone: 'warning',
      text: 'This model was changed in another tab or window. Autosave is paused here so that neither copy overwrites the other.',
      actions: [
        { label: 'Load the other version', run: () => void open(store.getState().model.id) },
        {
          label: 'Keep mine as a copy',
          run: () => {
            const mine = store.getState().model;
            store.getState().setBanner(null);
            store
              .getState()
              .loadDocument(
                { ...mine, id: newId(ID_PREFIXES.model), title: `${mine.title} (my copy)` },
                { handle: null, fileName: null, saved: false },
              );
          },
        },
      ],
    });
  }

  // Settings first, so the panels come up at their size.
  const sizes = await readSetting<PanelSizes>(db, 'panelSizes');
  if (sizes && typeof sizes.side === 'number' && typeof sizes.bottom === 'number') {
    store
      .getState()
      .setPanelSizes({ ...DEFAULT_PANEL_SIZES, side: sizes.side, bottom: sizes.bottom });
  }

  // Reopen what was open when the window last closed, crashed or was killed.
  let loading = false;
  const lastId = await readSetting<string>(db, 'lastModelId');
  const reopened = lastId ? await openFromLibrary(db, lastId) : null;
  if (reopened?.ok) {
    const { model, entry } = reopened.value;
    loading = true;
    store.getState().loadDocument(model, {
      handle: null,
      fileName: entry.fileName,
      saved: !entry.unsavedToFile,
    });
    loading = false;
    autosaver.attach(entry.revision, model);
    store.getState().setStatus(`Reopened “${model.title}” from the workspace.`);
  } else {
    await adopt(store.getState().model);
  }

  // Every other document that gets loaded (New, Open, a copy) joins the library.
  store.subscribe((state, previous) => {
    if (state.documentEpoch === previous.documentEpoch || loading) return;
    void adopt(state.model);
  });

  let sizeTimer: ReturnType<typeof setTimeout> | null = null;
  store.subscribe((state, previous) => {
    if (state.panelSizes === previous.panelSizes) return;
    if (sizeTimer) clearTimeout(sizeTimer);
    sizeTimer = setTimeout(() => void writeSetting(db, 'panelSizes', state.panelSizes), 500);
  });

  if (channel) {
    channel.onmessage = (event: MessageEvent<SavedMessage>) => {
      const message = event.data;
      if (message.type !== 'saved' || message.tabId === tabId) return;
      if (message.modelId !== store.getState().model.id) return;
      if (message.revision !== autosaver.baseRevision) showConflict();
    };
  }

  window.addEventListener('pagehide', () => void autosaver.flush());
  // The desktop window closes only once the last changes are in the journal.
  registerBeforeClose(() => autosaver.flush());
  autosaver.start();
  workspace = { db, autosaver, open };
  if (window.__gatehouse) window.__gatehouse.flushAutosave = () => autosaver.flush();
  return workspace;
}
