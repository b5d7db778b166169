/**
 * What every page gets once the layout is done: the footer (verification code on the left,
 * "Halaman i dari n" on the right) and, before approval, "DRAF" across the page.
 */
import { degrees, rgb, type PDFPage } from 'pdf-lib';
import { textWidth } from './measure.js';
import type { Fonts } from './fonts.js';
import type { PageGeometry } from './page-frame.js';
import { INK, TYPE } from './style.js';

const WATERMARK = 'DRAF';

/** Diagonal, light enough to read the form through, centred on the page's body. */
function drawWatermark(page: PDFPage, fonts: Fonts, geo: PageGeometry): void {
  const body = geo.body;
  // Small enough that even the rotated em boxes of its letters (what text extraction reports) stay inside the body.
  const size = Math.min(body.right - body.left, body.top - body.bottom) / 4.4;
  const w = textWidth(fonts.bold, WATERMARK, size);
  const cx = (body.left + body.right) / 2;
  const cy = (body.top + body.bottom) / 2;
  const a = Math.PI / 4;
  // Rotate about the text's centre: start from the centre, back half the width along the angle,
  // and down a third of the size across it (the visual middle of capitals).
  const x = cx - (w / 2) * Math.cos(a) + (size / 3) * Math.sin(a);
  const y = cy - (w / 2) * Math.sin(a) - (size / 3) * Math.cos(a);
  page.drawText(WATERMARK, { x, y, size, font: fonts.bold, color: rgb(0.6, 0.6, 0.6), opacity: 0.25, rotate: degrees(45) });
}

/**
 * @example
 * decoratePages(flow.pages, fonts, geo, { footerLeft: 'Kode verifikasi 7G2K9-M4QXA', draft: true });
 */
export function decoratePages(pages: readonly PDFPage[], fonts: Fonts, geo: PageGeometry, o: { footerLeft: string; draft: boolean }): void {
  const size = TYPE.small;
  // The baseline sits above the margin by the font's descent, so descenders stay inside it too.
  const y = geo.footer.bottom + size * 0.35;
  pages.forEach((page, i) => {
    if (o.draft) drawWatermark(page, fonts, geo);
    const right = `Halaman ${i + 1} dari ${pages.length}`;
    page.drawText(o.footerLeft, { x: geo.footer.left, y, size, font: fonts.regular, color: INK });
    page.drawText(right, { x: geo.footer.right - textWidth(fonts.regular, right, size), y, size, font: fonts.regular, color: INK });
  });
}
