/**
 * The parts of the host interface a plain browser has no real counterpart for: imports through a
 * file input, exports as downloads, and no-ops for window management. PDF printing is left to
 * the browser's own Print dialog.
 */
import {
  externalUrlSchema,
  type HostApi,
  type HostFailure,
  type HostResult,
} from '../../shared/host/contract';

type BrowserExtras = Omit<
  HostApi,
  'kind' | 'openDocument' | 'openRecent' | 'saveDocument' | 'listRecent'
>;

const EXPORT_TYPES: Record<string, string> = {
  html: 'text/html',
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
  sarif: 'application/sarif+json',
  svg: 'image/svg+xml',
  yaml: 'application/yaml',
  xml: 'application/xml',
  txt: 'text/plain',
  png: 'image/png',
};

/** The bytes of a base64 text, for a picture handed over as text. */
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const failure = (code: HostFailure['code'], message: string): HostResult<never> => ({
  ok: false,
  errors: [{ code, message }],
  warnings: [],
});

export function createBrowserExtras(win: Window): BrowserExtras {
  function pickFile(accept: string): Promise<File | null> {
    return new Promise((resolve) => {
      const input = win.document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.click();
    });
  }

  return {
    async openPending() {
      return failure('not-found', 'No file is waiting to be opened.');
    },

    async importFile() {
      const file = await pickFile('.json,.yaml,.yml,.tm7,.otm');
      if (!file) return failure('cancelled', 'No file was chosen.');
      try {
        return { ok: true, value: { name: file.name, text: await file.text() }, warnings: [] };
      } catch {
        return failure('unreadable', `"${file.name}" could not be read.`);
      }
    },

    async exportFile(request) {
      const name = request.suggestedName.endsWith(`.${request.format}`)
        ? request.suggestedName
        : `${request.suggestedName}.${request.format}`;
      const url = URL.createObjectURL(
        new Blob([request.encoding === 'base64' ? fromBase64(request.text) : request.text], {
          type: EXPORT_TYPES[request.format] ?? 'text/plain',
        }),
      );
      const link = win.document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { ok: true, value: { name }, warnings: [] };
    },

    async printToPdf() {
      return failure(
        'unsupported',
        'The browser cannot write PDF files directly: export the HTML report and use Print › Save as PDF.',
      );
    },

    async setDocumentState() {},
    async closeWindow() {},
    async readyToClose() {},

    async openExternal(url) {
      if (!externalUrlSchema.safeParse(url).success) {
        return { ok: true, value: { opened: false }, warnings: [] };
      }
      const opened = win.confirm(`Open this address in a new tab?\n\n${url}`)
        ? win.open(url, '_blank', 'noopener,noreferrer') !== null
        : false;
      return { ok: true, value: { opened }, warnings: [] };
    },

    onCommand() {
      return () => undefined;
    },
  };
}
