/**
 * The `app://` protocol: the app's page is served from the bundled renderer folder with the
 * Content-Security-Policy as a header, and reports waiting to be printed from memory. Nothing is
 * ever loaded over file://.
 */
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';

import { protocol } from 'electron';

import { log } from './logger';
import { RENDERER_DIR } from './paths';
import { APP_HOST, APP_SCHEME, REPORT_HOST } from './services/appOrigin';
import {
  appResponseHeaders,
  reportResponseHeaders,
  resolveAssetPath,
  servedPage,
} from './services/appProtocol';

const reports = new Map<string, string>();

/** Must run before the app is ready: `app://` is a standard, secure scheme, nothing more. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ]);
}

export function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host === REPORT_HOST) return serveReport(url);
    if (url.host !== APP_HOST) return notFound();

    const file = resolveAssetPath(RENDERER_DIR, request.url);
    if (!file) {
      log.warn('[protocol] refused a request outside the app');
      return notFound();
    }
    try {
      const body = file.endsWith('.html')
        ? servedPage(await fs.readFile(file, 'utf8'))
        : await fs.readFile(file);
      return new Response(body, { headers: appResponseHeaders(file) });
    } catch {
      return notFound();
    }
  });
}

/** Makes report HTML printable at a one-time address; the returned function forgets it. */
export function publishReport(html: string): { url: string; release: () => void } {
  const token = randomBytes(16).toString('hex');
  reports.set(token, html);
  return {
    url: `${APP_SCHEME}://${REPORT_HOST}/${token}.html`,
    release: () => reports.delete(token),
  };
}

function serveReport(url: URL): Response {
  const token = /^\/([0-9a-f]{32})\.html$/.exec(url.pathname)?.[1];
  const html = token ? reports.get(token) : undefined;
  if (html === undefined) return notFound();
  return new Response(html, { headers: reportResponseHeaders() });
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
}
