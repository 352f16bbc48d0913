/**
 * What the `app://` protocol answers, decided without Electron: which bundled file a request maps
 * to, with which type and headers. Anything that resolves outside the bundle is refused.
 */
import path from 'node:path';

import {
  CONTENT_SECURITY_POLICY,
  PRINT_CONTENT_SECURITY_POLICY,
} from '../../../shared/security/contentSecurityPolicy';
import { APP_HOST, APP_SCHEME } from './appOrigin';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The page's policy for the desktop: `'self'` spelled out as the app's origin (the same thing on
 * `app://gatehouse`, and an exact allowlist a reviewer or scanner can check at a glance).
 */
export const DESKTOP_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replaceAll(
  "'self'",
  `${APP_SCHEME}://${APP_HOST}`,
);

/** The policy as a response header: the page's policy, and no one may frame the app. */
export const DESKTOP_CONTENT_SECURITY_POLICY_HEADER = `${DESKTOP_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const META_POLICY = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;

/**
 * The built page as the desktop serves it: the policy in its meta tag written for the app's own
 * origin. A page without the tag gets one, so the policy never depends on the header alone.
 */
export function servedPage(html: string): string {
  if (META_POLICY.test(html))
    return html.replace(META_POLICY, `$1${DESKTOP_CONTENT_SECURITY_POLICY}$2`);
  return html.replace(
    /<head>/i,
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="${DESKTOP_CONTENT_SECURITY_POLICY}" />`,
  );
}

/** The file under `rootDir` a request for the app's page asks for, or null if it may not have one. */
export function resolveAssetPath(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Encoded separators and NUL would let a request name something the URL parser did not see.
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative === '/' || relative === '') relative = '/index.html';

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/** The Content-Type for a bundled file, by extension. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every response of the app's page. */
export function appResponseHeaders(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': DESKTOP_CONTENT_SECURITY_POLICY_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** Headers on a printed report: nothing in it may load or run. */
export function reportResponseHeaders(): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}
