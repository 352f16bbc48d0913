/**
 * Which links may leave the app for the system browser: http and https only, without user names
 * or passwords in them (those make a link look like it goes somewhere it does not). Model files
 * are written by strangers, so `file:`, `smb:`, `javascript:` and custom schemes never open.
 */
export function parseExternalUrl(candidate: string): URL | null {
  if (typeof candidate !== 'string' || candidate.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}
