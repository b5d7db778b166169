/**
 * The rekap sheets as column lists: each column a header, a width, an optional number format and
 * how to read its cell from a row. Numbers stay numbers; NIP is a text cell ('@'), since an
 * 18-digit number would lose digits in a spreadsheet.
 */
import { PREDIKAT_LABEL, PREDIKATS, RATING_LABEL, type Predikat } from '../../../../shared/domain/evaluasi/types.js';
import { ASPEK_IKI_LABEL, SKP_STATUS_LABEL } from '../../../../shared/domain/skp/types.js';
import type { RekapData, RekapPegawai, RekapRhk } from './rekap-data.js';

export type Cell = string | number | Date | null;
export type Col<R> = { header: string; width: number; fmt?: string; value: (r: R, i: number) => Cell };
export type SheetSpec<R> = { name: string; cols: Col<R>[]; rows: R[] };

const TEXT = '@';

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(iso) : null;
}

const who = <R extends { p: RekapPegawai }>(): Col<R>[] => [
  { header: 'No', width: 6, value: (_r, i) => i + 1 },
  { header: 'NIP', width: 21, fmt: TEXT, value: (r) => r.p.nip },
  { header: 'Nama', width: 32, value: (r) => r.p.nama },
  { header: 'Jabatan', width: 32, value: (r) => r.p.jabatan },
  { header: 'Unit Kerja', width: 28, value: (r) => r.p.unit },
];

type PegawaiRow = { p: RekapPegawai };

export function predikatSheet(d: RekapData): SheetSpec<PegawaiRow> {
  const ev = (r: PegawaiRow) => (r.p.skp ? d.evaluasi.get(r.p.skp.id) : undefined);
  return {
    name: 'Predikat',
    rows: d.pegawai.map((p) => ({ p })),
    cols: [
      ...who<PegawaiRow>(),
      { header: 'Periode', width: 10, value: () => d.periode },
      { header: 'Status SKP', width: 14, value: (r) => (r.p.skp ? SKP_STATUS_LABEL[r.p.skp.status] : 'Belum ada SKP') },
      { header: 'Rating Hasil Kerja', width: 20, value: (r) => { const e = ev(r); return e?.ratingHasilKerja ? RATING_LABEL[e.ratingHasilKerja] : ''; } },
      { header: 'Rating Perilaku', width: 20, value: (r) => { const e = ev(r); return e?.ratingPerilaku ? RATING_LABEL[e.ratingPerilaku] : ''; } },
      { header: 'Predikat', width: 18, value: (r) => { const e = ev(r); return e?.predikat ? PREDIKAT_LABEL[e.predikat] : 'Belum dinilai'; } },
      { header: 'Evaluasi Dikunci', width: 10, value: (r) => (ev(r)?.terkunci ? 'Ya' : 'Tidak') },
    ],
  };
}

type UnitRow = { unit: string; counts: Record<Predikat | 'belum', number>; total: number };

/** Per unit of the subtree (those with pegawai): how many pegawai got each predikat in the period. */
export function perUnitSheet(d: RekapData): SheetSpec<UnitRow> {
  const byUnit = new Map<string, UnitRow>();
  for (const p of d.pegawai) {
    const row = byUnit.get(p.unitId) ?? { unit: p.unit, total: 0, counts: { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0, belum: 0 } };
    const predikat = p.skp ? d.evaluasi.get(p.skp.id)?.predikat : null;
    row.counts[predikat ?? 'belum'] += 1;
    row.total += 1;
    byUnit.set(p.unitId, row);
  }
  return {
    name: 'Per Unit',
    rows: [...byUnit.values()],
    cols: [
      { header: 'Unit Kerja', width: 32, value: (r) => r.unit },
      { header: 'Jumlah Pegawai', width: 10, value: (r) => r.total },
      ...PREDIKATS.map((k): Col<UnitRow> => ({ header: PREDIKAT_LABEL[k], width: 12, value: (r) => r.counts[k] })),
      { header: 'Belum Dinilai', width: 10, value: (r) => r.counts.belum },
    ],
  };
}

export function statusSheet(d: RekapData): SheetSpec<PegawaiRow> {
  return {
    name: 'Status SKP',
    rows: d.pegawai.map((p) => ({ p })),
    cols: [
      ...who<PegawaiRow>(),
      { header: 'Tahun', width: 7, value: () => d.tahun },
      { header: 'Status SKP', width: 14, value: (r) => (r.p.skp ? SKP_STATUS_LABEL[r.p.skp.status] : 'Belum ada SKP') },
      { header: 'Versi', width: 7, value: (r) => r.p.skp?.versi ?? null },
      { header: 'Jumlah RHK', width: 8, value: (r) => (r.p.skp ? (d.rhkCount.get(r.p.skp.id) ?? 0) : null) },
      { header: 'Disetujui Pada', width: 14, fmt: 'dd/mm/yyyy', value: (r) => dateCell(r.p.skp?.approvedAt ?? null) },
    ],
  };
}

type IndikatorRow = { p: RekapPegawai; rhk: RekapRhk; ind: RekapRhk['indikator'][number]; rencana: number | string | null; nilai: number | string | null };

/** One row per indikator of each pegawai's SKP, with the period's rencana aksi and realisasi. */
export function realisasiSheet(d: RekapData): SheetSpec<IndikatorRow> {
  const rows: IndikatorRow[] = [];
  for (const p of d.pegawai) {
    if (!p.skp) continue;
    const items = new Map((d.realisasi.get(p.skp.id)?.items ?? []).map((it) => [it.indikatorId, it]));
    for (const rhk of d.rhk.get(p.skp.id) ?? []) {
      for (const ind of rhk.indikator) {
        const it = items.get(ind.id);
        rows.push({ p, rhk, ind, rencana: it ? (it.rencanaNilai ?? it.rencanaTeks) : null, nilai: it ? (it.nilai ?? it.teks) : null });
      }
    }
  }
  return {
    name: 'Realisasi',
    rows,
    cols: [
      ...who<IndikatorRow>(),
      { header: 'Periode', width: 10, value: () => d.periode },
      { header: 'RHK', width: 7, value: (r) => `${r.rhk.jenis === 'utama' ? 'A' : 'B'}.${r.rhk.urutan}` },
      { header: 'Rencana Hasil Kerja', width: 40, value: (r) => r.rhk.teks },
      { header: 'Aspek', width: 10, value: (r) => ASPEK_IKI_LABEL[r.ind.aspek] },
      { header: 'Indikator', width: 40, value: (r) => r.ind.teks },
      { header: 'Target', width: 12, value: (r) => (r.ind.target.kind === 'kuantitatif' ? r.ind.target.nilai : r.ind.target.teks) },
      { header: 'Satuan', width: 12, value: (r) => (r.ind.target.kind === 'kuantitatif' ? r.ind.target.satuan : '') },
      { header: 'Rencana Aksi', width: 14, value: (r) => r.rencana },
      { header: 'Realisasi', width: 14, value: (r) => r.nilai },
      { header: 'Status Realisasi', width: 12, value: (r) => { const s = r.p.skp ? d.realisasi.get(r.p.skp.id)?.status : undefined; return s ?? 'belum diisi'; } },
    ],
  };
}
