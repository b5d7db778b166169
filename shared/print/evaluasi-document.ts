/**
 * What a printed Dokumen Evaluasi Kinerja (a period's, or the year's) shows, as plain data built
 * only from synced rows (skp, rhk, realisasi, evaluasi, umpan balik, pegawai, jabatan, unit,
 * predikat organisasi, user names), so the server can rebuild it and reach the same hash (issue
 * 11; built by evaluasi-source.ts). Desk-only facts (row versions, whether the desk is connected,
 * paper) stay out.
 */
import type { EvaluasiAction, PeriodeKey } from '../domain/evaluasi/types.js';
import type { JenisRhk } from '../domain/skp/types.js';
import type { DocumentIdentity } from './code.js';
import { canonicalHash } from './canonical.js';
import type { OrangCetak } from './skp-document.js';

export type IndikatorEvaluasiCetak = { teks: string; target: string; realisasi: string };

export type RhkEvaluasiCetak = { id: string; jenis: JenisRhk; urutan: number; teks: string; indikator: IndikatorEvaluasiCetak[]; umpanBalik: string[] };

export type LangkahEvaluasiCetak = { action: EvaluasiAction; at: string; oleh: string; ditandatangani: boolean; alasan: string | null };

export type EvaluasiDocumentData = {
  kind: 'evaluasi';
  /** `skpId:periode`: one document per SKP and period. */
  id: string;
  skpId: string;
  /** The evaluation's step count: each rating, lock, reopening or receipt is a new version. */
  versi: number;
  periode: { key: PeriodeKey; label: string; mulai: string; selesai: string; tahun: number };
  terkunci: boolean;
  instansi: string;
  pegawai: OrangCetak;
  penilai: OrangCetak | null;
  atasanPenilai: OrangCetak | null;
  rhk: RhkEvaluasiCetak[];
  perilaku: { nama: string; ekspektasiKhusus: string; umpanBalik: string[] }[];
  ratingHasilKerja: string | null;
  ratingPerilaku: string | null;
  /** The label exactly as the regulation writes it ("Kurang/Misconduct"). */
  predikat: string | null;
  /** Annual only: the unit's predikat kinerja organisasi, when recorded. */
  predikatOrganisasi: string | null;
  umpanBalikHasilKerja: string | null;
  umpanBalikPerilaku: string | null;
  catatan: string | null;
  alasanPredikat: string | null;
  langkah: LangkahEvaluasiCetak[];
  diterimaAt: string | null;
  /** The last step's timestamp: the print's date and the PDF dates. */
  tanggal: string | null;
};

export function evaluasiIdentity(data: EvaluasiDocumentData): DocumentIdentity {
  return { kind: 'evaluasi', id: data.id, versi: data.versi, hash: canonicalHash(data) };
}

/** `skpId:periode` back into its parts; null when it is not one. */
export function parseEvaluasiDocId(id: string): { skpId: string; periode: PeriodeKey } | null {
  const m = /^([^:]+):(B(?:0[1-9]|1[0-2])|TW[1-4]|TAHUNAN)$/.exec(id);
  return m?.[1] && m[2] ? { skpId: m[1], periode: m[2] as PeriodeKey } : null;
}
