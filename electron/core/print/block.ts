/**
 * A block: lines of text and rules placed at offsets from the block's top, with nothing drawn yet.
 * Table rows, signature pairs and paragraphs are all blocks, so one placement routine decides
 * page breaks for all of them, and a block that must split can only be cut between lines.
 */
import {
  beginText,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { textWidth } from './measure.js';
import { BASELINE, INK, RULE, RULE_WIDTH } from './style.js';

export type PlacedLine = {
  /** Offset from the block's left edge to the line's box. */
  x: number;
  /** Offset from the block's top down to the line's top. */
  y: number;
  /** The box the line is aligned in. */
  w: number;
  text: string;
  font: PDFFont;
  size: number;
  align: 'left' | 'center' | 'right';
  /** Line height: the line occupies y .. y + h and no cut may fall inside it. */
  h: number;
};

export type Block = {
  width: number;
  height: number;
  lines: PlacedLine[];
  /** Horizontal rules at offset y from x1 to x2. */
  hrules: { y: number; x1: number; x2: number }[];
  /** Vertical rules at x from y1 to y2 (clipped to the drawn part). */
  vrules: { x: number; y1: number; y2: number }[];
  fills: { x: number; y: number; w: number; h: number; color: RGB }[];
  /** Draw the outer box (top and bottom of each drawn part, both sides). */
  boxed: boolean;
  /** Top/bottom room re-added when a part continues on the next page. */
  padY: number;
};

/**
 * The largest cut offset in (from, limit] that falls between lines: a line's bottom, a rule or the
 * block's end. Null when the first line after `from` is itself taller than the room (cannot happen
 * for a fresh page and our type sizes, but the caller then moves on without splitting a line).
 */
export function cutBetweenLines(b: Block, from: number, limit: number): number | null {
  if (b.height <= limit) return b.height;
  const straddles = (s: number) => b.lines.some((l) => l.y < s && s < l.y + l.h);
  const candidates = [...b.lines.map((l) => l.y + l.h), ...b.hrules.map((r) => r.y)].filter((s) => s > from && s <= limit && !straddles(s));
  return candidates.length > 0 ? Math.max(...candidates) : null;
}

function xOf(l: PlacedLine, left: number): number {
  const tw = textWidth(l.font, l.text, l.size);
  if (l.align === 'center') return left + l.x + (l.w - tw) / 2;
  if (l.align === 'right') return left + l.x + l.w - tw;
  return left + l.x;
}

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

/** The page's resource name for a font, registered on first use on that page. */
function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) fontKeys.set(page, (keys = new Map()));
  let key = keys.get(font);
  if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
  return key;
}

/**
 * All lines of a block in one text object: drawText wraps every string in its own graphics state
 * and text object with colour and matrix (a dozen operators), which made number formatting and
 * compression the larger part of a print.
 */
function writeText(page: PDFPage, lines: readonly { l: PlacedLine; x: number; y: number }[]): void {
  if (lines.length === 0) return;
  const ops: PDFOperator[] = [beginText(), setFillingRgbColor(INK.red, INK.green, INK.blue)];
  let font: PDFFont | null = null;
  let size = 0;
  for (const { l, x, y } of lines) {
    if (l.font !== font || l.size !== size) {
      font = l.font;
      size = l.size;
      ops.push(setFontAndSize(fontKey(page, font), size));
    }
    ops.push(setTextMatrix(1, 0, 0, 1, x, y), showText(l.font.encodeText(l.text)));
  }
  ops.push(endText());
  page.pushOperators(...ops);
}

type Rect = { x: number; y: number; w: number; h: number };
type Seg = { x1: number; y1: number; x2: number; y2: number };

/**
 * Fills and rules go out as raw path operators, one path per colour: drawing each rule through
 * drawLine costs eight operators (and their number formatting) per line, which dominated a page.
 */
function paint(page: PDFPage, fills: { r: Rect; color: RGB }[], segs: Seg[], box: Rect | null): void {
  const byColor = new Map<string, { color: RGB; rects: Rect[] }>();
  for (const f of fills) {
    const k = `${f.color.red},${f.color.green},${f.color.blue}`;
    const e = byColor.get(k) ?? { color: f.color, rects: [] };
    e.rects.push(f.r);
    byColor.set(k, e);
  }
  const ops: PDFOperator[] = [];
  for (const { color, rects } of byColor.values()) {
    ops.push(pushGraphicsState(), setFillingRgbColor(color.red, color.green, color.blue));
    for (const r of rects) ops.push(rectangle(r.x, r.y, r.w, r.h));
    ops.push(fill(), popGraphicsState());
  }
  if (segs.length > 0 || box) {
    ops.push(pushGraphicsState(), setLineWidth(RULE_WIDTH), setStrokingRgbColor(RULE.red, RULE.green, RULE.blue));
    for (const g of segs) ops.push(moveTo(g.x1, g.y1), lineTo(g.x2, g.y2));
    if (box) ops.push(rectangle(box.x, box.y, box.w, box.h));
    ops.push(stroke(), popGraphicsState());
  }
  if (ops.length > 0) page.pushOperators(...ops);
}

/**
 * Draws the part [from, to) of the block with its top at `top` (PDF y). A continued part (from > 0)
 * gets `padY` of room above its first line. Returns the height used on the page.
 *
 * @example
 * const used = drawBlock(page, block, left, y, 0, block.height);
 */
export function drawBlock(page: PDFPage, b: Block, left: number, top: number, from: number, to: number): number {
  const lead = from > 0 ? b.padY : 0;
  const tail = to < b.height ? b.padY : 0;
  const height = to - from + lead + tail;
  const yAt = (off: number) => top - (off - from + lead);
  const fills: { r: Rect; color: RGB }[] = [];
  for (const f of b.fills) {
    const y1 = Math.max(f.y, from);
    const y2 = Math.min(f.y + f.h, to);
    if (y2 <= y1) continue;
    const topY = y1 === from ? top : yAt(y1);
    const bottomY = y2 === to ? top - height : yAt(y2);
    fills.push({ r: { x: left + f.x, y: bottomY, w: f.w, h: topY - bottomY }, color: f.color });
  }
  const segs: Seg[] = [];
  for (const r of b.hrules) {
    if (r.y <= from || r.y >= to) continue;
    segs.push({ x1: left + r.x1, y1: yAt(r.y), x2: left + r.x2, y2: yAt(r.y) });
  }
  for (const r of b.vrules) {
    const y1 = Math.max(r.y1, from);
    const y2 = Math.min(r.y2, to);
    if (y2 <= y1) continue;
    segs.push({ x1: left + r.x, y1: y1 === from ? top : yAt(y1), x2: left + r.x, y2: y2 === to ? top - height : yAt(y2) });
  }
  paint(page, fills, segs, b.boxed ? { x: left, y: top - height, w: b.width, h: height } : null);
  writeText(
    page,
    b.lines.filter((l) => l.y >= from && l.y < to && l.text !== '').map((l) => ({ l, x: xOf(l, left), y: yAt(l.y) - l.size * BASELINE })),
  );
  return height;
}
