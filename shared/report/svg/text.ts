/** Fitting labels into boxes without a text-measuring DOM: an average glyph width is enough. */

/** Average advance of a sans-serif glyph, as a share of the font size. */
const GLYPH_WIDTH = 0.56;

/** About how wide `text` is when set at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * GLYPH_WIDTH;
}

/**
 * Breaks text into at most `maxLines` lines that fit `width`, breaking at spaces where it can and
 * ending with an ellipsis when the text is longer than the room.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * GLYPH_WIDTH)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let current = '';

  for (const word of words) {
    let rest = word;
    while (rest.length > perLine) {
      if (current) lines.push(current);
      lines.push(rest.slice(0, perLine));
      rest = rest.slice(perLine);
      current = '';
    }
    const candidate = current ? `${current} ${rest}` : rest;
    if (candidate.length <= perLine) current = candidate;
    else {
      lines.push(current);
      current = rest;
    }
  }
  if (current) lines.push(current);

  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = `${last.slice(0, Math.max(0, perLine - 1))}…`;
  return kept;
}

/** Shortens text to `maxChars`, with an ellipsis when it was cut. */
export function truncate(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= maxChars ? flat : `${flat.slice(0, maxChars - 1)}…`;
}
