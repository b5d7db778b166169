/**
 * Pelaksanaan and penilaian channels (issue 10): settings, penilai overrides, realisasi with bukti
 * dukung, laporan harian, umpan balik, the appraisal session with its steps, kurva distribusi, unit
 * progress and the Beranda to-do lists. Joined in contract.ts. Limits come from the wire schemas
 * (EVALUASI_LIMITS, bukti-rules.ts) so the form, the core and the server agree.
 */
import { z } from 'zod';
import { BUKTI_MAX_BYTES } from './bukti-rules.js';
import { JENIS_PENILAI_OVERRIDE, JENIS_PERIODE_EVALUASI, PREDIKATS_ORGANISASI, RATINGS } from './domain/evaluasi/types.js';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './domain/skp/berakhlak.js';
import type { FileDownload } from './entities.js';
import {
  EVALUASI_TODO_KINDS,
  type BuktiDukungFile,
  type EvaluasiProgress,
  type EvaluasiSession,
  type EvaluasiTodoRow,
  type KurvaView,
  type LaporanHarianRow,
  type LaporanRekap,
  type Page,
  type PengaturanKinerjaView,
  type PenilaiOverrideRow,
  type PeriodeStatusRow,
  type RealisasiSheet,
  type UmpanBalikRow,
} from './entities-evaluasi.js';
import { buktiSchema, EVALUASI_LIMITS, periodeKeySchema, sha256Schema } from './sync-rows-evaluasi.js';
import { id, isoDate, tahun } from './contract-fields.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const teks = text(EVALUASI_LIMITS.maxTeks);
/** Optional free text: empty means none (stored as null). */
const teksOpsional = z.string().trim().max(EVALUASI_LIMITS.maxTeks).nullable();
const page = { offset: z.int().min(0).max(1_000_000).default(0), limit: z.int().min(1).max(500).default(100) };
const skpPeriode = { skpId: id, periode: periodeKeySchema };
/** The stored row's revision the edit was made on (`rowVersion` from the view); a stale one is refused. */
const baseVersion = z.int().min(0).optional();
const rating = z.enum(RATINGS);
const nilaiBerakhlak = z.enum(NILAI_BERAKHLAK as [NilaiBerakhlak, ...NilaiBerakhlak[]]);
/** A realisasi value: the same bounds as the wire row. */
const angka = z.number().min(0).max(1e12).nullable();
/** base64 grows by 4/3; a larger payload is refused before it is decoded. */
const base64Bukti = z.string().min(1).max(Math.ceil((BUKTI_MAX_BYTES * 4) / 3) + 4);

const realisasiItem = z.strictObject({
  indikatorId: id,
  rencanaNilai: angka,
  rencanaTeks: teksOpsional,
  nilai: angka,
  teks: teksOpsional,
  bukti: z.array(buktiSchema).max(EVALUASI_LIMITS.maxBuktiPerItem),
});

/** A date range, both ends included; at most a year and a day (a rekap of one SKP year). */
const range = z
  .strictObject({ pegawaiId: id, from: isoDate, to: isoDate })
  .refine((a) => a.from <= a.to, { message: 'Tanggal akhir tidak boleh sebelum tanggal awal.', path: ['to'] })
  .refine((a) => Date.parse(a.to) - Date.parse(a.from) <= 366 * 86_400_000, { message: 'Rentang tanggal paling panjang satu tahun.', path: ['to'] });

export const evaluasiArgSchemas = {
  /** The instansi's settings (defaults when none saved: triwulanan, 01-15, 6750). */
  'evaluasi/settingsGet': z.strictObject({}),
  /** Admins only. */
  'evaluasi/settingsSave': z.strictObject({
    periodeEvaluasi: z.enum(JENIS_PERIODE_EVALUASI),
    batasEvaluasiTahunan: z.string().regex(/^01-(0[1-9]|[12]\d|3[01])$/, { message: 'Isian tanggal harus berbentuk 01-HH (Januari).' }),
    menitEfektifBulanan: z.int().min(60).max(20_000),
  }),

  /** Overrides of one pegawai or of one unit (operators/admins in scope; the pegawai sees their own). */
  'penilai/overrides': z
    .strictObject({ pegawaiId: id.optional(), unitId: id.optional(), termasukDibatalkan: z.boolean().optional(), ...page })
    .refine((a) => a.pegawaiId !== undefined || a.unitId !== undefined, { message: 'Pilih pegawai atau unit kerja.' }),
  /** Create (no `id`) or change an override; operators/admins of the pegawai's unit. */
  'penilai/overrideSave': z
    .strictObject({
      id: id.optional(),
      pegawaiId: id,
      penilaiPegawaiId: id,
      jenis: z.enum(JENIS_PENILAI_OVERRIDE),
      mulai: isoDate,
      selesai: isoDate.nullable(),
      alasan: text(500),
    })
    .refine((a) => a.selesai === null || a.mulai <= a.selesai, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', path: ['selesai'] })
    .refine((a) => a.pegawaiId !== a.penilaiPegawaiId, { message: 'Pegawai tidak dapat menilai dirinya sendiri.', path: ['penilaiPegawaiId'] }),
  /** Withdraw an override made by mistake (it then counts for nothing). */
  'penilai/overrideCancel': z.strictObject({ id }),

  /** Rencana aksi and realisasi per indikator of one period. */
  'realisasi/get': z.strictObject(skpPeriode),
  /** The owner's side (or an operator in scope) while the period is open and not reported. */
  'realisasi/save': z.strictObject({ ...skpPeriode, baseVersion, items: z.array(realisasiItem).max(EVALUASI_LIMITS.maxItems) }),
  'realisasi/report': z.strictObject(skpPeriode),
  /** The pejabat penilai asks for a revision of a reported period; a note is required. */
  'realisasi/requestRevision': z.strictObject({ ...skpPeriode, catatan: teks }),
  /** Upload a file as bukti dukung of one indikator (PDF, PNG, JPEG, xlsx, docx; at most 10 MiB). */
  'realisasi/attach': z.strictObject({
    ...skpPeriode,
    indikatorId: id,
    nama: text(EVALUASI_LIMITS.maxNamaFile),
    mime: text(100),
    base64: base64Bukti,
  }),
  /** Download a bukti file referenced by one of the SKP's realisasi. */
  'realisasi/file': z.strictObject({ skpId: id, sha256: sha256Schema }),

  /** A pegawai's laporan harian between two dates (inclusive), oldest first. */
  'laporan/list': z.strictObject({ pegawaiId: id, from: isoDate, to: isoDate, ...page }),
  'laporan/save': z.strictObject({
    id: id.optional(),
    skpId: id,
    tanggal: isoDate,
    kegiatan: teks,
    rhkId: id.nullable(),
    output: z.string().trim().max(200),
    volume: z.number().min(0).max(1e9),
    menit: z.int().min(0).max(EVALUASI_LIMITS.maxMenit),
  }),
  'laporan/delete': z.strictObject({ id }),
  /** Weekly (Monday–Sunday) and monthly totals of one pegawai in a range, against the effective minutes. */
  'laporan/rekap': range,

  /** The dialog kinerja of one SKP; filters narrow it (`umum`: only messages about the SKP as a whole). */
  'umpanBalik/list': z.strictObject({
    skpId: id,
    periode: periodeKeySchema.optional(),
    rhkId: id.optional(),
    nilai: nilaiBerakhlak.optional(),
    umum: z.boolean().optional(),
    ...page,
  }),
  /** The owner or the pejabat penilai adds a message (never edited afterwards). */
  'umpanBalik/add': z
    .strictObject({ skpId: id, periode: periodeKeySchema.nullable(), rhkId: id.nullable(), nilai: nilaiBerakhlak.nullable(), teks })
    .refine((a) => a.rhkId === null || a.nilai === null, { message: 'Pilih RHK atau nilai BerAKHLAK, tidak keduanya.', path: ['nilai'] }),

  /** THE appraisal screen: one SKP, one period (TAHUNAN: the annual evaluation with the periodic history). */
  'evaluasi/session': z.strictObject(skpPeriode),
  /** The pejabat penilai's ratings and feedback; the predikat follows from the matrix. */
  'evaluasi/rate': z.strictObject({
    ...skpPeriode,
    baseVersion,
    ratingHasilKerja: rating,
    ratingPerilaku: rating,
    umpanBalikHasilKerja: teksOpsional,
    umpanBalikPerilaku: teksOpsional,
    catatan: teksOpsional,
    /** Annual only: why the predikat differs from the suggestion. */
    alasanPredikat: teksOpsional,
  }),
  /** Finish the evaluation: realisasi and ratings of the period are locked for everyone. */
  'evaluasi/lock': z.strictObject(skpPeriode),
  /** Only the pejabat penilai, with a reason (audited). */
  'evaluasi/reopen': z.strictObject({ ...skpPeriode, alasan: teks }),
  /** The pegawai acknowledges receipt of the rating. */
  'evaluasi/acknowledge': z.strictObject(skpPeriode),
  /** Every period of the SKP with its status. */
  'evaluasi/periods': z.strictObject({ skpId: id }),
  /**
   * The Beranda to-do lists (each count on Beranda is this list's total): `isiRealisasi` own
   * approved SKP whose current period has no reported realisasi; `beriNilai` as penilai, reported
   * periods not rated or not locked; `segeraDitutup` own or rated periods ending within 14 days and
   * not locked; `terimaNilai` own locked ratings not acknowledged.
   */
  'evaluasi/todo': z.strictObject({ tahun, jenis: z.enum(EVALUASI_TODO_KINDS), ...page }),
  /** Unit progress of one period: who has realisasi in, who is rated, the predikat distribution. */
  'evaluasi/progress': z.strictObject({ unitId: id, tahun, periode: periodeKeySchema, subUnit: z.boolean().optional(), ...page }),

  /** The unit's spread of predikat against the curve (annual by default, or one period). */
  'kurva/get': z.strictObject({ unitId: id, tahun, periode: periodeKeySchema.optional(), subUnit: z.boolean().optional() }),
  /** Operators/admins in scope record the unit's predikat kinerja organisasi. */
  'kurva/setPredikatOrganisasi': z.strictObject({ unitId: id, tahun, predikat: z.enum(PREDIKATS_ORGANISASI) }),
} as const;

export type EvaluasiChannelResults = {
  'evaluasi/settingsGet': PengaturanKinerjaView;
  'evaluasi/settingsSave': PengaturanKinerjaView;
  'penilai/overrides': Page<PenilaiOverrideRow>;
  'penilai/overrideSave': PenilaiOverrideRow;
  'penilai/overrideCancel': PenilaiOverrideRow;
  'realisasi/get': RealisasiSheet;
  'realisasi/save': RealisasiSheet;
  'realisasi/report': RealisasiSheet;
  'realisasi/requestRevision': RealisasiSheet;
  /** The stored file's bukti entry (already appended to the indikator) and the fresh sheet. */
  'realisasi/attach': { bukti: BuktiDukungFile; sheet: RealisasiSheet };
  'realisasi/file': FileDownload;
  /** `totalMenit`: minutes of all matching entries (not only the page). */
  'laporan/list': Page<LaporanHarianRow> & { totalMenit: number };
  'laporan/save': LaporanHarianRow;
  'laporan/delete': { deleted: boolean };
  'laporan/rekap': LaporanRekap;
  'umpanBalik/list': Page<UmpanBalikRow>;
  'umpanBalik/add': UmpanBalikRow;
  'evaluasi/session': EvaluasiSession;
  'evaluasi/rate': EvaluasiSession;
  'evaluasi/lock': EvaluasiSession;
  'evaluasi/reopen': EvaluasiSession;
  'evaluasi/acknowledge': EvaluasiSession;
  'evaluasi/periods': Page<PeriodeStatusRow>;
  'evaluasi/todo': Page<EvaluasiTodoRow>;
  'evaluasi/progress': EvaluasiProgress;
  'kurva/get': KurvaView;
  'kurva/setPredikatOrganisasi': KurvaView;
};
