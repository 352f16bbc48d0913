import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { MAX_DOCUMENT_BYTES, OpenDocuments } from '../../../../electron/main/services/documents';

let folder: string;
let file: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'gh-docs-'));
  file = path.join(folder, 'payments.gatehouse');
  writeFileSync(file, '{"v":1}');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function openHandle(documents: OpenDocuments): Promise<string> {
  const opened = await documents.open(file);
  if (!opened.ok) throw new Error('open failed');
  return opened.value.handle;
}

describe('documents', () => {
  describe('OpenDocuments.open()', () => {
    it('returns a handle and the name, never the path', async () => {
      const opened = await new OpenDocuments().open(file);
      expect(opened).toMatchObject({
        ok: true,
        value: { name: 'payments.gatehouse', text: '{"v":1}' },
      });
      expect(JSON.stringify(opened)).not.toContain(folder);
    });

    it('refuses a file over the size limit before reading it', async () => {
      writeFileSync(file, Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 32));
      const opened = await new OpenDocuments().open(file);
      expect(opened.ok ? null : opened.errors[0]?.code).toBe('too-large');
    });

    it('reports a missing file as not found', async () => {
      const opened = await new OpenDocuments().open(path.join(folder, 'gone.gatehouse'));
      expect(opened.ok ? null : opened.errors[0]?.code).toBe('not-found');
    });
  });

  describe('OpenDocuments.save()', () => {
    it('saves over the file it opened', async () => {
      const documents = new OpenDocuments();
      const handle = await openHandle(documents);
      expect((await documents.save(handle, '{"v":2}')).ok).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
      expect((await documents.save(handle, '{"v":3}')).ok).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe('{"v":3}');
    });

    it('never silently overwrites a file another program changed', async () => {
      const documents = new OpenDocuments();
      const handle = await openHandle(documents);
      // Same size, so only the contents tell the difference.
      writeFileSync(file, '{"v":9}');

      const saved = await documents.save(handle, '{"v":2}');
      expect(saved.ok ? null : saved.errors[0]?.code).toBe('changed-on-disk');
      expect(readFileSync(file, 'utf8')).toBe('{"v":9}');

      expect((await documents.save(handle, '{"v":2}', { overwriteChanged: true })).ok).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe('{"v":2}');
    });

    it('does not recreate a file that was deleted since it was opened', async () => {
      const documents = new OpenDocuments();
      const handle = await openHandle(documents);
      rmSync(file);
      const saved = await documents.save(handle, '{"v":2}');
      expect(saved.ok ? null : saved.errors[0]?.code).toBe('changed-on-disk');
    });

    it('ends with the last version when 50 saves of one document are started at once', async () => {
      const documents = new OpenDocuments();
      const handle = await openHandle(documents);
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, version) =>
          documents.save(handle, JSON.stringify({ version })),
        ),
      );
      expect(results.every((result) => result.ok)).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 49 });
    });

    it('refuses an unknown handle', async () => {
      const saved = await new OpenDocuments().save('doc_unknown', '{}');
      expect(saved.ok ? null : saved.errors[0]?.code).toBe('not-found');
    });
  });
});
