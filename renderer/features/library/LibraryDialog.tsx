/**
 * The library of models kept in the workspace, last opened first: open, rename, duplicate and
 * delete them, or start a new one. The list is live, so a change in another tab shows up here.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';

import type { LibraryEntry } from '../../db/GatehouseDb';
import { getWorkspace } from '../../db/startWorkspace';
import {
  deleteFromLibrary,
  duplicateInLibrary,
  listLibrary,
  renameInLibrary,
} from '../../db/workspace';
import { useAppStore } from '../../store/appStore';

function useLibrary(): LibraryEntry[] {
  const [entries, setEntries] = useState<LibraryEntry[]>([]);
  useEffect(() => {
    const workspace = getWorkspace();
    if (!workspace) return;
    const subscription = liveQuery(() => listLibrary(workspace.db)).subscribe({
      next: setEntries,
      error: () => setEntries([]),
    });
    return () => subscription.unsubscribe();
  }, []);
  return entries;
}

export function LibraryDialog({ onClose }: { onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const entries = useLibrary();
  const openId = useAppStore((state) => state.model.id);
  const workspace = getWorkspace();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const rename = async (entry: LibraryEntry): Promise<void> => {
    const title = window.prompt('New name of the model', entry.title)?.trim();
    if (!title || !workspace) return;
    if (entry.id === openId) {
      useAppStore.getState().changeModel((model) => ({ ...model, title }));
      await workspace.autosaver.flush();
    } else await renameInLibrary(workspace.db, entry.id, title);
  };

  const remove = async (entry: LibraryEntry): Promise<void> => {
    if (!workspace || entry.id === openId) return;
    if (!window.confirm(`Delete “${entry.title}” from the library? Files on disk are not touched.`))
      return;
    await deleteFromLibrary(workspace.db, entry.id);
  };

  return (
    <dialog
      ref={dialog}
      className="library-dialog"
      aria-labelledby="library-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="library-title">Library</h2>
      {!workspace ? (
        <p>The workspace is not available in this browser, so models are kept in files only.</p>
      ) : (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Elements</th>
              <th scope="col">Last opened</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} aria-current={entry.id === openId ? 'true' : undefined}>
                <td>
                  {entry.title}
                  {entry.id === openId ? ' (open)' : ''}
                </td>
                <td>{entry.elementCount}</td>
                <td>{new Date(entry.openedAt).toLocaleString()}</td>
                <td className="library-table__actions">
                  <button
                    type="button"
                    disabled={entry.id === openId}
                    aria-label={`Open ${entry.title}`}
                    onClick={() => void workspace.open(entry.id).then(onClose)}
                  >
                    Open
                  </button>
                  <button
                    type="button"
                    aria-label={`Rename ${entry.title}`}
                    onClick={() => void rename(entry)}
                  >
                    Rename
                  </button>
                  <button
                    type="button"
                    aria-label={`Duplicate ${entry.title}`}
                    onClick={() => void duplicateInLibrary(workspace.db, entry.id)}
                  >
                    Duplicate
                  </button>
                  <button
                    type="button"
                    disabled={entry.id === openId}
                    aria-label={`Delete ${entry.title}`}
                    onClick={() => void remove(entry)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            useAppStore.getState().newDocument();
            onClose();
          }}
        >
          New model
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
