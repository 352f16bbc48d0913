/**
 * A diagram as an SVG picture, drawn from the model and its layout the way a data-flow diagram is
 * drawn on paper: external entities as rectangles, processes rounded, data stores open-ended, zones
 * dashed with their trust level, flows as labelled arrows. The CLI, the reports and the app all use
 * this one drawing, so a picture never depends on a browser being around.
 *
 * Every piece of model text is escaped; the output has no scripts, no event attributes and no
 * links, so it is safe to inline in a page.
 */
import { flowCaption, flowCaptionLines } from '../../io/layout/labelSize';
import { isFlowEncrypted } from '../../model/protocols';
import type {
  DataFlowElement,
  Diagram,
  Layout,
  NodeElement,
  TrustBoundaryElement,
} from '../../model/types';
import { escapeXml } from '../escape';
import { borderPoint, centerOf, num, unionOf, type Box, type Point } from './geometry';
import { placeLabels } from './placeLabels';
import { isLineBoundary, placeNodes } from './placeNodes';
import { textWidth, truncate, wrapText } from './text';

/** The open threats of one element, drawn as a badge in its corner. */
export interface DiagramBadge {
  count: number;
  /** The fill colour, that of the highest band among the element's open threats. */
  color: string;
  /** Said on hover and to screen readers, e.g. "3 open threats, highest: High". */
  label: string;
}

export interface DiagramSvgOptions {
  /** Badges by element id; elements without one get none. */
  badges?: ReadonlyMap<string, DiagramBadge>;
  /** Prefix for ids inside the picture, unique per picture when several share one page. */
  idPrefix?: string;
  /** Draws the key to the shapes under the diagram; on by default. */
  legend?: boolean;
}

export interface DiagramPicture {
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Liberation Sans', 'Helvetica Neue', Arial, sans-serif";
const MARGIN = 24;
const LEGEND_HEIGHT = 40;
const COLORS = {
  ink: '#1f2937',
  muted: '#6b7280',
  entityFill: '#eef2ff',
  processFill: '#ecfdf5',
  storeFill: '#fffbeb',
  outOfScopeFill: '#f3f4f6',
  zone: '#7c3aed',
  flow: '#334155',
  cleartext: '#c2410c',
} as const;

/** Draws one diagram of the model. */
export function renderDiagramSvg(
  diagram: Diagram,
  layout: Layout,
  options: DiagramSvgOptions = {},
): DiagramPicture {
  const prefix = (options.idPrefix ?? 'dfd').replace(/[^A-Za-z0-9_-]/g, '');
  const showLegend = options.legend ?? true;
  const boxes = placeNodes(diagram, layout);
  const nodes = diagram.elements.filter((e): e is NodeElement => e.kind !== 'dataFlow');
  const flows = diagram.elements.filter((e): e is DataFlowElement => e.kind === 'dataFlow');

  const zones = nodes
    .filter((n): n is TrustBoundaryElement => n.kind === 'trustBoundary' && !isLineBoundary(n))
    .sort((a, b) => area(boxes.get(b.id)) - area(boxes.get(a.id)));
  const lines = nodes.filter(isLineBoundary);
  const shapes = nodes.filter((n) => n.kind !== 'trustBoundary');

  const parts: string[] = [];
  for (const zone of zones) parts.push(drawZone(zone, boxes.get(zone.id)));
  for (const line of lines) parts.push(drawBoundaryLine(line, layout));
  const flowParts = flows.map((flow) => drawFlow(flow, boxes, layout, prefix));
  parts.push(...flowParts.map((f) => f.path));
  for (const shape of shapes) parts.push(drawNode(shape, boxes.get(shape.id)));
  const shapeBoxes = shapes.flatMap((shape) => boxes.get(shape.id) ?? []);
  const labelled = flowParts.flatMap((f) => (f.label ? [f.label] : []));
  const labelBoxes = placeLabels(labelled, shapeBoxes);
  labelled.forEach((label, i) => parts.push(drawFlowLabel(label, labelBoxes[i]!)));
  for (const shape of [...shapes, ...zones]) {
    const badge = options.badges?.get(shape.id);
    const box = boxes.get(shape.id);
    if (badge && box && badge.count > 0) parts.push(drawBadge(badge, box));
  }

  const content = unionOf([
    ...boxes.values(),
    ...flowParts.flatMap((f) => (f.extent ? [f.extent] : [])),
    ...labelBoxes,
  ]) ?? { x: 0, y: 0, width: 320, height: 120 };
  const x = content.x - MARGIN;
  const y = content.y - MARGIN;
  const width = Math.max(content.width + MARGIN * 2, showLegend ? 620 : 0);
  const legendTop = content.y + content.height + MARGIN / 2;
  const height = content.height + MARGIN * 2 + (showLegend ? LEGEND_HEIGHT : 0);
  if (showLegend) parts.push(drawLegend(x + MARGIN, legendTop, prefix));

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x)} ${num(y)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" role="img" aria-label="${escapeXml(`Data-flow diagram: ${diagram.name}`)}" font-family="${escapeXml(FONT)}" font-size="12">`,
    `<title>${escapeXml(diagram.name)}</title>`,
    markers(prefix),
    `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('\n');

  return { svg, width: Math.round(width), height: Math.round(height) };
}

function area(box: Box | undefined): number {
  return box ? box.width * box.height : 0;
}

function markers(prefix: string): string {
  const arrow = (name: string, color: string) =>
    `<marker id="${prefix}-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`;
  return `<defs>${arrow('arrow', COLORS.flow)}${arrow('arrow-clear', COLORS.cleartext)}</defs>`;
}

function drawZone(zone: TrustBoundaryElement, box: Box | undefined): string {
  if (!box) return '';
  const label = truncate(
    `${zone.name || 'Zone'} · trust ${zone.properties.trustLevel}`,
    Math.max(8, Math.floor(box.width / 7)),
  );
  return [
    `<g class="zone">`,
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="6" fill="#faf5ff" fill-opacity="0.35" stroke="${COLORS.zone}" stroke-width="1.5" stroke-dasharray="8 5"/>`,
    `<text x="${num(box.x + 8)}" y="${num(box.y + 16)}" fill="${COLORS.zone}" font-weight="bold">${escapeXml(label)}</text>`,
    `</g>`,
  ].join('');
}

function drawBoundaryLine(line: NodeElement, layout: Layout): string {
  const points = layout.edges[line.id]?.points ?? [];
  const first = points[0];
  if (points.length < 2 || !first) return '';
  return [
    `<g class="boundary-line">`,
    `<polyline points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="none" stroke="${COLORS.zone}" stroke-width="1.5" stroke-dasharray="8 5"/>`,
    `<text x="${num(first.x + 4)}" y="${num(first.y - 6)}" fill="${COLORS.zone}" font-weight="bold">${escapeXml(truncate(line.name || 'Boundary', 40))}</text>`,
    `</g>`,
  ].join('');
}

function drawNode(node: NodeElement, box: Box | undefined): string {
  if (!box) return '';
  const fill = node.outOfScope
    ? COLORS.outOfScopeFill
    : node.kind === 'process'
      ? COLORS.processFill
      : node.kind === 'dataStore'
        ? COLORS.storeFill
        : COLORS.entityFill;
  const dash = node.outOfScope ? ' stroke-dasharray="3 3"' : '';
  const { x, y, width, height } = box;

  let shape: string;
  if (node.kind === 'process') {
    const radius = Math.min(height / 2, 24);
    shape = `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" rx="${num(radius)}" fill="${fill}" stroke="${COLORS.ink}" stroke-width="1.5"${dash}/>`;
  } else if (node.kind === 'dataStore') {
    // The DFD store: a band closed above and below, open at both ends.
    shape = [
      `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}" stroke="none"/>`,
      `<path d="M${num(x)},${num(y)} H${num(x + width)} M${num(x)},${num(y + height)} H${num(x + width)}" stroke="${COLORS.ink}" stroke-width="1.5"${dash}/>`,
    ].join('');
  } else {
    shape = `<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" fill="${fill}" stroke="${COLORS.ink}" stroke-width="1.5"${dash}/>`;
  }

  const fontSize = 12;
  const maxLines = Math.max(1, Math.min(3, Math.floor((height - 8) / 15)));
  const lines = wrapText(node.name || '(unnamed)', width - 14, fontSize, maxLines);
  const firstBaseline = y + height / 2 - ((lines.length - 1) * 15) / 2 + 4;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${num(x + width / 2)}" y="${num(firstBaseline + i * 15)}" text-anchor="middle" fill="${COLORS.ink}">${escapeXml(line)}</text>`,
    )
    .join('');
  const note = node.outOfScope
    ? `<text x="${num(x + width / 2)}" y="${num(y + height - 5)}" text-anchor="middle" fill="${COLORS.muted}" font-size="9">out of scope</text>`
    : '';

  return `<g class="${node.kind}">${shape}${text}${note}</g>`;
}

interface FlowLabel {
  lines: string[];
  /** The whole caption on one line, said on hover: the drawn lines may be cut short. */
  fullText: string;
  color: string;
  width: number;
  height: number;
  line: Point[];
}

interface DrawnFlow {
  path: string;
  label: FlowLabel | null;
  extent: Box | null;
}

const LABEL_FONT_SIZE = 10;
const LABEL_LINE_HEIGHT = 12;

function drawFlow(
  flow: DataFlowElement,
  boxes: ReadonlyMap<string, Box>,
  layout: Layout,
  prefix: string,
): DrawnFlow {
  const source = boxes.get(flow.sourceId);
  const target = boxes.get(flow.targetId);
  if (!source || !target) return { path: '', label: null, extent: null };

  const bends = layout.edges[flow.id]?.points ?? [];
  const points = routeBetween(source, target, bends);
  const cleartext = !isFlowEncrypted(flow);
  const color = cleartext ? COLORS.cleartext : COLORS.flow;
  const marker = `url(#${prefix}-${cleartext ? 'arrow-clear' : 'arrow'})`;
  const start = flow.properties.bidirectional ? ` marker-start="${marker}"` : '';
  const dash = cleartext ? ' stroke-dasharray="7 4"' : '';
  const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
  const path = `<path class="flow${cleartext ? ' cleartext' : ''}" d="${d}" fill="none" stroke="${color}" stroke-width="1.6"${dash} marker-end="${marker}"${start}/>`;
  const extent = unionOf(points.map(pointBox));

  const lines = flowCaptionLines(flow);
  if (lines.length === 0) return { path, label: null, extent };
  const fullText = flowCaption(flow).replace(/\s+/g, ' ').trim();
  const width = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT_SIZE))) + 8;
  const height = lines.length * LABEL_LINE_HEIGHT + 3;
  return { path, label: { lines, fullText, color, width, height, line: points }, extent };
}

function drawFlowLabel(label: FlowLabel, box: Box): string {
  const centreX = box.x + box.width / 2;
  const text = label.lines
    .map(
      (line, i) =>
        `<text x="${num(centreX)}" y="${num(box.y + 10 + i * LABEL_LINE_HEIGHT)}" text-anchor="middle" font-size="${LABEL_FONT_SIZE}" fill="${label.color}">${escapeXml(line)}</text>`,
    )
    .join('');
  return [
    `<g class="flow-label">`,
    `<title>${escapeXml(label.fullText)}</title>`,
    `<rect x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}" rx="3" fill="#ffffff" fill-opacity="0.9" stroke="${label.color}" stroke-width="0.5"/>`,
    text,
    `</g>`,
  ].join('');
}

/** The drawn line of a flow: from border to border, through the bends the layout recorded. */
function routeBetween(source: Box, target: Box, bends: readonly Point[]): Point[] {
  const firstAim = bends[0] ?? centerOf(target);
  const lastAim = bends[bends.length - 1] ?? centerOf(source);
  if (source === target || (source.x === target.x && source.y === target.y && bends.length === 0)) {
    // A flow from an element to itself: a small loop over its top edge.
    const top = { x: source.x + source.width / 2, y: source.y };
    return [
      { x: top.x - 14, y: top.y },
      { x: top.x - 14, y: top.y - 26 },
      { x: top.x + 14, y: top.y - 26 },
      { x: top.x + 14, y: top.y },
    ];
  }
  return [borderPoint(source, firstAim), ...bends, borderPoint(target, lastAim)];
}

function pointBox(point: Point): Box {
  return { x: point.x, y: point.y, width: 0, height: 0 };
}

function drawBadge(badge: DiagramBadge, box: Box): string {
  const cx = box.x + box.width - 4;
  const cy = box.y + 4;
  const text = badge.count > 99 ? '99+' : String(badge.count);
  const r = text.length > 2 ? 13 : 11;
  return [
    `<g class="badge">`,
    `<title>${escapeXml(badge.label)}</title>`,
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${escapeXml(badge.color)}" stroke="#ffffff" stroke-width="1.5"/>`,
    `<text x="${num(cx)}" y="${num(cy + 4)}" text-anchor="middle" font-size="11" font-weight="bold" fill="#ffffff">${text}</text>`,
    `</g>`,
  ].join('');
}

function drawLegend(x: number, y: number, prefix: string): string {
  const top = y + 8;
  const items = [
    `<rect x="${num(x)}" y="${num(top)}" width="26" height="16" fill="${COLORS.entityFill}" stroke="${COLORS.ink}"/><text x="${num(x + 32)}" y="${num(top + 12)}">External entity</text>`,
    `<rect x="${num(x + 130)}" y="${num(top)}" width="26" height="16" rx="8" fill="${COLORS.processFill}" stroke="${COLORS.ink}"/><text x="${num(x + 162)}" y="${num(top + 12)}">Process</text>`,
    `<path d="M${num(x + 230)},${num(top)} h26 M${num(x + 230)},${num(top + 16)} h26" stroke="${COLORS.ink}"/><text x="${num(x + 262)}" y="${num(top + 12)}">Data store</text>`,
    `<path d="M${num(x + 340)},${num(top + 8)} h30" stroke="${COLORS.flow}" stroke-width="1.6" marker-end="url(#${prefix}-arrow)"/><text x="${num(x + 376)}" y="${num(top + 12)}">Encrypted</text>`,
    `<path d="M${num(x + 450)},${num(top + 8)} h30" stroke="${COLORS.cleartext}" stroke-width="1.6" stroke-dasharray="7 4" marker-end="url(#${prefix}-arrow-clear)"/><text x="${num(x + 486)}" y="${num(top + 12)}" fill="${COLORS.cleartext}">Cleartext</text>`,
  ];
  return `<g class="legend" font-size="11" fill="${COLORS.ink}">${items.join('')}</g>`;
}
