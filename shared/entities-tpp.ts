/**
 * Result shapes of the TPP channels (contract-tpp.ts): the attendance import preview, excused
 * absences as listed, and the monthly rekap with every factor a person needs to redo it by hand.
 */
import type { RekapDisiplin } from './domain/tpp/disiplin.js';
import type { HitungTpp, Kinerja } from './domain/tpp/hitung.js';
import type { Izin, PengaturanTpp } from './domain/tpp/types.js';
import type { PeriodeKey } from './domain/evaluasi/types.js';

/** A bad row of an attendance file: its number as the spreadsheet shows it, the column, what it held and why. */
export type KehadiranRowError = { row: number; kolom: string; nilai: string; pesan: string };

export type KehadiranCounts = {
  /** Data rows read (header excluded). */
  baris: number;
  /** Days with no record yet. */
  baru: number;
  /** Days whose stored record differs and will be replaced. */
  diganti: number;
  /** Days already stored exactly so. */
  sama: number;
  pegawai: number;
};

export type KehadiranPreview = {
  previewId: string;
  fileName: string;
  counts: KehadiranCounts;
  /** First and last date in the file; null when no row was readable. */
  rentang: { mulai: string; selesai: string } | null;
  errors: KehadiranRowError[];
  /** Errors beyond the listed ones. */
  errorsOmitted: number;
  canCommit: boolean;
};

export type KehadiranImportSummary = { counts: KehadiranCounts };

/** An excused absence as the list shows it. */
export type IzinRow = Izin & { nip: string; namaLengkap: string; unitNama: string };

/** Month discipline without the day list (kept for the export's detail sheet). */
export type DisiplinRingkas = Omit<RekapDisiplin, 'hari'>;

export type TppRekapRow = {
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanNama: string | null;
  unitNama: string;
  kelas: number | null;
  disiplin: DisiplinRingkas;
  /** `periode`: the locked evaluation the predikat comes from (null: belum dinilai). */
  kinerja: Kinerja & { periode: PeriodeKey | null };
  hitung: HitungTpp;
};

export type TppRekap = {
  tahun: number;
  bulan: number;
  unit: { id: string; nama: string };
  /** The settings the figures were computed with. */
  pengaturan: PengaturanTpp;
  rows: TppRekapRow[];
  total: {
    pegawai: number;
    /** Sum of TPP over the rows that have a base. */
    tpp: number;
    dasar: number;
    belumDinilai: number;
    tanpaDasar: number;
  };
};
