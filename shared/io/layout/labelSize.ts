/**
 * How much room the text of a diagram needs, estimated without a text-measuring DOM, so the
 * automatic layout can size boxes to their names and keep space between layers for flow labels.
 * The estimates are deliberately generous: a box a little too wide costs nothing, a name cut short
 * hides what the box is.
 */
import { DEFAULT_NODE_SIZE } from '../../model/factories';
import { isFlowEncrypted, normalizeProtocol } from '../../model/protocols';
import type { DataFlowElement, NodeElement } from '../../model/types';
import { textWidth, truncate } from '../../report/svg/text';

/**
 * The canvas sets names at 14px bold; bold glyphs of the wider system fonts (DejaVu Sans on Linux)
 * run about a fifth wider than the average glyph.
 */
const NAME_FONT_SIZE = 14;
const BOLD_FACTOR = 1.2;
/** Padding and border inside a box, both sides together. */
const NAME_PADDING = 36;
/** A process is drawn with rounded ends, which take text room at both sides. */
const ROUNDED_ENDS = 24;
const NAME_LINE_HEIGHT = 18;
/** The kind line and the padding above and below the name. */
const NODE_CHROME_HEIGHT = 36;
/** Wider than this, a name wraps instead: very long names would otherwise stretch whole layers. */
export const MAX_NODE_WIDTH = 360;

/** The longest line of a flow caption drawn in full; longer ones end with an ellipsis. */
export const MAX_CAPTION_CHARS = 32;
/** The canvas draws flow labels at 11px over two lines (name, then protocol). */
const CAPTION_FONT_SIZE = 11;
const CAPTION_PADDING = 16;
const CAPTION_LINE_HEIGHT = 14;
const CAPTION_CHROME_HEIGHT = 4;

export interface TextSize {
  width: number;
  height: number;
}

/** A flow's caption as diagrams show it, e.g. "Users operations · HTTP · cleartext". */
export function flowCaption(flow: DataFlowElement): string {
  const protocol = normalizeProtocol(flow.properties.protocol);
  const cleartext = !isFlowEncrypted(flow);
  return [flow.name, protocol, cleartext ? 'cleartext' : ''].filter(Boolean).join(' · ');
}

/**
 * A flow's caption in the lines diagrams draw it on: its name, then its protocol (and whether it
 * is cleartext), each shortened to {@link MAX_CAPTION_CHARS}. Two short lines keep the gaps between
 * layers narrow where one long line would stretch them.
 */
export function flowCaptionLines(flow: DataFlowElement): string[] {
  // Said out loud, as the canvas says it: a flow without a protocol is a question for the review.
  const protocol = normalizeProtocol(flow.properties.protocol) || 'no protocol';
  const cleartext = !isFlowEncrypted(flow);
  const transport = [protocol, cleartext ? 'cleartext' : ''].filter(Boolean).join(' · ');
  return [flow.name, transport]
    .map((line) => truncate(line, MAX_CAPTION_CHARS))
    .filter((line) => line !== '');
}

/** The box a flow's label needs on the canvas, or null for a flow without anything to say. */
export function flowLabelSize(flow: DataFlowElement): TextSize | null {
  const lines = flowCaptionLines(flow);
  if (lines.length === 0) return null;
  const widest = Math.max(...lines.map((line) => textWidth(line, CAPTION_FONT_SIZE)));
  return {
    width: Math.ceil(widest + CAPTION_PADDING),
    height: lines.length * CAPTION_LINE_HEIGHT + CAPTION_CHROME_HEIGHT,
  };
}

/**
 * The size of a box that shows the element's name in full: at least the kind's default size,
 * wider for a long name up to {@link MAX_NODE_WIDTH}, then taller so the name wraps inside.
 */
export function nodeSizeFor(element: NodeElement): TextSize {
  const base = DEFAULT_NODE_SIZE[element.kind];
  if (element.kind === 'trustBoundary') return { ...base };

  const padding = NAME_PADDING + (element.kind === 'process' ? ROUNDED_ENDS : 0);
  const nameWidth = nameTextWidth(element.name);
  const width = Math.min(MAX_NODE_WIDTH, Math.max(base.width, Math.ceil(nameWidth + padding)));
  const lines = Math.max(1, Math.ceil(nameWidth / (width - padding)));
  const height = Math.max(base.height, NODE_CHROME_HEIGHT + lines * NAME_LINE_HEIGHT);
  return { width, height };
}

/** About how wide a name is on the canvas, on one line. */
export function nameTextWidth(name: string): number {
  return textWidth(name.replace(/\s+/g, ' ').trim(), NAME_FONT_SIZE) * BOLD_FACTOR;
}
