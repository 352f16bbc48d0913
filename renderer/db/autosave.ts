/**
 * Autosave: a second after the last change (at most ten seconds into continuous editing), the
 * open model is written to the workspace journal. Serialising happens when the page is idle; the
 * IndexedDB write happens in a worker. A conflict with another tab or a full disk stops nothing
 * the user is doing: the model stays open and a banner says what happened and what to do.
 */
import type { ThreatModel } from '../../shared/model/types';
import type { useAppStore } from '../store/appStore';
import type { JournalResult, JournalWrite } from './journal';

export interface JournalWriter {
  write(write: JournalWrite): Promise<JournalResult>;
}

export interface AutosaveOptions {
  delayMs?: number;
  maxWaitMs?: number;
  /** Told about every successful write, so other tabs can hear of it. */
  onSaved?(modelId: string, revision: number): void;
  /** Told when another tab wrote first; the caller offers the user a choice. */
  onConflict?(modelId: string): void;
}

type Store = typeof useAppStore;

const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 500 });
    else setTimeout(resolve, 0);
  });

export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstPending: number | null = null;
  private written: ThreatModel | null = null;
  private running: Promise<void> | null = null;
  private quotaShown = false;
  private conflicted = false;
  private unsubscribe: (() => void) | null = null;
  baseRevision: number | null = null;

  constructor(
    private readonly store: Store,
    private readonly writer: JournalWriter,
    private readonly options: AutosaveOptions = {},
  ) {}

  start(): void {
    this.unsubscribe = this.store.subscribe((state, previous) => {
      if (state.model !== previous.model) this.schedule();
    });
  }

  stop(): void {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
  }

  /** Points the journal at a (newly loaded) document whose last known revision is `revision`. */
  attach(revision: number | null, written: ThreatModel | null): void {
    this.baseRevision = revision;
    this.written = written;
    this.conflicted = false;
  }

  /** Whether there are changes the journal has not seen. */
  get pending(): boolean {
    return this.store.getState().model !== this.written;
  }

  private schedule(): void {
    if (this.conflicted) return;
    const now = Date.now();
    this.firstPending ??= now;
    if (this.timer) clearTimeout(this.timer);
    const delay = this.options.delayMs ?? 1000;
    const wait = Math.min(delay, this.firstPending + (this.options.maxWaitMs ?? 10_000) - now);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, wait));
  }

  /** Writes the open model now (after any write in flight), unless it is already written. */
  async flush(force = false): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.firstPending = null;
    while (this.running) await this.running;
    if (!this.pending || (this.conflicted && !force)) return;
    this.running = this.writeOnce(force);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async writeOnce(force: boolean): Promise<void> {
    await idle();
    const state = this.store.getState();
    const model = state.model;
    performance.mark('autosave-serialize-start');
    const json = JSON.stringify(model);
    performance.measure('autosave-serialize', 'autosave-serialize-start');
    const result = await this.writer.write({
      modelId: model.id,
      baseRevision: this.baseRevision,
      json,
      title: model.title,
      elementCount: model.diagrams.reduce((sum, d) => sum + d.elements.length, 0),
      unsavedToFile: model !== state.savedModel,
      fileName: state.fileName,
      force,
    });
    this.handle(result, model);
  }

  private handle(result: JournalResult, model: ThreatModel): void {
    const state = this.store.getState();
    switch (result.type) {
      case 'saved':
        this.baseRevision = result.revision;
        this.written = model;
        this.conflicted = false;
        this.options.onSaved?.(model.id, result.revision);
        return;
      case 'conflict':
        this.conflicted = true;
        this.options.onConflict?.(model.id);
        return;
      case 'quota':
        if (this.quotaShown) return;
        this.quotaShown = true;
        state.setBanner({
          tone: 'error',
          text: 'The browser storage is full, so autosave could not keep your latest changes. Your model is still open: use Save as… to keep it in a file, and free some space (delete models from the Library).',
        });
        return;
      case 'failed':
        state.setStatus(
          `Autosave failed (${result.message}); your model is still open. Save it to a file to be safe.`,
          'error',
        );
    }
  }
}

/** The journal writer backed by the autosave worker. */
export function createWorkerWriter(): JournalWriter {
  const worker = new Worker(new URL('./autosave.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (result: JournalResult) => void>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<{ id: number; result: JournalResult }>) => {
    waiting.get(event.data.id)?.(event.data.result);
    waiting.delete(event.data.id);
  };
  return {
    write: (write) =>
      new Promise((resolve) => {
        const id = ++next;
        waiting.set(id, resolve);
        worker.postMessage({ id, write });
      }),
  };
}
