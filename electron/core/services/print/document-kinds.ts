/**
 * Per document kind, what verification needs: the record as it is now, what changed, a re-render
 * and the lines describing the paper. verify-service.ts dispatches on the issued print's kind.
 */
import type { Actor } from '../../auth/actor.js';
import type { PrintSettings } from '../../../../shared/print/settings.js';
import type { SkpDocumentData } from '../../../../shared/print/skp-document.js';
import { parseEvaluasiDocId, type EvaluasiDocumentData } from '../../../../shared/print/evaluasi-document.js';
import { diffSkpDocument } from '../../../../shared/print/skp-diff.js';
import { diffEvaluasiDocument } from '../../../../shared/print/evaluasi-diff.js';
import { summarizeEvaluasi, summarizePeta, summarizeSkp, type DocumentSummary } from '../../../../shared/print/document-summary.js';
import type { PetaDocumentData } from '../../../../shared/print/peta-document.js';
import { diffPetaDocument } from '../../../../shared/print/peta-diff.js';
import { findSkp } from '../../db/repositories/skp-repo.js';
import { renderSkpPdf } from '../../print/skp/skp-pdf.js';
import { renderEvaluasiPdf } from '../../print/evaluasi/evaluasi-pdf.js';
import { renderPetaPdf } from '../../print/peta/peta-pdf.js';
import { currentSkpData, type PrintCore } from './skp-print-data.js';
import { evaluasiPrintDataFor } from './evaluasi-print-data.js';
import { currentPetaData } from './peta-print-data.js';

export type Described = { nama: string; nip: string; periode: string; versi: number; statusLabel: string; langkah: string[] };

export type KindAdapter<D> = {
  /**
   * The record now; null when this desk no longer holds it. `printed` gives what the id alone
   * does not (the peta's year).
   */
  current: (core: PrintCore, actor: Actor, docId: string, printed: D) => Promise<D | null>;
  diff: (printed: D, now: D) => string[];
  render: (d: D, s: PrintSettings) => Promise<Uint8Array>;
  describe: (d: D) => Described;
  gone: string;
};

/** The desk's answer names the pegawai only by name and NIP (its screen's layout). */
function described({ pegawai, periode, versi, statusLabel, langkah }: DocumentSummary): Described {
  return { nama: pegawai.nama, nip: pegawai.nip, periode, versi, statusLabel, langkah };
}

const skp: KindAdapter<SkpDocumentData> = {
  current: currentSkpData,
  diff: diffSkpDocument,
  render: async (d, s) => (await renderSkpPdf(d, s)).bytes,
  describe: (d) => described(summarizeSkp(d)),
  gone: 'SKP ini tidak ada lagi di data meja ini.',
};

/**
 * Verification answers whoever asks, with nothing beyond what the paper shows: the record is read
 * as an operator of the SKP's unit would see it (read only; no write goes through this actor).
 */
function verifierActor(actor: Actor, unitId: string): Actor {
  return { user: { ...actor.user, roles: ['operator'] }, scopeUnitIds: new Set([unitId]), signer: null };
}

const evaluasi: KindAdapter<EvaluasiDocumentData> = {
  current: async (core, actor, docId) => {
    const ref = parseEvaluasiDocId(docId);
    const stored = ref ? await findSkp(core.db, ref.skpId) : undefined;
    if (!ref || !stored) return null;
    return evaluasiPrintDataFor(core, verifierActor(actor, stored.skp.unitId), ref.skpId, ref.periode);
  },
  diff: diffEvaluasiDocument,
  render: async (d, s) => (await renderEvaluasiPdf(d, s)).bytes,
  describe: (d) => described(summarizeEvaluasi(d)),
  gone: 'Evaluasi ini tidak ada lagi di data meja ini.',
};

/** The paper names a unit, not a person: `nama` is the unit and there is no NIP. */
const peta: KindAdapter<PetaDocumentData> = {
  current: (core, actor, docId, printed) => currentPetaData(core, actor, docId, printed.tahun),
  diff: diffPetaDocument,
  render: async (d, s) => (await renderPetaPdf(d, s)).bytes,
  describe: (d) => described(summarizePeta(d)),
  gone: 'Unit kerja ini tidak ada lagi di data meja ini.',
};

export const KIND_ADAPTERS = { skp, evaluasi, peta } as const;
