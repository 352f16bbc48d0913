/**
 * What happens when a window is asked to close (its close button, File > Close, or quitting),
 * decided without Electron. Unsaved changes get Save / Don't Save / Cancel; whatever the answer,
 * the autosave journal is flushed before the window goes, and Cancel changes nothing.
 */
export type CloseChoice = 'save' | 'discard' | 'cancel';

/** `saving`: the page saves and then asks to close again, which finds nothing unsaved. */
export type CloseOutcome = 'close' | 'keep-open' | 'saving';

export interface CloseSteps {
  isDirty(): boolean;
  askToSave(): Promise<CloseChoice>;
  /** Tells the page to save and then close (the close starts over once it has saved). */
  saveThenClose(): void;
  /** Asks the page to flush its journal; resolves false if it did not answer in time. */
  flushJournal(): Promise<boolean>;
}

export async function decideClose(steps: CloseSteps): Promise<CloseOutcome> {
  if (steps.isDirty()) {
    const choice = await steps.askToSave();
    if (choice === 'cancel') return 'keep-open';
    if (choice === 'save') {
      steps.saveThenClose();
      return 'saving';
    }
  }
  // A page that does not answer (hung, crashed) must not keep the window open forever; the
  // journal then holds whatever it last flushed.
  await steps.flushJournal();
  return 'close';
}

/** Resolves with the promise's value, or with `fallback` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    void promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
