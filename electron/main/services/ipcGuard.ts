/**
 * The checks every IPC call passes before a handler runs, as plain functions: the sender must be
 * the top frame of one of our windows showing the app's own page, and the payload must be what
 * the shared contract declares for that channel, within its size limits.
 */
import {
  HOST_REQUEST_SCHEMAS,
  MAX_REQUEST_CHARS,
  type HostFailure,
} from '../../../shared/host/contract';
import { fail, ok, type Result } from '../../../shared/result';
import { isAppUrl } from './appOrigin';

/** What the guard needs to know about who sent a message (a narrow view of an IPC event). */
export interface SenderInfo {
  /** The id of the sending web contents. */
  webContentsId: number;
  /** The sending frame, or null when it is gone. */
  frame: { url: string; isTopFrame: boolean } | null;
}

export type GuardFailure = HostFailure & { code: 'unsupported' };
export type KnownChannel = keyof typeof HOST_REQUEST_SCHEMAS;

const refuse = (message: string): Result<never, GuardFailure> =>
  fail([{ code: 'unsupported', message }]);

export function isKnownChannel(channel: string): channel is KnownChannel {
  return Object.hasOwn(HOST_REQUEST_SCHEMAS, channel);
}

/** Accepts a sender only when it is the top frame of a trusted window showing the app's page. */
export function checkSender(
  sender: SenderInfo,
  trustedWebContents: ReadonlySet<number>,
): Result<true, GuardFailure> {
  if (!trustedWebContents.has(sender.webContentsId))
    return refuse('The request came from a window that is not the app.');
  if (!sender.frame) return refuse('The request came from a frame that is gone.');
  if (!sender.frame.isTopFrame) return refuse('The request came from an embedded frame.');
  if (!isAppUrl(sender.frame.url))
    return refuse('The request came from a page that is not the app.');
  return ok(true);
}

/** Total characters in the strings of a payload, stopping early once over the limit. */
export function payloadChars(value: unknown, limit = MAX_REQUEST_CHARS): number {
  let total = 0;
  const pending: unknown[] = [value];
  let visited = 0;
  while (pending.length > 0 && total <= limit) {
    const next = pending.pop();
    // A payload with an absurd number of parts is oversized whatever its text adds up to.
    if (++visited > 100_000) return limit + 1;
    if (typeof next === 'string') total += next.length;
    else if (Array.isArray(next)) pending.push(...next);
    else if (next !== null && typeof next === 'object') {
      for (const [key, inner] of Object.entries(next)) {
        total += key.length;
        pending.push(inner);
      }
    }
  }
  return total;
}

/** Checks a payload against the channel's schema; returns the parsed arguments. */
export function checkPayload(channel: string, args: unknown): Result<unknown[], GuardFailure> {
  if (!isKnownChannel(channel)) return refuse(`"${channel.slice(0, 80)}" is not a host call.`);
  if (!Array.isArray(args)) return refuse('The request was not a list of arguments.');
  if (payloadChars(args) > MAX_REQUEST_CHARS) return refuse('The request is too large.');

  const parsed = HOST_REQUEST_SCHEMAS[channel].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return refuse(`The request was refused${where}: ${issue?.message ?? 'invalid'}.`);
  }
  return ok(parsed.data as unknown[]);
}
