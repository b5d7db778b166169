/**
 * Fixed metadata so a re-print of the same version gives the same bytes: the dates are the
 * version's own timestamp (not "now"), producer and creator are constant, and the trailer /ID is
 * derived from the document hash instead of pdf-lib's default of none / a viewer's random one.
 */
import { PDFHexString, type PDFDocument } from 'pdf-lib';

export type DocumentMeta = { title: string; subject: string; code: string; hash: string; at: Date };

/** Before any version has a timestamp (a fresh draft): a fixed date, still deterministic. */
export const NO_DATE = new Date('2000-01-01T00:00:00.000Z');

/**
 * @example
 * finishDocument(doc, { title: 'SKP 2025 — Siti', subject: 'SKP', code, hash, at: new Date(approvedAt) });
 */
export function finishDocument(doc: PDFDocument, m: DocumentMeta): void {
  doc.setTitle(m.title);
  doc.setSubject(m.subject);
  doc.setAuthor('Meja Kinerja');
  doc.setCreator('Meja Kinerja');
  doc.setProducer('Meja Kinerja (pdf-lib)');
  // The verification code travels in the metadata too, so a dropped file names its version.
  if (m.code) doc.setKeywords([`kode-verifikasi:${m.code}`]);
  doc.setCreationDate(m.at);
  doc.setModificationDate(m.at);
  const id = PDFHexString.of(m.hash.slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  doc.setLanguage('id-ID');
}

/** The code written by finishDocument, read back from a PDF's keywords; null when absent. */
export function codeFromKeywords(keywords: string | undefined): string | null {
  const m = /kode-verifikasi:([0-9A-Z]{10})/.exec(keywords ?? '');
  return m?.[1] ?? null;
}
