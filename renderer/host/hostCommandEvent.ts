/**
 * Host commands that a feature owns (Import, Export, the Library, the theme picker) reach it as a
 * `gatehouse:command` window event, so the shell's dispatcher needs no import of any feature.
 */
import { useEffect, useRef } from 'react';

import type { HostCommand } from '../../shared/host/contract';

/** The window event that carries host commands to features. */
export const HOST_COMMAND_EVENT = 'gatehouse:command';

/** Passes a command on to whichever feature listens for it. */
export function dispatchHostCommand(command: HostCommand): void {
  window.dispatchEvent(new CustomEvent<HostCommand>(HOST_COMMAND_EVENT, { detail: command }));
}

/** Calls `listener` for each of `commands` that arrives; returns the function that stops it. */
export function onHostCommand(
  commands: readonly HostCommand[],
  listener: (command: HostCommand) => void,
): () => void {
  const handle = (event: Event) => {
    const command = (event as CustomEvent<unknown>).detail;
    if (commands.includes(command as HostCommand)) listener(command as HostCommand);
  };
  window.addEventListener(HOST_COMMAND_EVENT, handle);
  return () => window.removeEventListener(HOST_COMMAND_EVENT, handle);
}

/** Runs the latest `listener` for each of `commands` while the component is mounted. */
export function useHostCommand(
  commands: readonly HostCommand[],
  listener: (command: HostCommand) => void,
): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  const key = commands.join(' ');
  useEffect(
    () => onHostCommand(key.split(' ') as HostCommand[], (command) => latest.current(command)),
    [key],
  );
}
