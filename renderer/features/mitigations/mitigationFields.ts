/** Checks on what a person types into a mitigation's fields, with messages that say what to do. */
import { safeHttpUrl } from '../threats/references';

/** The problem with a ticket address, or null when it may be kept (empty is fine). */
export function ticketProblem(text: string): string | null {
  if (text.trim() === '') return null;
  return safeHttpUrl(text) ? null : 'Enter a web address starting with http:// or https://.';
}

/** The problem with a due date, or null when it is empty or a real YYYY-MM-DD date. */
export function dueDateProblem(text: string): string | null {
  if (text === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(`${text}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
    return 'Enter the date as YYYY-MM-DD, such as 2026-06-30.';
  return null;
}
