/** Unruled text blocks: titles, captions, notes. */
import type { PDFFont } from 'pdf-lib';
import type { Block } from './block.js';
import { wrapText } from './text.js';
import { LEADING } from './style.js';

export type Para = { text: string; font: PDFFont; size: number; align?: 'left' | 'center' | 'right' };

/**
 * Paragraphs stacked in a box of `width`, offset `x` from the frame's left; `gapAfter` between them.
 *
 * @example
 * flow.place(textBlock(flow.width, [{ text: 'SASARAN KINERJA PEGAWAI', font: fonts.bold, size: 12, align: 'center' }]));
 */
export function textBlock(width: number, paras: readonly Para[], gapAfter = 0, x = 0): Block {
  const b: Block = { width, height: 0, lines: [], hrules: [], vrules: [], fills: [], boxed: false, padY: 0 };
  for (const p of paras) {
    const lh = p.size * LEADING;
    for (const text of wrapText(p.text, p.font, p.size, width)) {
      b.lines.push({ x, y: b.height, w: width, text, font: p.font, size: p.size, align: p.align ?? 'left', h: lh });
      b.height += lh;
    }
    b.height += gapAfter;
  }
  return b;
}

/** Two blocks side by side (each at its own x inside one block), as tall as the taller. */
export function sideBySide(width: number, left: Block, right: Block, rightX: number): Block {
  return {
    width,
    height: Math.max(left.height, right.height),
    lines: [...left.lines, ...right.lines.map((l) => ({ ...l, x: l.x + rightX }))],
    hrules: [],
    vrules: [],
    fills: [],
    boxed: false,
    padY: 0,
  };
}
