/**
 * The host this renderer runs in: the desktop shell's, which its preload exposes as
 * `window.gatehouse`, or the browser's own.
 */
import type { HostApi } from '../../shared/host/contract';
import { createBrowserHost } from './browserHost';

declare global {
  interface Window {
    gatehouse?: HostApi;
  }
}

let host: HostApi | undefined;

export function getHost(): HostApi {
  host ??= window.gatehouse ?? createBrowserHost();
  return host;
}
