/**
 * Wire rows of pelaksanaan and penilaian (issue 10), part of `syncRowSchemas` in
 * sync-protocol.ts. Shapes equal the domain types (shared/domain/evaluasi/types.ts). Rows hang off
 * an SKP (`skpId`) and sync in that SKP's scope, writable units only (ratings and realisasi of the
 * atasan chain are not the subordinate desk's to read); penilai overrides and predikat organisasi
 * keep the unit they were made in (`unitId`, fixed) and sync in its scope.
 */
import { z } from 'zod';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './domain/skp/berakhlak.js';
import {
  EVALUASI_ACTIONS,
  JENIS_PENILAI_OVERRIDE,
  JENIS_PERIODE_EVALUASI,
  PERIODE_KEY_PATTERN,
  PREDIKATS,
  PREDIKATS_ORGANISASI,
  RATINGS,
  STATUS_REALISASI,
  type Evaluasi,
  type LaporanHarian,
  type PengaturanKinerja,
  type PenilaiOverride,
  type PeriodeKey,
  type PredikatOrganisasiUnit,
  type Realisasi,
  type UmpanBalik,
} from './domain/evaluasi/types.js';

const id = z.uuid();
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
const text = z.string().max(2000);

/** Limits shared by the contract's schemas, the forms and the domain checks. */
export const EVALUASI_LIMITS = {
  maxTeks: 2000,
  maxBuktiPerItem: 10,
  maxItems: 800,
  maxNamaFile: 200,
  maxUrl: 2000,
  /** Menit in one laporan harian entry: at most one whole day. */
  maxMenit: 24 * 60,
} as const;

export const periodeKeySchema = z.string().regex(PERIODE_KEY_PATTERN) as unknown as z.ZodType<PeriodeKey>;
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const buktiSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    sha256: sha256Schema,
    nama: z.string().min(1).max(EVALUASI_LIMITS.maxNamaFile),
    mime: z.string().min(1).max(100),
    ukuran: z.int().min(1).max(100 * 1024 * 1024),
  }),
  z.strictObject({
    kind: z.literal('tautan'),
    url: z.url({ protocol: /^https?$/ }).max(EVALUASI_LIMITS.maxUrl),
    judul: z.string().max(200),
  }),
]);

const realisasiItemSchema = z.strictObject({
  rhkId: id,
  indikatorId: id,
  rencanaNilai: z.number().min(0).max(1e12).nullable(),
  rencanaTeks: text.nullable(),
  nilai: z.number().min(0).max(1e12).nullable(),
  teks: text.nullable(),
  bukti: z.array(buktiSchema).max(EVALUASI_LIMITS.maxBuktiPerItem),
});

const ratingSchema = z.enum(RATINGS).nullable();
const predikatSchema = z.enum(PREDIKATS).nullable();
const nilaiBerakhlakSchema = z.enum(NILAI_BERAKHLAK as [NilaiBerakhlak, ...NilaiBerakhlak[]]);

export const EVALUASI_SYNC_ROWS = {
  pengaturan_kinerja: z.strictObject({
    id,
    instansiId: id,
    periodeEvaluasi: z.enum(JENIS_PERIODE_EVALUASI),
    batasEvaluasiTahunan: z.string().regex(/^01-(0[1-9]|[12]\d|3[01])$/),
    menitEfektifBulanan: z.int().min(60).max(20_000),
  }) satisfies z.ZodType<PengaturanKinerja>,
  penilai_override: z.strictObject({
    id,
    pegawaiId: id,
    /** The pegawai's unit when the override was made; the override lapses when they move. */
    unitId: id,
    penilaiPegawaiId: id,
    jenis: z.enum(JENIS_PENILAI_OVERRIDE),
    mulai: isoDate,
    selesai: isoDate.nullable(),
    alasan: z.string().min(1).max(500),
    dibatalkan: z.boolean(),
  }) satisfies z.ZodType<PenilaiOverride>,
  realisasi: z.strictObject({
    id,
    skpId: id,
    periode: periodeKeySchema,
    items: z.array(realisasiItemSchema).max(EVALUASI_LIMITS.maxItems),
    status: z.enum(STATUS_REALISASI),
    catatanRevisi: text.nullable(),
    dilaporkanAt: isoDateTime.nullable(),
  }) satisfies z.ZodType<Realisasi>,
  laporan_harian: z.strictObject({
    id,
    skpId: id,
    tanggal: isoDate,
    kegiatan: z.string().min(1).max(EVALUASI_LIMITS.maxTeks),
    rhkId: id.nullable(),
    output: z.string().max(200),
    volume: z.number().min(0).max(1e9),
    menit: z.int().min(0).max(EVALUASI_LIMITS.maxMenit),
  }) satisfies z.ZodType<LaporanHarian>,
  umpan_balik: z.strictObject({
    id,
    skpId: id,
    periode: periodeKeySchema.nullable(),
    rhkId: id.nullable(),
    nilai: nilaiBerakhlakSchema.nullable(),
    authorUserId: id,
    at: isoDateTime,
    teks: z.string().min(1).max(EVALUASI_LIMITS.maxTeks),
  }) satisfies z.ZodType<UmpanBalik>,
  evaluasi: z.strictObject({
    id,
    skpId: id,
    periode: periodeKeySchema,
    penilaiPegawaiId: id.nullable(),
    ratingHasilKerja: ratingSchema,
    ratingPerilaku: ratingSchema,
    predikat: predikatSchema,
    saranPredikat: predikatSchema,
    alasanPredikat: text.nullable(),
    umpanBalikHasilKerja: text.nullable(),
    umpanBalikPerilaku: text.nullable(),
    catatan: text.nullable(),
    terkunci: z.boolean(),
    diterimaAt: isoDateTime.nullable(),
    riwayat: z
      .array(
        z.strictObject({
          at: isoDateTime,
          action: z.enum(EVALUASI_ACTIONS),
          actorUserId: id,
          alasan: text.nullable(),
          commandId: id.nullable().optional(),
          keyVersion: z.int().min(1).max(10_000).nullable().optional(),
        }),
      )
      .max(500),
  }) satisfies z.ZodType<Evaluasi>,
  predikat_organisasi: z.strictObject({
    id,
    unitId: id,
    tahun: z.int().min(2000).max(2100),
    predikat: z.enum(PREDIKATS_ORGANISASI),
  }) satisfies z.ZodType<PredikatOrganisasiUnit>,
} as const;

/**
 * Evaluation command names -> entity. Upserts carry the whole row; `laporanHarian/delete`
 * carries `{ id }` only. An umpan balik message is created once and never changed.
 */
export const EVALUASI_COMMAND_ENTITY = {
  'pengaturanKinerja/upsert': 'pengaturan_kinerja',
  'penilaiOverride/upsert': 'penilai_override',
  'realisasi/upsert': 'realisasi',
  'laporanHarian/upsert': 'laporan_harian',
  'laporanHarian/delete': 'laporan_harian',
  'umpanBalik/create': 'umpan_balik',
  'evaluasi/upsert': 'evaluasi',
  'predikatOrganisasi/upsert': 'predikat_organisasi',
} as const satisfies Record<string, keyof typeof EVALUASI_SYNC_ROWS>;
export type EvaluasiCommandName = keyof typeof EVALUASI_COMMAND_ENTITY;
export const laporanDeletePayloadSchema = z.strictObject({ id });

export type EvaluasiEntity = keyof typeof EVALUASI_SYNC_ROWS;

/**
 * How each evaluation row is stored and scoped on both sides: a few key columns (read by queries
 * and the scope) plus the whole wire row as JSON (`data`). `scope` says which rows a device gets:
 * 'skp' — rows of SKP in its writable units; 'unit' — rows whose `unitId` is writable; 'instansi'
 * — every device (writable at the top unit only). `unique`: at most one live row per these keys
 * (desks derive such rows' ids from them, so two desks making one offline meet as a conflict).
 */
export const EVALUASI_STORAGE = {
  pengaturan_kinerja: { table: 'pengaturanKinerja', keys: ['instansiId'], scope: 'instansi', unique: ['instansiId'] },
  penilai_override: { table: 'penilaiOverride', keys: ['pegawaiId', 'unitId'], scope: 'unit', unique: null },
  realisasi: { table: 'realisasi', keys: ['skpId', 'periode'], scope: 'skp', unique: ['skpId', 'periode'] },
  laporan_harian: { table: 'laporanHarian', keys: ['skpId', 'tanggal'], scope: 'skp', unique: null },
  umpan_balik: { table: 'umpanBalik', keys: ['skpId'], scope: 'skp', unique: null },
  evaluasi: { table: 'evaluasi', keys: ['skpId', 'periode'], scope: 'skp', unique: ['skpId', 'periode'] },
  predikat_organisasi: { table: 'predikatOrganisasi', keys: ['unitId', 'tahun'], scope: 'unit', unique: ['unitId', 'tahun'] },
} as const satisfies Record<EvaluasiEntity, { table: string; keys: readonly string[]; scope: 'skp' | 'unit' | 'instansi'; unique: readonly string[] | null }>;

export const EVALUASI_ENTITIES = Object.keys(EVALUASI_STORAGE) as EvaluasiEntity[];

export function isEvaluasiEntity(e: string): e is EvaluasiEntity {
  return Object.prototype.hasOwnProperty.call(EVALUASI_STORAGE, e);
}
