import { describe, expect, it } from 'vitest';

import {
  HOST_CHANNELS,
  HOST_REQUEST_SCHEMAS,
  MAX_DOCUMENT_CHARS,
} from '../../../../shared/host/contract';
import {
  checkPayload,
  checkSender,
  type SenderInfo,
} from '../../../../electron/main/services/ipcGuard';

const TRUSTED = new Set([7]);
const APP_SENDER: SenderInfo = {
  webContentsId: 7,
  frame: { url: 'app://gatehouse/index.html', isTopFrame: true },
};

/** A valid call for every channel, so each test below can break one thing at a time. */
const VALID_CALLS: Record<string, unknown[]> = {
  [HOST_CHANNELS.openDocument]: [],
  [HOST_CHANNELS.openRecent]: ['doc_abc123'],
  [HOST_CHANNELS.openPending]: [],
  [HOST_CHANNELS.saveDocument]: [
    { handle: 'doc_abc123', suggestedName: 'payments.gatehouse', text: '{}' },
  ],
  [HOST_CHANNELS.listRecent]: [],
  [HOST_CHANNELS.importFile]: [],
  [HOST_CHANNELS.exportFile]: [{ format: 'csv', suggestedName: 'register.csv', text: 'a,b' }],
  [HOST_CHANNELS.printToPdf]: [
    { html: '<!doctype html><p>x</p>', suggestedName: 'report', pageSize: 'A4', landscape: false },
  ],
  [HOST_CHANNELS.setDocumentState]: [{ dirty: true, title: 'Payments' }],
  [HOST_CHANNELS.closeWindow]: [],
  [HOST_CHANNELS.readyToClose]: [],
  [HOST_CHANNELS.openExternal]: ['https://owasp.org/API-Security/'],
};

const CHANNELS = Object.values(HOST_CHANNELS);

const PATH_LIKE = [
  '/etc/passwd',
  '../../secret.gatehouse',
  '..',
  'C:\\Users\\me\\model.gatehouse',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  'dir/name.gatehouse',
  'name\u0000.gatehouse',
];

/** Every string-valued field of the valid call, as [argument index, field name or null]. */
function stringFields(args: unknown[]): [number, string | null][] {
  const fields: [number, string | null][] = [];
  args.forEach((arg, index) => {
    if (typeof arg === 'string') fields.push([index, null]);
    else if (arg && typeof arg === 'object')
      for (const [key, value] of Object.entries(arg))
        if (typeof value === 'string') fields.push([index, key]);
  });
  return fields;
}

function withField(
  args: unknown[],
  index: number,
  field: string | null,
  value: unknown,
): unknown[] {
  return args.map((arg, at) => {
    if (at !== index) return arg;
    return field === null ? value : { ...(arg as object), [field]: value };
  });
}

/** Fields whose content is a document or report, where any text is legitimate. */
const FREE_TEXT = new Set(['text', 'html', 'title']);

describe('ipcGuard', () => {
  it('has a valid sample call for every channel of the contract', () => {
    expect(Object.keys(VALID_CALLS).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(HOST_REQUEST_SCHEMAS).sort()).toEqual([...CHANNELS].sort());
  });

  describe('checkSender()', () => {
    it('accepts the top frame of a trusted window on the app page', () => {
      expect(checkSender(APP_SENDER, TRUSTED).ok).toBe(true);
    });

    it.each([
      ['an unknown window', { ...APP_SENDER, webContentsId: 8 }],
      [
        'a sub-frame',
        { webContentsId: 7, frame: { url: 'app://gatehouse/index.html', isTopFrame: false } },
      ],
      [
        'a remote page',
        { webContentsId: 7, frame: { url: 'https://evil.example/', isTopFrame: true } },
      ],
      [
        'a look-alike host',
        { webContentsId: 7, frame: { url: 'app://gatehouse.evil/index.html', isTopFrame: true } },
      ],
      [
        'a file page',
        { webContentsId: 7, frame: { url: 'file:///tmp/index.html', isTopFrame: true } },
      ],
      [
        'a printed report',
        { webContentsId: 7, frame: { url: 'app://report/x.html', isTopFrame: true } },
      ],
      [
        'credentials in the URL',
        { webContentsId: 7, frame: { url: 'app://x@gatehouse/', isTopFrame: true } },
      ],
      ['a destroyed frame', { webContentsId: 7, frame: null }],
    ])('refuses %s', (_name, sender) => {
      expect(checkSender(sender as SenderInfo, TRUSTED).ok).toBe(false);
    });
  });

  describe('checkPayload()', () => {
    it.each(CHANNELS)('accepts the valid call on %s', (channel) => {
      expect(checkPayload(channel, VALID_CALLS[channel])).toMatchObject({ ok: true });
    });

    it('refuses a channel that is not in the contract', () => {
      expect(checkPayload('tm:file:write-anywhere', []).ok).toBe(false);
      expect(checkPayload('__proto__', []).ok).toBe(false);
    });

    it.each(CHANNELS)('refuses an extra argument on %s', (channel) => {
      expect(checkPayload(channel, [...(VALID_CALLS[channel] ?? []), 'extra']).ok).toBe(false);
    });

    it.each(CHANNELS)('refuses a payload that is not an argument list on %s', (channel) => {
      expect(checkPayload(channel, { 0: 'x' }).ok).toBe(false);
      expect(checkPayload(channel, 'x').ok).toBe(false);
    });

    it.each(
      CHANNELS.filter((channel) =>
        (VALID_CALLS[channel] ?? []).some((arg) => typeof arg === 'object'),
      ),
    )('refuses extra and invalid fields on %s', (channel) => {
      const args = VALID_CALLS[channel] ?? [];
      const index = args.findIndex((arg) => typeof arg === 'object');
      expect(checkPayload(channel, withField(args, index, 'path', '/etc/passwd')).ok).toBe(false);
      expect(
        checkPayload(channel, withField(args, index, '__proto__', { polluted: true })).ok,
      ).toBe(false);
      for (const [at, field] of stringFields(args))
        expect(checkPayload(channel, withField(args, at, field, 42)).ok, `${field}`).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it.each(CHANNELS.filter((channel) => (VALID_CALLS[channel] ?? []).length > 0))(
      'refuses oversized payloads on %s',
      (channel) => {
        const args = VALID_CALLS[channel] ?? [];
        const huge = 'x'.repeat(MAX_DOCUMENT_CHARS + 1);
        for (const [at, field] of stringFields(args))
          expect(checkPayload(channel, withField(args, at, field, huge)).ok, `${field}`).toBe(
            false,
          );
      },
    );

    it.each(CHANNELS.filter((channel) => stringFields(VALID_CALLS[channel] ?? []).length > 0))(
      'refuses path-like strings on %s',
      (channel) => {
        const args = VALID_CALLS[channel] ?? [];
        const fields = stringFields(args).filter(([, field]) => !FREE_TEXT.has(field ?? ''));
        for (const [at, field] of fields)
          for (const candidate of PATH_LIKE)
            expect(
              checkPayload(channel, withField(args, at, field, candidate)).ok,
              `${field}=${candidate}`,
            ).toBe(false);
      },
    );

    it('refuses payloads with an absurd number of parts', () => {
      const many = Array.from({ length: 200_000 }, () => 'a');
      expect(checkPayload(HOST_CHANNELS.openRecent, many).ok).toBe(false);
    });
  });
});
