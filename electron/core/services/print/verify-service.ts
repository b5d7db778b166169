/**
 * verify/code and verify/file from this desk's data: asli (the record is still what was printed),
 * berubah (it changed since, with what changed; or the dropped file is not the printed one) or
 * tidak dikenal (no print with that code was issued here). Each document kind (SKP, Dokumen
 * Evaluasi Kinerja, peta cascading) supplies its own reading, diff and re-render
 * (document-kinds.ts). The central server answers the same question from its synced rows
 * (GET /v1/verify/:code, server/services/prints.ts) once the sync has sent the code
 * (electron/core/sync/print-sync.ts).
 */
import { PDFDocument } from 'pdf-lib';
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { VerifyAnswer } from '../../../../shared/contract-print.js';
import { canonicalHash, type Json } from '../../../../shared/print/canonical.js';
import { DOCUMENT_KIND_LABEL, formatCode, normalizeCode } from '../../../../shared/print/code.js';
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { formatDateTime } from '../../../../shared/format/tanggal.js';
import { findPrint, type IssuedPrint } from '../../db/repositories/print-registry-repo.js';
import { codeFromKeywords } from '../../print/finish-doc.js';
import { KIND_ADAPTERS, type KindAdapter } from './document-kinds.js';

const UNKNOWN: VerifyAnswer = { status: 'tidak_dikenal', document: null, changes: [], fileMatches: null };

type Checked = { answer: VerifyAnswer; rerender: (s: PrintSettings) => Promise<Uint8Array> };

async function check<D extends Json>(core: CoreContext, actor: Actor, row: IssuedPrint, a: KindAdapter<D>): Promise<Checked> {
  // The registry holds only what recordIssued wrote from this kind's document data.
  const printed = JSON.parse(row.data) as D;
  const document = { kind: row.kind, judul: DOCUMENT_KIND_LABEL[row.kind], code: formatCode(row.code), ...a.describe(printed), dicetakPada: formatDateTime(row.firstPrintedAt, 'id') };
  const rerender = (s: PrintSettings) => a.render(printed, s);
  const now = await a.current(core, actor, row.docId, printed);
  if (!now) return { answer: { status: 'berubah', document, changes: [a.gone], fileMatches: null }, rerender };
  if (canonicalHash(now) === row.hash) return { answer: { status: 'asli', document, changes: [], fileMatches: null }, rerender };
  return { answer: { status: 'berubah', document, changes: a.diff(printed, now), fileMatches: null }, rerender };
}

function checkRow(core: CoreContext, actor: Actor, row: IssuedPrint): Promise<Checked> {
  switch (row.kind) {
    case 'skp':
      return check(core, actor, row, KIND_ADAPTERS.skp);
    case 'evaluasi':
      return check(core, actor, row, KIND_ADAPTERS.evaluasi);
    case 'peta':
      return check(core, actor, row, KIND_ADAPTERS.peta);
  }
}

/**
 * @example
 * await verifyCode(core, actor, { code: '7G2K9-M4QXA' }); // { status: 'asli', document: {...}, changes: [] }
 */
export async function verifyCode(core: CoreContext, actor: Actor, args: { code: string }): Promise<VerifyAnswer> {
  const code = normalizeCode(args.code);
  const row = code ? await findPrint(core.db, code) : null;
  return row ? (await checkRow(core, actor, row)).answer : UNKNOWN;
}

async function codeOfFile(bytes: Uint8Array): Promise<string | null> {
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return codeFromKeywords(doc.getKeywords());
  } catch {
    return null;
  }
}

/**
 * Re-renders the version the file names, with each paper setting it was printed on, and compares
 * bytes: any difference (an edited cell, a re-saved file) makes it berubah, even when the record
 * itself is unchanged.
 */
export async function verifyFile(core: CoreContext, actor: Actor, args: { base64: string }): Promise<VerifyAnswer> {
  const bytes = new Uint8Array(Buffer.from(args.base64, 'base64'));
  const code = await codeOfFile(bytes);
  const row = code ? await findPrint(core.db, code) : null;
  if (!row) return UNKNOWN;
  const { answer, rerender } = await checkRow(core, actor, row);
  const settingsList = JSON.parse(row.settings) as PrintSettings[];
  let matches = false;
  for (const s of settingsList) {
    if (Buffer.from(await rerender(s)).equals(Buffer.from(bytes))) {
      matches = true;
      break;
    }
  }
  if (matches) return { ...answer, fileMatches: true };
  return { ...answer, status: 'berubah', fileMatches: false, changes: ['Berkas PDF ini berbeda dari cetakan asli dokumen dengan kode ini.', ...answer.changes] };
}
