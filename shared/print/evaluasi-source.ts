/**
 * The Dokumen Evaluasi Kinerja's data from plain synced rows (skp, rhk, realisasi, evaluasi, umpan
 * balik, pegawai with their jabatan name, unit, user and instansi names, predikat organisasi): the
 * one builder behind the desk's print (electron/core/services/print/evaluasi-print-data.ts) and the
 * central server's verify route (server/services/print-rows-evaluasi.ts), so both reach the same
 * canonical data and hash from the same rows (issue 11). Each side only reads its rows:
 * - `penilaiPegawaiIds`: who acts as pejabat penilai today (the holders of the atasan jabatan in
 *   name order, replaced by the owner's active penilai overrides — shared/domain/evaluasi/penilai.ts);
 *   the evaluation's own recorded penilai wins once it is rated;
 * - `atasanPenilaiPegawaiIds`: the active holders of the jabatan above the penilai jabatan, by name.
 * Pure: no Node, no database.
 */
import { periodeLocked } from '../domain/evaluasi/lock.js';
import { periodeEvaluasiOf } from '../domain/evaluasi/periode-evaluasi.js';
import {
  PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, RATING_LABEL,
  type Evaluasi, type EvaluasiEvent, type JenisPeriodeEvaluasi, type PeriodeKey, type PredikatOrganisasi, type Realisasi, type RealisasiItem, type UmpanBalik,
} from '../domain/evaluasi/types.js';
import { formatNamaLengkap } from '../domain/nama.js';
import { formatPangkatGolongan } from '../domain/pangkat.js';
import { BERAKHLAK, normalizePerilaku } from '../domain/skp/berakhlak.js';
import type { Rhk, Skp } from '../domain/skp/types.js';
import type { EvaluasiDocumentData, LangkahEvaluasiCetak, RhkEvaluasiCetak } from './evaluasi-document.js';
import { formatAngka, formatTarget, type OrangCetak } from './skp-document.js';
import type { PegawaiBaris } from './skp-source.js';

/** A pegawai with the name of the jabatan they hold now (the evaluation form prints that one). */
export type PegawaiEvaluasiBaris = PegawaiBaris & { jabatanNama: string };

export type EvaluasiRows = {
  skp: Skp;
  /** The SKP's live RHK, any order. */
  rhk: readonly Rhk[];
  periode: PeriodeKey;
  /** The instansi's periode evaluasi setting (which periods an SKP has). */
  jenisPeriode: JenisPeriodeEvaluasi;
  /** This period's realisasi, if reported or drafted. */
  realisasi: Realisasi | null;
  /** Every live evaluation of the SKP: this period's, and the others for the lock (a locked TAHUNAN locks all). */
  evaluasi: readonly Evaluasi[];
  /** The SKP's umpan balik thread in id order (UUIDv7: creation order). */
  umpanBalik: readonly UmpanBalik[];
  instansiNama: string;
  /** Owner, penilai and atasan penilai (whoever of them is on record). */
  pegawai: ReadonlyMap<string, PegawaiEvaluasiBaris>;
  unitNama: ReadonlyMap<string, string>;
  /** Account names of umpan balik authors and evaluation step actors. */
  userNama: ReadonlyMap<string, string>;
  penilaiPegawaiIds: readonly string[];
  atasanPenilaiPegawaiIds: readonly string[];
  /** The unit's predikat kinerja organisasi for the SKP's year (printed on TAHUNAN only). */
  predikatOrganisasi: PredikatOrganisasi | null;
};

function orang(r: EvaluasiRows, id: string | null | undefined): OrangCetak | null {
  const p = id ? r.pegawai.get(id) : undefined;
  if (!p) return null;
  return { nama: formatNamaLengkap(p), nip: p.nip, pangkat: p.golongan ? formatPangkatGolongan(p.golongan) : '', jabatan: p.jabatanNama, unit: r.unitNama.get(p.unitId) ?? '' };
}

/** Realisasi as printed: the value in the target's unit, or the description; "-" when none yet. */
function realisasiText(rhk: Rhk['indikator'][number], item: RealisasiItem | undefined): string {
  const t = rhk.target;
  const nilai = item?.nilai ?? null;
  const value = nilai !== null && t.kind === 'kuantitatif' ? `${formatAngka(nilai)} ${t.satuan}`.trim() : (item?.teks ?? '');
  const n = item?.bukti.length ?? 0;
  const bukti = n > 0 ? ` (${n} bukti dukung)` : '';
  return value ? `${value}${bukti}` : `-${bukti}`;
}

function langkah(e: EvaluasiEvent, r: EvaluasiRows): LangkahEvaluasiCetak {
  // Signed by its author (issue 8) when a command id and key version were recorded with it.
  return { action: e.action, at: e.at, oleh: r.userNama.get(e.actorUserId) ?? '', ditandatangani: typeof e.commandId === 'string' && typeof e.keyVersion === 'number', alasan: e.alasan };
}

const label = <K extends string>(labels: Record<K, string>, k: K | null | undefined): string | null => (k ? labels[k] : null);

/**
 * Null when the SKP has no such period under the setting (e.g. B03 under a quarterly setting).
 *
 * @example
 * const data = evaluasiDocumentFromRows(rows); // the same data on the desk and on the server
 * canonicalHash(data) === printedHash; // asli
 */
export function evaluasiDocumentFromRows(r: EvaluasiRows): EvaluasiDocumentData | null {
  const p = periodeEvaluasiOf(r.skp.periode, r.jenisPeriode).find((x) => x.key === r.periode);
  if (!p) return null;
  const e = r.evaluasi.find((x) => x.periode === r.periode);
  const items = new Map((r.realisasi?.items ?? []).map((i) => [i.indikatorId, i]));
  // Messages of this period, or of none; the annual document shows the whole year's dialog.
  const pesan = r.umpanBalik
    .filter((m) => r.periode === 'TAHUNAN' || m.periode === null || m.periode === r.periode)
    .map((m) => ({ ...m, line: `${r.userNama.get(m.authorUserId) || 'Tanpa nama'}: ${m.teks}` }));
  const owner = orang(r, r.skp.pegawaiId);
  const perilaku = normalizePerilaku(r.skp.perilaku);
  const rhk: RhkEvaluasiCetak[] = [...r.rhk]
    .sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1))
    .map((x) => ({
      id: x.id,
      jenis: x.jenis,
      urutan: x.urutan,
      teks: x.teks,
      indikator: x.indikator.map((i) => ({ teks: i.teks, target: formatTarget(i.target), realisasi: realisasiText(i, items.get(i.id)) })),
      umpanBalik: pesan.filter((m) => m.rhkId === x.id).map((m) => m.line),
    }));
  const riwayat = e?.riwayat ?? [];
  return {
    kind: 'evaluasi',
    id: `${r.skp.id}:${p.key}`,
    skpId: r.skp.id,
    versi: riwayat.length,
    periode: { key: p.key, label: p.label, mulai: p.mulai, selesai: p.selesai, tahun: r.skp.periode.tahun },
    terkunci: periodeLocked(r.periode, r.evaluasi),
    instansi: r.instansiNama,
    pegawai: { ...(owner ?? { nama: '', nip: '', pangkat: '', jabatan: '' }), unit: r.unitNama.get(r.skp.unitId) ?? '' },
    penilai: orang(r, e?.penilaiPegawaiId ?? r.penilaiPegawaiIds[0]),
    atasanPenilai: orang(r, r.atasanPenilaiPegawaiIds[0]),
    rhk,
    perilaku: BERAKHLAK.map((b, i) => ({ nama: b.nama, ekspektasiKhusus: perilaku[i]?.ekspektasiKhusus ?? '', umpanBalik: pesan.filter((m) => m.nilai === b.kode).map((m) => m.line) })),
    ratingHasilKerja: label(RATING_LABEL, e?.ratingHasilKerja),
    ratingPerilaku: label(RATING_LABEL, e?.ratingPerilaku),
    predikat: label(PREDIKAT_LABEL, e?.predikat),
    predikatOrganisasi: p.key === 'TAHUNAN' ? label(PREDIKAT_ORGANISASI_LABEL, r.predikatOrganisasi) : null,
    umpanBalikHasilKerja: e?.umpanBalikHasilKerja ?? null,
    umpanBalikPerilaku: e?.umpanBalikPerilaku ?? null,
    catatan: e?.catatan ?? null,
    alasanPredikat: e?.alasanPredikat ?? null,
    langkah: riwayat.map((x) => langkah(x, r)),
    diterimaAt: e?.diterimaAt ?? null,
    tanggal: riwayat.at(-1)?.at ?? null,
  };
}
