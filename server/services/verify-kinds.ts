/**
 * Per kind of printed document, what central verification needs: the record as the server's rows
 * give it now (built with the desk's own shared builder), the answer's summary of the paper, and
 * what changed. verifyCentral (prints.ts) looks the kind up here; a new kind is one entry, and the
 * table's type makes a kind the desks can print without an entry here a type error.
 */
import { formatDateTime } from '../../shared/format/tanggal.js';
import { canonicalHash } from '../../shared/print/canonical.js';
import { DOCUMENT_KIND_LABEL, formatCode, type DocumentKind } from '../../shared/print/code.js';
import { summarizeEvaluasi, summarizePeta, summarizeSkp, type DocumentSummary } from '../../shared/print/document-summary.js';
import { diffEvaluasiDocument } from '../../shared/print/evaluasi-diff.js';
import { parseEvaluasiDocId } from '../../shared/print/evaluasi-document.js';
import { evaluasiDocumentFromRows } from '../../shared/print/evaluasi-source.js';
import { diffPetaDocument } from '../../shared/print/peta-diff.js';
import { petaDocumentData, type PetaDocumentData } from '../../shared/print/peta-document.js';
import { diffSkpDocument } from '../../shared/print/skp-diff.js';
import { skpDocumentFromRows } from '../../shared/print/skp-source.js';
import type { CentralVerifyAnswer } from '../../shared/print-wire.js';
import type { ServerContext } from '../context.js';
import type { Db } from '../db/repos/types.js';
import { evaluasiRowsFor } from './print-rows-evaluasi.js';
import { petaSourceFor } from './print-rows-peta.js';
import { skpRowsFor } from './print-rows.js';

export type CentralKind<D> = {
  /**
   * The document from the server's rows now; null when the server no longer holds the record.
   * `printed` gives what the id alone does not (the peta's year).
   */
  current: (db: Db, instansiId: string, docId: string, today: string, printed: D) => Promise<D | null>;
  summarize: (printed: D) => DocumentSummary;
  diff: (printed: D, now: D) => string[];
  /** The one change when the record is gone. */
  gone: string;
};

/** An issued print as the registry holds it. */
export type RegistryRow = { instansiId: string; kind: DocumentKind; docId: string; hash: string; data: unknown; printedAt: Date };

type Verifier = (ctx: ServerContext, code: string, row: RegistryRow) => Promise<CentralVerifyAnswer>;

/** The answer for one issued print of a kind: the paper's summary as printed, then asli or berubah against the rows now. */
function verifier<D>(k: CentralKind<D>): Verifier {
  return async (ctx, code, row) => {
    // Written by uploadPrints only, from data whose kind, id, hash and code were checked.
    const printed = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as D;
    let document: CentralVerifyAnswer['document'];
    try {
      document = { kind: row.kind, judul: DOCUMENT_KIND_LABEL[row.kind], code: formatCode(code), ...k.summarize(printed), dicetakPada: formatDateTime(row.printedAt.toISOString(), 'id') };
    } catch {
      // Data a desk uploaded that is not a whole document of its kind: answer from the hash alone.
      document = null;
    }
    const now = await k.current(ctx.db, row.instansiId, row.docId, ctx.clock().toISOString().slice(0, 10), printed);
    if (!now) return { status: 'berubah', document, changes: [k.gone] };
    if (canonicalHash(now) === row.hash) return { status: 'asli', document, changes: [] };
    let changes: string[] = [];
    try {
      changes = document ? k.diff(printed, now) : [];
    } catch {
      changes = [];
    }
    return { status: 'berubah', document, changes: changes.length > 0 ? changes : ['Data dokumen berubah'] };
  };
}

export const CENTRAL_KINDS: Record<DocumentKind, Verifier> = {
  skp: verifier({
    current: async (db, instansiId, docId, today) => {
      const rows = await skpRowsFor(db, instansiId, docId, today);
      return rows && skpDocumentFromRows(rows);
    },
    summarize: summarizeSkp,
    diff: diffSkpDocument,
    gone: 'SKP ini tidak ada lagi di server.',
  }),
  evaluasi: verifier({
    current: async (db, instansiId, docId, today) => {
      const ref = parseEvaluasiDocId(docId);
      const rows = ref && (await evaluasiRowsFor(db, instansiId, ref.skpId, ref.periode, today));
      return rows ? evaluasiDocumentFromRows(rows) : null;
    },
    summarize: summarizeEvaluasi,
    diff: diffEvaluasiDocument,
    gone: 'Evaluasi ini tidak ada lagi di server.',
  }),
  peta: verifier<PetaDocumentData>({
    current: async (db, instansiId, docId, today, printed) => {
      // Uploaded data is checked for kind, id and hash only: a year that is not a whole number is no map of ours.
      const source = Number.isInteger(printed.tahun) ? await petaSourceFor(db, instansiId, docId, printed.tahun, today) : null;
      return source && petaDocumentData(source);
    },
    summarize: summarizePeta,
    diff: diffPetaDocument,
    gone: 'Unit kerja ini tidak ada lagi di server.',
  }),
};
