/**
 * verify/code and verify/file from this desk's data: asli (the record is still what was printed),
 * berubah (it changed since, with what changed; or the dropped file is not the printed one) or
 * tidak dikenal (no print with that code was issued here). The central server answers the same
 * question from its synced rows (GET /v1/verify/:code, server/services/prints.ts) once the sync
 * has sent the code (electron/core/sync/print-sync.ts).
 */
import { PDFDocument } from 'pdf-lib';
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { VerifiedDocument, VerifyAnswer } from '../../../../shared/contract-print.js';
import { canonicalHash } from '../../../../shared/print/canonical.js';
import { DOCUMENT_KIND_LABEL, formatCode, normalizeCode } from '../../../../shared/print/code.js';
import { langkahText } from '../../../../shared/print/langkah.js';
import { diffSkpDocument } from '../../../../shared/print/skp-diff.js';
import type { SkpDocumentData } from '../../../../shared/print/skp-document.js';
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { SKP_STATUS_LABEL } from '../../../../shared/domain/skp/types.js';
import { formatDateTime, formatPeriod } from '../../../../shared/format/tanggal.js';
import { findPrint, type IssuedPrint } from '../../db/repositories/print-registry-repo.js';
import { codeFromKeywords } from '../../print/finish-doc.js';
import { renderSkpPdf } from '../../print/skp/skp-pdf.js';
import { currentSkpData } from './skp-print-data.js';

const UNKNOWN: VerifyAnswer = { status: 'tidak_dikenal', document: null, changes: [], fileMatches: null };

/** The registry holds only what recordPrint wrote from SkpDocumentData. */
function printedData(row: IssuedPrint): SkpDocumentData {
  return JSON.parse(row.data) as SkpDocumentData;
}

function describe(row: IssuedPrint, d: SkpDocumentData): VerifiedDocument {
  return {
    kind: row.kind,
    judul: DOCUMENT_KIND_LABEL[row.kind],
    code: formatCode(row.code),
    nama: d.pegawai.nama,
    nip: d.pegawai.nip,
    periode: formatPeriod(d.periode.mulai, d.periode.selesai, 'id'),
    versi: d.versi,
    statusLabel: SKP_STATUS_LABEL[d.status],
    langkah: d.langkah.map(langkahText),
    dicetakPada: formatDateTime(row.firstPrintedAt, 'id'),
  };
}

async function answerFor(core: CoreContext, actor: Actor, row: IssuedPrint): Promise<VerifyAnswer> {
  const printed = printedData(row);
  const document = describe(row, printed);
  const now = await currentSkpData(core, actor, row.docId);
  if (!now) return { status: 'berubah', document, changes: ['SKP ini tidak ada lagi di data meja ini.'], fileMatches: null };
  if (canonicalHash(now) === row.hash) return { status: 'asli', document, changes: [], fileMatches: null };
  return { status: 'berubah', document, changes: diffSkpDocument(printed, now), fileMatches: null };
}

/**
 * @example
 * await verifyCode(core, actor, { code: '7G2K9-M4QXA' }); // { status: 'asli', document: {...}, changes: [] }
 */
export async function verifyCode(core: CoreContext, actor: Actor, args: { code: string }): Promise<VerifyAnswer> {
  const code = normalizeCode(args.code);
  const row = code ? await findPrint(core.db, code) : null;
  return row ? answerFor(core, actor, row) : UNKNOWN;
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
  const printed = printedData(row);
  const settingsList = JSON.parse(row.settings) as PrintSettings[];
  let matches = false;
  for (const s of settingsList) {
    const again = await renderSkpPdf(printed, s);
    if (Buffer.from(again.bytes).equals(Buffer.from(bytes))) {
      matches = true;
      break;
    }
  }
  const answer = await answerFor(core, actor, row);
  if (matches) return { ...answer, fileMatches: true };
  return { ...answer, status: 'berubah', fileMatches: false, changes: ['Berkas PDF ini berbeda dari cetakan asli dokumen dengan kode ini.', ...answer.changes] };
}
