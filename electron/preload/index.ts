/**
 * The bridge between the sandboxed page and the main process. It exposes exactly the host
 * interface of the shared contract as `window.gatehouse`: one function per call, each bound to
 * its own channel, and a command subscription that passes on only the command, never the IPC
 * event (which would leak the sender). There is no way to name a channel from the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

import {
  HOST_CHANNELS,
  HOST_COMMAND_CHANNEL,
  HOST_COMMANDS,
  type HostCallName,
  type HostCommand,
} from '../../shared/host/channels';
import type { HostApi } from '../../shared/host/contract';

const KNOWN_COMMANDS: ReadonlySet<string> = new Set(HOST_COMMANDS);

function buildHostApi(): HostApi {
  const calls = Object.fromEntries(
    (Object.entries(HOST_CHANNELS) as [HostCallName, string][]).map(([name, channel]) => [
      name,
      (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
    ]),
  ) as Pick<HostApi, HostCallName>;

  return Object.freeze({
    kind: 'desktop' as const,
    ...calls,
    onCommand(listener: (command: HostCommand) => void): () => void {
      const relay = (_event: unknown, command: unknown) => {
        if (typeof command === 'string' && KNOWN_COMMANDS.has(command))
          listener(command as HostCommand);
      };
      ipcRenderer.on(HOST_COMMAND_CHANNEL, relay);
      return () => {
        ipcRenderer.removeListener(HOST_COMMAND_CHANNEL, relay);
      };
    },
  });
}

contextBridge.exposeInMainWorld('gatehouse', buildHostApi());
