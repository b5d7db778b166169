/**
 * Text width from the font's advance widths, summed per character. pdf-lib measures by running
 * fontkit's full OpenType shaping for every call, which made a 40-RHK SKP take a second; the
 * form's text needs no shaping (Latin with diacritics) and fonts.ts draws it unshaped too, so this
 * sum is exactly what is drawn.
 */
import type { PDFFont } from 'pdf-lib';

type Advances = { perEm: number; advanceOf: (codePoint: number) => number; cache: Map<number, number> };

const byFont = new WeakMap<PDFFont, Advances>();

/** Registers the parsed font behind an embedded PDFFont (fonts.ts does it at embedding). */
export function registerAdvances(pdfFont: PDFFont, unitsPerEm: number, advanceOf: (codePoint: number) => number): void {
  byFont.set(pdfFont, { perEm: unitsPerEm, advanceOf, cache: new Map() });
}

/**
 * @example
 * textWidth(fonts.regular, 'Ṣāliḥah', 9); // points
 */
export function textWidth(font: PDFFont, text: string, size: number): number {
  const a = byFont.get(font);
  if (!a) return font.widthOfTextAtSize(text, size);
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let w = a.cache.get(cp);
    if (w === undefined) {
      w = a.advanceOf(cp);
      a.cache.set(cp, w);
    }
    units += w;
  }
  return (units * size) / a.perEm;
}
