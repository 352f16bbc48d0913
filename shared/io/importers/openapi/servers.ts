/**
 * Servers of an OpenAPI document: URL variables filled with their defaults, the environment each
 * one serves (production, staging, development), the kind of network it sits on (public, staging,
 * internal) and the protocol its scheme implies.
 */
import type { ApiServer } from '../../../model/types';
import { arrayAt, field, keysOf, objectAt, stringAt } from '../read';

export type NetworkKind = 'public' | 'staging' | 'internal';

export interface ReadServer {
  server: ApiServer;
  network: NetworkKind;
  /** HTTPS, HTTP, WSS…, or '' for a relative URL that names no scheme. */
  protocol: string;
}

export function readServers(doc: unknown): ReadServer[] {
  return arrayAt(doc, 'servers')
    .slice(0, 50)
    .map((entry) => {
      const url = substitute(stringAt(entry, 'url') ?? '/', objectAt(entry, 'variables'));
      const description = stringAt(entry, 'description') ?? '';
      const host = hostOf(url);
      const environment = environmentOf(url, description, host);
      const network: NetworkKind =
        isPrivateHost(host) || environment === 'development'
          ? 'internal'
          : environment === 'staging'
            ? 'staging'
            : 'public';
      return {
        server: { url: url.slice(0, 2000), description: description.slice(0, 20_000), environment },
        network,
        protocol: protocolOf(url),
      };
    });
}

/** `{scheme}://host` with each variable replaced by its default. */
function substitute(url: string, variables: Record<string, unknown> | undefined): string {
  let out = url;
  for (const name of keysOf(variables)) {
    const value = stringAt(field(variables, name), 'default') ?? '';
    out = out.split(`{${name}}`).join(value);
  }
  return out;
}

function hostOf(url: string): string {
  return /^[a-z][\w+.-]*:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
}

function environmentOf(url: string, description: string, host: string): ApiServer['environment'] {
  const words = `${host} ${url} ${description}`;
  if (/stag|\bstg\b|\buat\b|\bqa\b|preprod|pre-prod|sandbox|\btest|beta/i.test(words))
    return 'staging';
  if (
    /localhost|127\.0\.0\.1|\bdev\b|\bdevelopment\b|\blocal\b/i.test(words) ||
    isPrivateHost(host)
  )
    return 'development';
  if (host !== '') return 'production';
  return 'unknown';
}

function isPrivateHost(host: string): boolean {
  return (
    host === 'localhost' ||
    /^127\.|^10\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^0\.0\.0\.0$|^\[?::1\]?$/.test(host) ||
    /\.(local|internal|corp|lan|intranet|svc|cluster\.local)$/.test(host)
  );
}

function protocolOf(url: string): string {
  const scheme = /^([a-z][\w+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'https':
      return 'HTTPS';
    case 'http':
      return 'HTTP';
    case 'wss':
      return 'WSS';
    case 'ws':
      return 'WS';
    default:
      return '';
  }
}
