/**
 * What the evaluation channels (shared/contract-evaluasi.ts, issue 10) answer: views built by the
 * core from the stored rows (shared/domain/evaluasi/types.ts) with names, labels and what the caller
 * may do. Dates are ISO strings; the renderer formats them.
 */
import type {
  BuktiDukung,
  Evaluasi,
  EvaluasiEvent,
  JenisPeriodeEvaluasi,
  PenilaiOverride,
  PeriodeKey,
  Predikat,
  PredikatOrganisasi,
  Rating,
  StatusRealisasi,
  UmpanBalik,
} from './domain/evaluasi/types.js';
import type { NilaiBerakhlak } from './domain/skp/berakhlak.js';
import type { AspekIki, JenisRhk, Pendekatan, Periode, SkpStatus, Target } from './domain/skp/types.js';
import type { PersonRef } from './entities.js';

/** A stored evidence file as a realisasi item lists it. */
export type BuktiDukungFile = Extract<BuktiDukung, { kind: 'file' }>;

/** A page of rows with the count of all rows matching (every list returns its total). */
export type Page<T> = { total: number; rows: T[] };

/** Instansi settings for pelaksanaan and penilaian; `tersimpan` false: the defaults, nothing saved yet. */
export type PengaturanKinerjaView = {
  periodeEvaluasi: JenisPeriodeEvaluasi;
  /** `MM-DD` in January of the following year. */
  batasEvaluasiTahunan: string;
  menitEfektifBulanan: number;
  tersimpan: boolean;
};

/** One evaluation period of an SKP: key, label (e.g. "TRIWULAN I") and its dates inside the SKP's periode. */
export type PeriodeInfo = { key: PeriodeKey; label: string; mulai: string; selesai: string };

/** A penilai override with the names the list shows. `berlaku`: in force today. */
export type PenilaiOverrideRow = PenilaiOverride & {
  pegawai: PersonRef;
  penilai: PersonRef;
  berlaku: boolean;
  /** E.g. the penilai sits below pengawas level (warn, never block). */
  peringatan: string[];
};

/** Capaian (percent achieved) as an aid; `capped`: above the cap and shown at it. */
export type CapaianView = { persen: number; capped: boolean };

/** One indikator's line of a period: target, rencana aksi, realisasi, evidence and the aids. */
export type IndikatorPeriodeView = {
  indikatorId: string;
  aspek: AspekIki;
  teks: string;
  target: Target;
  lowerIsBetter: boolean;
  rencanaNilai: number | null;
  rencanaTeks: string | null;
  nilai: number | null;
  realisasiTeks: string | null;
  bukti: BuktiDukung[];
  /** realisasi ÷ target (inverted for lower-is-better), capped; null for kualitatif or without realisasi. */
  capaian: CapaianView | null;
  /** realisasi ÷ rencana aksi of this period; null without a rencana. */
  progresRencana: CapaianView | null;
  /** TAHUNAN only: the periodic realisasi values added up (an aid); null otherwise. */
  nilaiPeriodik: number | null;
};

export type RhkPeriodeView = { rhkId: string; jenis: JenisRhk; urutan: number; teks: string; indikator: IndikatorPeriodeView[] };

/** realisasi/get and every realisasi write: one SKP's realisasi sheet for one period. */
export type RealisasiSheet = {
  skpId: string;
  pendekatan: Pendekatan;
  periode: PeriodeInfo;
  status: StatusRealisasi | null;
  catatanRevisi: string | null;
  dilaporkanAt: string | null;
  /** The stored row's revision (send back as `baseVersion`); null before the first save. */
  rowVersion: number | null;
  terkunci: boolean;
  rhk: RhkPeriodeView[];
  allowed: { edit: boolean; report: boolean; requestRevision: boolean };
};

/** One message of the dialog kinerja with its author's name and side. */
export type UmpanBalikRow = UmpanBalik & { authorNama: string; sisi: 'pegawai' | 'penilai' | 'lainnya' };

/** An evaluation step with the actor's name; `signed`: it names its signed outbox command. */
export type EvaluasiEventView = EvaluasiEvent & { actorNama: string | null; signed: boolean };

/** Who the caller is for this SKP (several may hold: an operator owning an SKP). */
export type EvaluasiCapacity = { pemilik: boolean; penilai: boolean; operator: boolean };

/** The buttons of the evaluation screen for this caller now. */
export type EvaluasiAllowed = {
  editRealisasi: boolean;
  report: boolean;
  requestRevision: boolean;
  rate: boolean;
  lock: boolean;
  reopen: boolean;
  acknowledge: boolean;
  addUmpanBalik: boolean;
};

/** One period in the annual view's history. */
export type RiwayatPeriodeView = PeriodeInfo & {
  ratingHasilKerja: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  terkunci: boolean;
};

/** evaluasi/session: THE appraisal screen for one pegawai's SKP and one period. */
export type EvaluasiSession = {
  skp: { id: string; pendekatan: Pendekatan; periode: Periode; status: SkpStatus; versi: number };
  pegawai: PersonRef & { golongan: string; unitNama: string };
  penilai: PersonRef | null;
  atasanPenilai: PersonRef | null;
  periode: PeriodeInfo;
  rhk: (RhkPeriodeView & { umpanBalik: UmpanBalikRow[] })[];
  perilaku: { nilai: NilaiBerakhlak; nama: string; panduan: readonly string[]; ekspektasiKhusus: string; umpanBalik: UmpanBalikRow[] }[];
  /** Messages about the SKP as a whole (no RHK, no value). */
  umpanBalikUmum: UmpanBalikRow[];
  realisasi: { status: StatusRealisasi; dilaporkanAt: string | null; catatanRevisi: string | null; rowVersion: number } | null;
  evaluasi: Evaluasi | null;
  /** The evaluasi row's revision (send back as `baseVersion`); null before the first rating. */
  evaluasiRowVersion: number | null;
  riwayat: EvaluasiEventView[];
  /** From the matrix; null until both ratings are given. */
  predikat: Predikat | null;
  terkunci: boolean;
  capacity: EvaluasiCapacity;
  allowed: EvaluasiAllowed;
  /** Indonesian, ready to show (e.g. a rating other than Sesuai without umpan balik). */
  peringatan: string[];
  /** TAHUNAN only: the periodic history and the suggestion. */
  tahunan: { riwayat: RiwayatPeriodeView[]; saran: { predikat: Predikat | null; penjelasan: string } } | null;
};

/** evaluasi/periods: every period of an SKP with where it stands. */
export type PeriodeStatusRow = PeriodeInfo & {
  realisasi: StatusRealisasi | null;
  dinilai: boolean;
  predikat: Predikat | null;
  terkunci: boolean;
  diterima: boolean;
  /** Today falls in this period. */
  berjalan: boolean;
};

/** One entry of the laporan harian with the RHK text. */
export type LaporanHarianRow = {
  id: string;
  skpId: string;
  tanggal: string;
  kegiatan: string;
  rhkId: string | null;
  rhkTeks: string | null;
  output: string;
  volume: number;
  menit: number;
  /** The period of the date is locked: the entry can no longer change. */
  terkunci: boolean;
};

export type RekapVolume = { rhkId: string | null; rhkTeks: string | null; volume: number; menit: number; entri: number };

/** One week (Monday–Sunday) or month of the rekap, clipped to the asked range. */
export type RekapRow = {
  mulai: string;
  selesai: string;
  label: string;
  menit: number;
  entri: number;
  /** Months only: the instansi's effective minutes and the share reached (percent, one decimal); null for weeks. */
  menitEfektif: number | null;
  persenEfektif: number | null;
  perRhk: RekapVolume[];
};

export type LaporanRekap = { pegawaiId: string; from: string; to: string; menitEfektifBulanan: number; mingguan: RekapRow[]; bulanan: RekapRow[] };

/** The pegawai in one kurva warning's predikat groups. */
export type KurvaPegawai = PersonRef & { skpId: string; predikat: Predikat };

export type KurvaWarningView = {
  aturan: string;
  pesan: string;
  predikats: Predikat[];
  jumlah: number;
  persen: number;
  pegawai: KurvaPegawai[];
};

/** kurva/get: the unit's spread of predikat against the curve of its predikat organisasi (warns, never blocks). */
export type KurvaView = {
  unitId: string;
  unitNama: string;
  tahun: number;
  periode: PeriodeKey;
  predikatOrganisasi: PredikatOrganisasi | null;
  /** The circular's rules for that predikat organisasi, in words. */
  aturan: string[];
  spread: Record<Predikat, { count: number; percent: number }>;
  /** Rated pegawai (the base of every percent) and those with an SKP but no predikat yet. */
  dinilai: number;
  belumDinilai: number;
  peringatan: KurvaWarningView[];
  /** The operator may record the predikat organisasi. */
  bolehAturPredikat: boolean;
};

/** One pegawai's line in evaluasi/progress. */
export type ProgressRow = {
  pegawai: PersonRef;
  skpId: string;
  realisasi: StatusRealisasi | null;
  dinilai: boolean;
  predikat: Predikat | null;
  terkunci: boolean;
};

export type EvaluasiProgress = Page<ProgressRow> & {
  tahun: number;
  periode: PeriodeKey;
  /** Over the whole unit (not the page): SKP counted, realisasi reported, rated, locked. */
  jumlah: { skp: number; realisasiMasuk: number; dinilai: number; terkunci: number };
  distribusi: Record<Predikat, number>;
};

/** Evaluation to-do kinds on Beranda; each opens evaluasi/todo with that kind. */
export const EVALUASI_TODO_KINDS = ['isiRealisasi', 'beriNilai', 'segeraDitutup', 'terimaNilai'] as const;
export type EvaluasiTodoKind = (typeof EVALUASI_TODO_KINDS)[number];

export type EvaluasiTodoRow = {
  skpId: string;
  pegawai: PersonRef;
  periode: PeriodeInfo;
  realisasi: StatusRealisasi | null;
  predikat: Predikat | null;
  /** Days left until the period ends (0 = today). */
  sisaHari: number;
};
