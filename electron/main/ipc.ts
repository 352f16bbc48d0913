/**
 * Every host call the page can make, registered from the shared contract's channel list: one
 * handler per call, each reached only after the sender and the payload passed the guard.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';

import { HOST_CHANNELS, type HostApi, type HostCallName } from '../../shared/host/contract';
import { log } from './logger';
import { checkPayload, checkSender } from './services/ipcGuard';

/** The main-side implementation of each host call, given the window that asked. */
export type HostHandlers = {
  [Name in HostCallName]: (
    window: BrowserWindow,
    ...args: Parameters<HostApi[Name]>
  ) => ReturnType<HostApi[Name]>;
};

export interface IpcContext {
  /** The app window behind a sender, or null when the sender is not one of ours. */
  windowFor(event: IpcMainInvokeEvent): BrowserWindow | null;
  trustedWebContents(): ReadonlySet<number>;
}

export function registerHostHandlers(handlers: HostHandlers, context: IpcContext): void {
  for (const [name, channel] of Object.entries(HOST_CHANNELS) as [HostCallName, string][]) {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const sender = checkSender(
        {
          webContentsId: event.sender.id,
          frame: event.senderFrame
            ? { url: event.senderFrame.url, isTopFrame: event.senderFrame.parent === null }
            : null,
        },
        context.trustedWebContents(),
      );
      const payload = sender.ok ? checkPayload(channel, args) : sender;
      const window = context.windowFor(event);
      if (!payload.ok || !window) {
        const reason = payload.ok ? 'no window' : (payload.errors[0]?.message ?? 'refused');
        log.warn(`[ipc] refused ${channel}: ${reason}`);
        throw new Error(`Refused: ${reason}`);
      }
      const handler = handlers[name] as (
        window: BrowserWindow,
        ...args: unknown[]
      ) => Promise<unknown>;
      return handler(window, ...payload.value);
    });
  }
}
