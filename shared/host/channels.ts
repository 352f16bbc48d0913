/**
 * The names the desktop host's IPC uses: one channel per host call, `tm:<area>:<verb>`, and the
 * commands the host sends to the page. Kept apart from the schemas (contract.ts) so the preload
 * can be built from them without carrying the validator library into the page.
 */

/**
 * Commands the host sends to the page: menu items, and the steps of closing a window. The page
 * runs the command as if its own button had been pressed; unknown ones are ignored.
 */
export const HOST_COMMANDS = [
  'file.new',
  'file.open',
  'file.open-pending',
  'file.import',
  'file.save',
  'file.save-as',
  'file.export',
  /** Save, then close the window if the save went through (the close prompt's Save button). */
  'file.save-and-close',
  /** Flush the autosave journal, then call `readyToClose()`. */
  'window.prepare-close',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.select-all',
  'view.theme-system',
  'view.theme-light',
  'view.theme-dark',
  'view.toggle-inspector',
  'view.toggle-threats',
  'view.toggle-library',
] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

/** IPC channel names of the desktop host, `tm:<area>:<verb>`, one per call. */
export const HOST_CHANNELS = {
  openDocument: 'tm:file:open',
  openRecent: 'tm:file:open-recent',
  openPending: 'tm:file:open-pending',
  saveDocument: 'tm:file:save',
  listRecent: 'tm:file:list-recent',
  importFile: 'tm:file:import',
  exportFile: 'tm:export:save',
  printToPdf: 'tm:report:print-pdf',
  setDocumentState: 'tm:window:set-document-state',
  closeWindow: 'tm:window:close',
  readyToClose: 'tm:window:ready-to-close',
  openExternal: 'tm:shell:open-external',
} as const;

/** The one channel the host uses to send commands to the page. */
export const HOST_COMMAND_CHANNEL = 'tm:app:command';

/** The host methods that are calls (request and answer), as opposed to `kind` and `onCommand`. */
export type HostCallName = keyof typeof HOST_CHANNELS;
