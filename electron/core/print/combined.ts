/**
 * Many documents in one PDF (batch print): the fonts are embedded once for the whole file, each
 * document starts on a new page and keeps its own footer ("Halaman i dari n" of that document),
 * its own "DRAF" and its own verification block. Documents are added one at a time, so a batch
 * reports progress and stops at a cancel between two of them.
 */
import { deflateSync } from 'node:zlib';
import { PDFArray, PDFContentStream, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';
import type { PrintSettings } from '../../../shared/print/settings.js';
import { embedFonts, type Fonts } from './fonts.js';
import { Flow } from './flow.js';
import { geometry, type PageGeometry } from './page-frame.js';
import { decoratePages } from './decorate.js';
import { finishDocument } from './finish-doc.js';
import type { RenderSpec } from './render.js';

/**
 * Turns a finished page's content stream (pdf-lib keeps it as thousands of operator objects until
 * the file is saved) into its compressed bytes now, and drops the page's handle on it: a batch of a
 * thousand SKP then holds a few kilobytes per page instead of megabytes. Nothing draws on the page
 * afterwards.
 */
function flushPage(doc: PDFDocument, page: PDFPage): void {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  for (const ref of refs) {
    if (!(ref instanceof PDFRef)) continue;
    const stream = doc.context.lookup(ref);
    // Node's zlib: several times faster than pdf-lib's JavaScript deflate, same format (the dict says FlateDecode).
    if (stream instanceof PDFContentStream) doc.context.assign(ref, PDFRawStream.of(stream.dict, deflateSync(stream.getUnencodedContents())));
  }
  // pdf-lib caches the stream on the page for further drawing; there is none.
  const cache = page as unknown as { contentStream?: unknown; contentStreamRef?: unknown };
  cache.contentStream = undefined;
  cache.contentStreamRef = undefined;
}

export class CombinedPdf {
  private count = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Fonts,
    private readonly geo: PageGeometry,
  ) {}

  /**
   * @example
   * const pdf = await CombinedPdf.create(settings);
   * for (const spec of specs) pdf.add(spec);
   * const bytes = await pdf.save({ title: 'SKP unit', at: new Date(now) });
   */
  static async create(settings: PrintSettings): Promise<CombinedPdf> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    return new CombinedPdf(doc, await embedFonts(doc), geometry(settings));
  }

  get documents(): number {
    return this.count;
  }

  /** Lays out one document on pages of its own (the spec's settings must be the batch's). */
  add(spec: RenderSpec): void {
    const flow = new Flow(this.doc, this.geo);
    spec.body(flow, this.fonts);
    decoratePages(flow.pages, this.fonts, this.geo, { footerLeft: spec.footer, draft: spec.draft });
    for (const page of flow.pages) flushPage(this.doc, page);
    this.count += 1;
  }

  /** The file: no single verification code (each document carries its own on its pages). */
  async save(m: { title: string; subject: string; at: Date; hash: string }): Promise<Uint8Array> {
    finishDocument(this.doc, { title: m.title, subject: m.subject, code: '', hash: m.hash, at: m.at });
    return this.doc.save();
  }
}
