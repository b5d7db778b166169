/**
 * The engine's one entry: a document kind supplies a body (what goes down the pages) and the
 * engine does the rest the same way for every kind — fonts, pages from the instansi setting,
 * footer with page numbers and code, "DRAF" before approval, the QR block, fixed metadata.
 */
import { PDFDocument } from 'pdf-lib';
import type { PrintSettings } from '../../../shared/print/settings.js';
import { embedFonts, type Fonts } from './fonts.js';
import { Flow } from './flow.js';
import { geometry } from './page-frame.js';
import { decoratePages } from './decorate.js';
import { finishDocument, NO_DATE } from './finish-doc.js';

export type RenderSpec = {
  settings: PrintSettings;
  title: string;
  subject: string;
  /** Verification code (10 characters) and the hash it was derived from. */
  code: string;
  hash: string;
  /** The version's timestamp: PDF dates (null: a fixed date). */
  at: string | null;
  draft: boolean;
  /** Left footer text on every page. */
  footer: string;
  body: (flow: Flow, fonts: Fonts) => void;
};

/**
 * @example
 * const bytes = await renderPdf({ settings, title, subject, code, hash, at, draft: false, footer, body: (flow, fonts) => … });
 */
export async function renderPdf(spec: RenderSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const geo = geometry(spec.settings);
  const flow = new Flow(doc, geo);
  spec.body(flow, fonts);
  decoratePages(flow.pages, fonts, geo, { footerLeft: spec.footer, draft: spec.draft });
  finishDocument(doc, { title: spec.title, subject: spec.subject, code: spec.code, hash: spec.hash, at: spec.at ? new Date(spec.at) : NO_DATE });
  return doc.save();
}
