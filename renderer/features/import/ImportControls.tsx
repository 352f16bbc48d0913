/**
 * File, Import: a toolbar button and dropping a file anywhere on the window. The import runs in
 * a worker with a progress bar; afterwards a dialog lists what was guessed or left out, and the
 * imported model replaces the open one as a new, unsaved document.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Problem } from '../../../shared/result';
import { getHost } from '../../host/getHost';
import { useHostCommand } from '../../host/hostCommandEvent';
import { useAppStore } from '../../store/appStore';
import { runImport, type ImportSource } from './runImport';

const IMPORT_COMMANDS = ['file.import'] as const;

const ACCEPT = '.json,.yaml,.yml,.tm7,.otm,application/json,application/yaml,text/xml';

interface Outcome {
  title: string;
  problems: Problem[];
  failed: boolean;
}

export function ImportControls() {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = useCallback(async (file: ImportSource) => {
    setProgress({ fraction: 0, step: `Importing ${file.name}` });
    const result = await runImport(file, (fraction, step) => setProgress({ fraction, step }));
    setProgress(null);
    const store = useAppStore.getState();
    if (!result.ok) {
      store.setStatus(
        `${file.name} was not imported: ${result.errors[0]?.message ?? 'unknown format'}`,
      );
      setOutcome({
        title: `${file.name} was not imported`,
        problems: [...result.errors, ...result.warnings],
        failed: true,
      });
      return;
    }
    store.loadDocument(result.value.model, { handle: null, fileName: null, saved: false });
    store.setStatus(`Imported ${file.name} (${result.value.formatLabel}).`);
    if (result.warnings.length > 0) {
      setOutcome({
        title: `Imported ${file.name} (${result.value.formatLabel})`,
        problems: result.warnings,
        failed: false,
      });
    }
  }, []);

  useDroppedFiles(importFile);

  // File > Import in the desktop menu asks the host for the file, so its dialog is the system's.
  const importFromHost = async () => {
    const host = getHost();
    if (host.kind !== 'desktop') {
      input.current?.click();
      return;
    }
    const picked = await host.importFile();
    if (!picked.ok) {
      const failure = picked.errors[0];
      if (failure && failure.code !== 'cancelled')
        useAppStore.getState().setStatus(failure.message);
      return;
    }
    const { name, text } = picked.value;
    await importFile({ name, size: text.length, text: () => Promise.resolve(text) });
  };
  useHostCommand(IMPORT_COMMANDS, () => {
    if (progress === null) void importFromHost();
  });

  return (
    <>
      <button type="button" onClick={() => input.current?.click()} disabled={progress !== null}>
        Import…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label="File to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {progress && (
        <progress
          className="import-progress"
          aria-label={progress.step}
          max={1}
          value={progress.fraction}
        />
      )}
      {outcome && <ImportReport outcome={outcome} onClose={() => setOutcome(null)} />}
    </>
  );
}

/** Imports a file dropped anywhere on the window; drags of anything but files pass through. */
function useDroppedFiles(onFile: (file: File) => void): void {
  useEffect(() => {
    const carriesFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent): void => {
      if (carriesFiles(event)) event.preventDefault();
    };
    const drop = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) onFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFile]);
}

function ImportReport({ outcome, onClose }: { outcome: Outcome; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="import-report"
      aria-labelledby="import-report-title"
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id="import-report-title">{outcome.title}</h2>
      <p>
        {outcome.failed
          ? 'Nothing that was open has changed.'
          : 'The model is open as a new document. Check these points before you save it:'}
      </p>
      <ul>
        {outcome.problems.map((item, i) => (
          <li key={i}>
            {item.message}
            {item.path ? <small> ({item.path})</small> : null}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
