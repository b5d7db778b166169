/**
 * What a printed Dokumen Evaluasi Kinerja (a period's, or the year's) shows, as plain data built
 * only from synced rows (skp, rhk, realisasi, evaluasi, umpan balik, pegawai, jabatan, unit,
 * predikat organisasi, user names), so the server can rebuild it and reach the same hash (issue
 * 11). Desk-only facts (row versions, whether the desk is connected, paper) stay out.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, RATING_LABEL, type EvaluasiAction, type PeriodeKey, type Predikat, type PredikatOrganisasi, type Rating } from '../domain/evaluasi/types.js';
import type { JenisRhk, Target } from '../domain/skp/types.js';
import type { EvaluasiEventView, EvaluasiSession, IndikatorPeriodeView, UmpanBalikRow } from '../entities-evaluasi.js';
import type { DocumentIdentity } from './code.js';
import { canonicalHash } from './canonical.js';
import { formatAngka, formatTarget, type OrangCetak } from './skp-document.js';

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

export type EvaluasiDocumentSource = {
  session: Pick<EvaluasiSession, 'skp' | 'periode' | 'rhk' | 'perilaku' | 'umpanBalikUmum' | 'evaluasi' | 'riwayat' | 'terkunci'>;
  instansiNama: string;
  pegawai: OrangCetak;
  penilai: OrangCetak | null;
  atasanPenilai: OrangCetak | null;
  predikatOrganisasi: PredikatOrganisasi | null;
};

/** Realisasi as printed: the value in the target's unit, or the description; "-" when none yet. */
function realisasiText(i: IndikatorPeriodeView): string {
  const t: Target = i.target;
  const value = i.nilai !== null && t.kind === 'kuantitatif' ? `${formatAngka(i.nilai)} ${t.satuan}`.trim() : (i.realisasiTeks ?? '');
  const bukti = i.bukti.length > 0 ? ` (${i.bukti.length} bukti dukung)` : '';
  return value ? `${value}${bukti}` : `-${bukti}`;
}

/** A message as printed: "Nama: teks". */
function pesan(m: UmpanBalikRow): string {
  return `${m.authorNama || 'Tanpa nama'}: ${m.teks}`;
}

const label = <K extends string>(labels: Record<K, string>, k: K | null | undefined): string | null => (k ? labels[k] : null);

function langkah(e: EvaluasiEventView): LangkahEvaluasiCetak {
  // Signed by its author (issue 8) when a command id and key version were recorded with it.
  return { action: e.action, at: e.at, oleh: e.actorNama ?? '', ditandatangani: typeof e.commandId === 'string' && typeof e.keyVersion === 'number', alasan: e.alasan };
}

/**
 * @example
 * const data = evaluasiDocumentData(source);
 * data.predikat; // 'Kurang/Misconduct'
 */
export function evaluasiDocumentData(src: EvaluasiDocumentSource): EvaluasiDocumentData {
  const s = src.session;
  const e = s.evaluasi;
  const p = s.periode;
  return {
    kind: 'evaluasi',
    id: `${s.skp.id}:${p.key}`,
    skpId: s.skp.id,
    versi: s.riwayat.length,
    periode: { key: p.key, label: p.label, mulai: p.mulai, selesai: p.selesai, tahun: s.skp.periode.tahun },
    terkunci: s.terkunci,
    instansi: src.instansiNama,
    pegawai: src.pegawai,
    penilai: src.penilai,
    atasanPenilai: src.atasanPenilai,
    rhk: [...s.rhk]
      .sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1))
      .map((r) => ({
        id: r.rhkId,
        jenis: r.jenis,
        urutan: r.urutan,
        teks: r.teks,
        indikator: r.indikator.map((i) => ({ teks: i.teks, target: formatTarget(i.target), realisasi: realisasiText(i) })),
        umpanBalik: r.umpanBalik.map(pesan),
      })),
    perilaku: s.perilaku.map((b) => ({ nama: b.nama, ekspektasiKhusus: b.ekspektasiKhusus, umpanBalik: b.umpanBalik.map(pesan) })),
    ratingHasilKerja: label<Rating>(RATING_LABEL, e?.ratingHasilKerja),
    ratingPerilaku: label<Rating>(RATING_LABEL, e?.ratingPerilaku),
    predikat: label<Predikat>(PREDIKAT_LABEL, e?.predikat),
    predikatOrganisasi: p.key === 'TAHUNAN' ? label<PredikatOrganisasi>(PREDIKAT_ORGANISASI_LABEL, src.predikatOrganisasi) : null,
    umpanBalikHasilKerja: e?.umpanBalikHasilKerja ?? null,
    umpanBalikPerilaku: e?.umpanBalikPerilaku ?? null,
    catatan: e?.catatan ?? null,
    alasanPredikat: e?.alasanPredikat ?? null,
    langkah: s.riwayat.map(langkah),
    diterimaAt: e?.diterimaAt ?? null,
    tanggal: s.riwayat.at(-1)?.at ?? null,
  };
}

export function evaluasiIdentity(data: EvaluasiDocumentData): DocumentIdentity {
  return { kind: 'evaluasi', id: data.id, versi: data.versi, hash: canonicalHash(data) };
}

/** `skpId:periode` back into its parts; null when it is not one. */
export function parseEvaluasiDocId(id: string): { skpId: string; periode: PeriodeKey } | null {
  const m = /^([^:]+):(B(?:0[1-9]|1[0-2])|TW[1-4]|TAHUNAN)$/.exec(id);
  return m?.[1] && m[2] ? { skpId: m[1], periode: m[2] as PeriodeKey } : null;
}
