/**
 * The page cursor: blocks go down the body frame one after another; when one does not fit, a new
 * page starts (and whoever is drawing a table repeats its header there through `onNewPage`).
 */
import type { PDFDocument, PDFPage } from 'pdf-lib';
import { cutBetweenLines, drawBlock, type Block } from './block.js';
import type { PageGeometry } from './page-frame.js';

export class Flow {
  readonly pages: PDFPage[] = [];
  page: PDFPage;
  /** The next free y (PDF coordinates) on the current page. */
  y: number;
  /** Called after a page break, before anything else is drawn on the new page (table headers). */
  onNewPage: (() => void) | null = null;

  constructor(
    private readonly doc: PDFDocument,
    readonly geo: PageGeometry,
  ) {
    this.page = this.addPage();
    this.y = geo.body.top;
  }

  get width(): number {
    return this.geo.body.right - this.geo.body.left;
  }

  /** Room left on this page. */
  remaining(): number {
    return this.y - this.geo.body.bottom;
  }

  /** Room on a fresh page (what a block must fit in to move whole). */
  capacity(): number {
    return this.geo.body.top - this.geo.body.bottom;
  }

  private addPage(): PDFPage {
    const p = this.doc.addPage(this.geo.size);
    this.pages.push(p);
    return p;
  }

  newPage(): void {
    this.page = this.addPage();
    this.y = this.geo.body.top;
    this.onNewPage?.();
  }

  gap(h: number): void {
    // A gap at the top of a page would only push content down.
    if (this.y === this.geo.body.top) return;
    this.y = Math.max(this.geo.body.bottom, this.y - h);
  }

  /** Draws a block here with no page logic (the caller checked the room). */
  drawHere(b: Block, from = 0, to = b.height): void {
    this.y -= drawBlock(this.page, b, this.geo.body.left, this.y, from, to);
  }

  /**
   * Places a block: here when it fits (with `keepWithNext` more room for what must follow it on the
   * same page), else whole on the next page, and only a block taller than a whole page is split,
   * always between lines.
   */
  place(b: Block, keepWithNext = 0, headerHeight = 0): void {
    // At the top of a page already (below a repeated header): a break would gain nothing.
    const fresh = () => this.y >= this.geo.body.top - headerHeight - 0.01;
    if (b.height + keepWithNext <= this.remaining()) return this.drawHere(b);
    if (b.height <= this.capacity() - headerHeight) {
      if (!fresh()) this.newPage();
      return this.drawHere(b);
    }
    if (!fresh()) this.newPage();
    let from = 0;
    while (from < b.height) {
      const lead = from > 0 ? b.padY : 0;
      const cut = cutBetweenLines(b, from, from + this.remaining() - lead - b.padY);
      if (cut === null || cut <= from) {
        // One line taller than a whole page (not with our type sizes): draw the rest, never loop.
        return this.drawHere(b, from, b.height);
      }
      this.drawHere(b, from, cut);
      from = cut;
      if (from < b.height) this.newPage();
    }
  }
}
