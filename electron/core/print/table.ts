/**
 * Ruled tables made of blocks: a header (repeated on every page the table reaches), plain rows, and
 * grouped rows whose first columns span several sub-rows (an RHK with its indikator). Rows move
 * whole to the next page; only a row taller than a page is split, between lines.
 */
import type { RGB } from 'pdf-lib';
import type { Block, PlacedLine } from './block.js';
import type { Fonts } from './fonts.js';
import type { Flow } from './flow.js';
import { wrapText } from './text.js';
import { CELL_PAD_X, CELL_PAD_Y, HEADER_FILL, LEADING } from './style.js';

/** Text of a cell: a string, or paragraphs each in its own weight (a value name above its guidance lines). */
export type CellText = string | readonly { text: string; bold?: boolean }[];
export type Cell = { text: CellText; bold?: boolean; align?: 'left' | 'center' | 'right'; span?: number };
export type Columns = { widths: readonly number[]; size: number; fonts: Fonts };
export type TableRow = { block: Block; keepWithNext?: boolean };

const lineHeight = (c: Columns) => c.size * LEADING;

function emptyBlock(width: number): Block {
  return { width, height: 0, lines: [], hrules: [], vrules: [], fills: [], boxed: true, padY: CELL_PAD_Y };
}

/** Lines of one cell laid in the box x..x+w from offset `top`; returns the cell's height. */
function layCell(b: Block, c: Columns, cell: Cell, x: number, w: number, top: number): number {
  const paras = typeof cell.text === 'string' ? [{ text: cell.text, bold: cell.bold }] : cell.text;
  const lh = lineHeight(c);
  let n = 0;
  for (const p of paras) {
    const font = p.bold ? c.fonts.bold : c.fonts.regular;
    for (const text of wrapText(p.text, font, c.size, Math.max(1, w - 2 * CELL_PAD_X))) {
      const l: PlacedLine = { x: x + CELL_PAD_X, y: top + CELL_PAD_Y + n * lh, w: w - 2 * CELL_PAD_X, text, font, size: c.size, align: cell.align ?? 'left', h: lh };
      b.lines.push(l);
      n += 1;
    }
  }
  return n * lh + 2 * CELL_PAD_Y;
}

function edges(widths: readonly number[], from = 0): number[] {
  const out = [0];
  for (const w of widths.slice(from)) out.push((out.at(-1) ?? 0) + w);
  return out;
}

/**
 * One row; a cell with `span` covers that many columns.
 *
 * @example
 * rowBlock(cols, [{ text: 'A. UTAMA', bold: true, span: 6 }], GROUP_FILL);
 */
export function rowBlock(c: Columns, cells: readonly Cell[], fill?: RGB): Block {
  const xs = edges(c.widths);
  const width = xs.at(-1) ?? 0;
  const b = emptyBlock(width);
  let col = 0;
  const borders: number[] = [];
  for (const cell of cells) {
    const span = cell.span ?? 1;
    const x = xs[col] ?? 0;
    const w = (xs[col + span] ?? width) - x;
    b.height = Math.max(b.height, layCell(b, c, cell, x, w, 0));
    col += span;
    if (col < c.widths.length) borders.push(xs[col] ?? 0);
  }
  for (const x of borders) b.vrules.push({ x, y1: 0, y2: Number.POSITIVE_INFINITY });
  if (fill) b.fills.push({ x: 0, y: 0, w: width, h: Number.POSITIVE_INFINITY, color: fill });
  return finish(b);
}

/** Rules and fills given "to the bottom" end at the block's height. */
function finish(b: Block): Block {
  for (const r of b.vrules) r.y2 = Math.min(r.y2, b.height);
  for (const f of b.fills) f.h = Math.min(f.h, b.height - f.y);
  return b;
}

/** The header row: bold, centred, shaded. */
export function headerBlock(c: Columns, titles: readonly string[]): Block {
  return rowBlock(c, titles.map((text) => ({ text, bold: true, align: 'center' })), HEADER_FILL);
}

/**
 * A row whose spanning columns (`spanCols`, e.g. No and the RHK) each cover all sub-rows, while the
 * other columns have one sub-row each (its indikator: aspek, IKI, target). A sub-row cell with
 * `span` covers that many of the non-spanning columns (kualitatif: IKI and target in one). When
 * the spanning text is taller than the sub-rows together, the last sub-row grows to match.
 */
export function groupBlock(c: Columns, spanCols: readonly number[], span: readonly Cell[], sub: readonly (readonly Cell[])[]): Block {
  const xs = edges(c.widths);
  const width = xs.at(-1) ?? 0;
  const b = emptyBlock(width);
  const isSpan = new Set(spanCols);
  const subCols = c.widths.map((_, i) => i).filter((i) => !isSpan.has(i));
  let spanHeight = 0;
  spanCols.forEach((col, i) => {
    const cell = span[i];
    if (cell) spanHeight = Math.max(spanHeight, layCell(b, c, cell, xs[col] ?? 0, c.widths[col] ?? 0, 0));
  });
  let y = 0;
  const rows = sub.length > 0 ? sub : [[]];
  const innerSubBorders = new Map<number, number[]>();
  rows.forEach((cells, r) => {
    let h = 2 * CELL_PAD_Y + lineHeight(c);
    let k = 0;
    const joined: number[] = [];
    for (const cell of cells) {
      const n = cell.span ?? 1;
      const first = subCols[k] ?? 0;
      const last = subCols[k + n - 1] ?? first;
      h = Math.max(h, layCell(b, c, cell, xs[first] ?? 0, (xs[last + 1] ?? width) - (xs[first] ?? 0), y));
      for (let j = k + 1; j < k + n; j += 1) joined.push(subCols[j] ?? 0);
      k += n;
    }
    if (r === rows.length - 1) h = Math.max(h, spanHeight - y);
    innerSubBorders.set(y, joined);
    y += h;
    if (r < rows.length - 1) for (const col of subCols) b.hrules.push({ y, x1: xs[col] ?? 0, x2: xs[col + 1] ?? width });
  });
  b.height = y;
  // Column borders run the full height except where a sub-row joins two columns into one cell.
  const starts = [...innerSubBorders.keys()];
  for (let col = 1; col < c.widths.length; col += 1) {
    const x = xs[col] ?? 0;
    starts.forEach((y0, i) => {
      if (innerSubBorders.get(y0)?.includes(col)) return;
      b.vrules.push({ x, y1: y0, y2: starts[i + 1] ?? Number.POSITIVE_INFINITY });
    });
  }
  return finish(b);
}

/**
 * Draws a table: the header together with the first row, the header again on every new page,
 * rows with `keepWithNext` (group titles) never last on a page, the caption never parted from it.
 *
 * @example
 * drawTable(flow, headerBlock(cols, ['No', 'Rencana Hasil Kerja']), rows);
 */
export function drawTable(flow: Flow, header: Block | null, rows: readonly TableRow[], caption?: Block): void {
  const h = header?.height ?? 0;
  // The caption (section title) and the header go with the first row(s), never alone at a page foot.
  const firstRows = rows.slice(0, rows[0]?.keepWithNext ? 2 : 1).reduce((s, r) => s + r.block.height, 0);
  const lead = (caption?.height ?? 0) + h;
  if (lead + Math.min(firstRows, flow.capacity() / 2) > flow.remaining()) flow.newPage();
  if (caption) flow.drawHere(caption);
  if (header) {
    flow.drawHere(header);
    flow.onNewPage = () => flow.drawHere(header);
  }
  rows.forEach((r, i) => {
    const next = rows[i + 1]?.block.height ?? 0;
    const keep = r.keepWithNext ? Math.min(next, flow.capacity() / 3) : 0;
    flow.place(r.block, keep, h);
  });
  flow.onNewPage = null;
}
