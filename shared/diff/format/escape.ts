/**
 * Escaping user text for the places a diff is shown. Names come from other people's files, so a
 * name must not be able to move the cursor or recolour a terminal, reorder text with bidirectional
 * overrides, open a link, inject HTML, or mention people in a pull-request comment.
 */

// C0 and C1 controls (ESC starts terminal sequences) and the bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: one line, no control or bidi characters. */
export function escapeTerminal(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(UNSAFE_CHARACTERS, '');
}

const MARKDOWN_ACTIVE = /[\\`*_{}[\]()#+\-.!|<>~=:"]/g;

/**
 * Text safe inside a Markdown paragraph or list item (CommonMark and GitHub): every character
 * with a meaning is backslash-escaped, `&` cannot start an entity, and `@` cannot mention anyone.
 */
export function escapeMarkdown(text: string): string {
  return escapeTerminal(text)
    .replace(/&/g, '&amp;')
    .replace(MARKDOWN_ACTIVE, '\\$&')
    .replace(/@/g, '@\u200b');
}
