/**
 * Pelaksanaan and penilaian (PermenPANRB 6/2022, DOMAIN.md "Pelaksanaan", "Penilaian") as stored
 * and synced: plain data, ISO dates, no derived fields except the predikat, which the server
 * recomputes from the two ratings and refuses when it differs. Terms are in ../glossary.ts.
 *
 * Every row here hangs off one SKP (`skpId`) and follows that SKP's scope when it syncs.
 */
import type { NilaiBerakhlak } from '../skp/berakhlak.js';

/** The pejabat penilai's two ratings each take one of these (Di Atas / Sesuai / Di Bawah Ekspektasi). */
export const RATINGS = ['di_atas', 'sesuai', 'di_bawah'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABEL = {
  di_atas: 'Di Atas Ekspektasi',
  sesuai: 'Sesuai Ekspektasi',
  di_bawah: 'Di Bawah Ekspektasi',
} as const satisfies Record<Rating, string>;

/** Predikat kinerja pegawai, best first (DOMAIN.md: Sangat Baik > Baik > Butuh Perbaikan > Kurang/Misconduct > Sangat Kurang). */
export const PREDIKATS = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKATS)[number];
/** Labels exactly as the regulation writes them. */
export const PREDIKAT_LABEL = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
} as const satisfies Record<Predikat, string>;

/** Predikat kinerja organisasi of a unit for a year (SE MenPANRB 3/2023), best first. */
export const PREDIKATS_ORGANISASI = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type PredikatOrganisasi = (typeof PREDIKATS_ORGANISASI)[number];
export const PREDIKAT_ORGANISASI_LABEL = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
} as const satisfies Record<PredikatOrganisasi, string>;

/** How often an instansi evaluates during the year (an instansi setting), besides the annual evaluation. */
export const JENIS_PERIODE_EVALUASI = ['bulanan', 'triwulanan'] as const;
export type JenisPeriodeEvaluasi = (typeof JENIS_PERIODE_EVALUASI)[number];

/**
 * One evaluation period of an SKP: a month `B01`..`B12`, a quarter `TW1`..`TW4` (TRIWULAN I, II,
 * III, IV/AKHIR) or the annual evaluation `TAHUNAN` (the SKP's whole periode). The year is the
 * SKP's `periode.tahun`.
 */
export type PeriodeKey = `B${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'}` | `TW${1 | 2 | 3 | 4}` | 'TAHUNAN';
export const PERIODE_KEY_PATTERN = /^(B(0[1-9]|1[0-2])|TW[1-4]|TAHUNAN)$/;

/** Instansi settings for pelaksanaan and penilaian; one row per instansi. */
export type PengaturanKinerja = {
  id: string;
  instansiId: string;
  periodeEvaluasi: JenisPeriodeEvaluasi;
  /**
   * Month-day (`MM-DD`) in January of the following year by which the annual evaluation is due
   * (Beranda reminds of it). [unconfirmed] the date varies per instansi; default early January.
   */
  batasEvaluasiTahunan: string;
  /** Effective working minutes per month for the laporan harian rekap (6,750 and 7,260 both seen) [unconfirmed]. */
  menitEfektifBulanan: number;
};

/** Evidence for a realisasi: a file stored content-addressed (sha-256 hex of its bytes), or a link. */
export type BuktiDukung =
  | { kind: 'file'; sha256: string; nama: string; mime: string; ukuran: number }
  | { kind: 'tautan'; url: string; judul: string };

/** One indikator's line in a period: the rencana aksi (that period's share of the target) and what was achieved. */
export type RealisasiItem = {
  rhkId: string;
  indikatorId: string;
  /** Rencana aksi: the part of the annual target planned for this period (kuantitatif) or its description. */
  rencanaNilai: number | null;
  rencanaTeks: string | null;
  /** Realisasi: the value achieved (kuantitatif) or its description (kualitatif). */
  nilai: number | null;
  teks: string | null;
  bukti: BuktiDukung[];
};

/** draft: the pegawai is still writing; dilaporkan: reported to the atasan; revisi: the atasan asked for a revision. */
export const STATUS_REALISASI = ['draft', 'dilaporkan', 'revisi'] as const;
export type StatusRealisasi = (typeof STATUS_REALISASI)[number];

/** Realisasi of one SKP for one period; one row per (skpId, periode). */
export type Realisasi = {
  id: string;
  skpId: string;
  periode: PeriodeKey;
  items: RealisasiItem[];
  status: StatusRealisasi;
  /** The atasan's note when asking for a revision; cleared when the pegawai reports again. */
  catatanRevisi: string | null;
  dilaporkanAt: string | null;
};

/** One entry of the laporan harian (daily activity log); rolls up into the period of its date. */
export type LaporanHarian = {
  id: string;
  skpId: string;
  tanggal: string;
  kegiatan: string;
  /** The RHK the activity serves; null for activity outside the plan. */
  rhkId: string | null;
  output: string;
  volume: number;
  menit: number;
};

/**
 * One message of the dialog kinerja / umpan balik thread: about an RHK, a BerAKHLAK value, or the
 * SKP as a whole, from the atasan or the pegawai. Append-only: a message is never edited.
 */
export type UmpanBalik = {
  id: string;
  skpId: string;
  periode: PeriodeKey | null;
  rhkId: string | null;
  nilai: NilaiBerakhlak | null;
  authorUserId: string;
  at: string;
  teks: string;
};

export const EVALUASI_ACTIONS = ['nilai', 'kunci', 'buka', 'terima'] as const;
/** nilai: ratings saved; kunci: evaluation finished (locked); buka: reopened with a reason; terima: the pegawai acknowledged. */
export type EvaluasiAction = (typeof EVALUASI_ACTIONS)[number];
export const EVALUASI_ACTION_LABEL = {
  nilai: 'Penilaian disimpan',
  kunci: 'Evaluasi dikunci',
  buka: 'Evaluasi dibuka kembali',
  terima: 'Diterima pegawai',
} as const satisfies Record<EvaluasiAction, string>;

/** One step in an evaluation's history, signed like an SKP step (commandId/keyVersion of the signed command). */
export type EvaluasiEvent = {
  at: string;
  action: EvaluasiAction;
  actorUserId: string;
  /** The reason of a reopening; a justification for the annual predikat; null otherwise. */
  alasan: string | null;
  commandId?: string | null;
  keyVersion?: number | null;
};

/** The pejabat penilai's evaluation of one SKP for one period; one row per (skpId, periode). */
export type Evaluasi = {
  id: string;
  skpId: string;
  periode: PeriodeKey;
  /** Who rates: resolved from the jabatan tree or a penilai override when the row is made. */
  penilaiPegawaiId: string | null;
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  /** From the matrix (shared/domain/evaluasi/predikat.ts); null until both ratings are given. */
  predikat: Predikat | null;
  /** Annual only: what the periodic history suggests (kept beside what the penilai set). */
  saranPredikat: Predikat | null;
  /** Annual only, when the predikat differs from the suggestion: why. */
  alasanPredikat: string | null;
  umpanBalikHasilKerja: string | null;
  umpanBalikPerilaku: string | null;
  catatan: string | null;
  /** True once the evaluation is finished: realisasi and ratings of this period are locked. */
  terkunci: boolean;
  /** When the pegawai acknowledged receipt of the rating. */
  diterimaAt: string | null;
  riwayat: EvaluasiEvent[];
};

/** Predikat kinerja organisasi recorded by the operator for a unit and year. */
export type PredikatOrganisasiUnit = {
  id: string;
  unitId: string;
  tahun: number;
  predikat: PredikatOrganisasi;
};

export const JENIS_PENILAI_OVERRIDE = ['plt', 'plh', 'koreksi'] as const;
/** Plt./Plh. acting heads, or a correction of an atasan the imported data gets wrong. */
export type JenisPenilaiOverride = (typeof JENIS_PENILAI_OVERRIDE)[number];
export const JENIS_PENILAI_OVERRIDE_LABEL = {
  plt: 'Plt. (Pelaksana Tugas)',
  plh: 'Plh. (Pelaksana Harian)',
  koreksi: 'Koreksi data atasan',
} as const satisfies Record<JenisPenilaiOverride, string>;

/** Who rates a pegawai instead of the holder of the atasan jabatan, from `mulai` to `selesai` (inclusive; null: open-ended). */
export type PenilaiOverride = {
  id: string;
  pegawaiId: string;
  /** The pegawai's unit when the override was made (fixed): the override lapses when they move. */
  unitId: string;
  penilaiPegawaiId: string;
  jenis: JenisPenilaiOverride;
  mulai: string;
  selesai: string | null;
  alasan: string;
  /** Withdrawn (made by mistake); a withdrawn override counts for nothing. */
  dibatalkan: boolean;
};
