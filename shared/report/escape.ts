/**
 * Escaping for every place a report shows model text. Model files come from other people and other
 * tools, so every name and description is treated as hostile: it is escaped for the exact context
 * it lands in, and links survive only when they are plain http(s) addresses.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters no report should carry: C0 controls other than tab and newline, and the bidi
 * overrides that can make a name read differently from what it is.
 */
const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- the point is to match control characters
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

const HTML_WORK = new RegExp(`[&<>"']|${UNSAFE_CHARACTERS.source}`, 'g');
const NEEDS_HTML_WORK = new RegExp(HTML_WORK.source);

/** Drops control and bidi-override characters, which no report needs and some abuse. */
export function stripUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/**
 * Escapes text for HTML and XML (SVG) text nodes and double- or single-quoted attribute values.
 *
 * @example escapeHtml('<img src=x onerror=alert(1)>') // '&lt;img src=x onerror=alert(1)&gt;'
 */
export function escapeHtml(text: string): string {
  // One pass that escapes markup and drops unsafe characters; most text needs neither.
  if (!NEEDS_HTML_WORK.test(text)) return text;
  return text.replace(HTML_WORK, (ch) => HTML_ESCAPES[ch] ?? '');
}

/** SVG is XML: the same five escapes keep text and attribute values inert. */
export const escapeXml = escapeHtml;

/**
 * The address when it is an absolute http or https URL without whitespace or quotes, else null.
 * `javascript:`, `data:` and relative links never become links in a report.
 */
export function safeHttpUrl(candidate: string): string | null {
  const trimmed = candidate.trim();
  if (!/^https?:\/\/[^\s"'<>`\\]+$/i.test(trimmed)) return null;
  if (trimmed.length > 2000) return null;
  return trimmed;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]()#!|<>&~]/g;

const NEEDS_MARKDOWN_WORK = new RegExp(
  `${MARKDOWN_SPECIAL.source}|[\r\n]|${UNSAFE_CHARACTERS.source}`,
);

/**
 * Escapes text for GitHub-flavoured Markdown, inline and inside table cells: every character with
 * a Markdown or HTML meaning is backslash-escaped, so no model text can open a tag, a link or a
 * new cell, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_MARKDOWN_WORK.test(text)) return text;
  return stripUnsafeCharacters(text)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(MARKDOWN_SPECIAL, (ch) => `\\${ch}`);
}

/** Characters a spreadsheet reads as the start of a formula. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters to neutralise
const FORMULA_START = /^[=+\-@\t\r\u0000]/;

/**
 * One CSV field: a leading formula character is neutralised with an apostrophe (so Excel, Sheets
 * and LibreOffice show the text instead of running it), then the field is quoted when it holds a
 * comma, quote or line break, with quotes doubled (RFC 4180).
 */
export function csvField(value: string | number): string {
  let text = typeof value === 'number' ? String(value) : value;
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/**
 * Text as a double-quoted CSS string. Everything outside printable ASCII letters, digits and
 * spaces is written as a CSS escape, so no text can end the string, the rule or the style element.
 */
export function cssString(text: string): string {
  const escaped = stripUnsafeCharacters(text).replace(
    /[^A-Za-z0-9 ]/gu,
    (ch) => `\\${ch.codePointAt(0)?.toString(16) ?? '20'} `,
  );
  return `"${escaped}"`;
}
