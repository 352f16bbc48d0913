/**
 * The app's own origin. The page is served from `app://gatehouse/`, never from file://, and every
 * check that decides whether something is "us" compares parsed URLs against these parts, never
 * string prefixes (`app://gatehouse.evil/` starts with `app://gatehouse` too).
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gatehouse';
/** Where printed reports are served from: a separate host, so they can never reach the app's IPC. */
export const REPORT_HOST = 'report';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when the URL is a page of the app itself. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** True when the URL is a printed report served by the shell. */
export function isReportUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === REPORT_HOST;
}
