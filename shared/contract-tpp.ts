/**
 * TPP / tunjangan kinerja channels (issue 11, item 5); joined in contract.ts. Operators and admins
 * only, inside their unit subtree (checked by the core).
 */
import { z } from 'zod';
import { PREDIKATS, type Predikat } from './domain/evaluasi/types.js';
import { masalahPengaturan } from './domain/tpp/pengaturan.js';
import { HARI, JENIS_IZIN, JENIS_LIBUR, KELAS_JABATAN_MAX, type Hari, type PengaturanTpp } from './domain/tpp/types.js';
import type { FileDownload } from './entities.js';
import type { IzinRow, KehadiranImportSummary, KehadiranPreview, TppRekap } from './entities-tpp.js';
import { id, isoDate, optionalText, tahun } from './contract-fields.js';

/** Same ceiling as the org import: 50 MB, base64 grows by 4/3. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;
const base64File = z.string().max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4);

const jam = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tulis jam sebagai JJ:MM, misalnya 07:30.');
const persen = z.number().min(0).max(100);
const jamKerja = z.strictObject(
  Object.fromEntries(HARI.map((h) => [h, z.strictObject({ masuk: jam, pulang: jam }).nullable()])) as Record<Hari, z.ZodNullable<z.ZodObject<{ masuk: typeof jam; pulang: typeof jam }>>>,
);
const menit = z.int().min(1).max(24 * 60);

export const pengaturanTppSchema = z
  .strictObject({
    jamKerja,
    hariLibur: z.array(z.strictObject({ tanggal: isoDate, nama: z.string().trim().min(1).max(120), jenis: z.enum(JENIS_LIBUR) })).max(500),
    batasMenit: z.tuple([menit, menit, menit]),
    tarifTl: z.tuple([persen, persen, persen, persen]),
    tarifPsw: z.tuple([persen, persen, persen, persen]),
    tarifTanpaKeterangan: persen,
    persenKinerja: z.strictObject(Object.fromEntries(PREDIKATS.map((p) => [p, persen])) as Record<Predikat, typeof persen>),
    tppDasar: z.array(z.int().min(0).max(1_000_000_000).nullable()).length(KELAS_JABATAN_MAX),
    bobotKinerja: z.int().min(0).max(100),
    bobotDisiplin: z.int().min(0).max(100),
  })
  .superRefine((p, ctx) => {
    for (const m of masalahPengaturan(p)) ctx.addIssue({ code: 'custom', path: m.path.split('.'), message: m.message });
  }) satisfies z.ZodType<PengaturanTpp>;

const bulan = z.int().min(1).max(12);
const izin = z
  .strictObject({
    id: id.optional(),
    pegawaiId: id,
    jenis: z.enum(JENIS_IZIN),
    mulai: isoDate,
    selesai: isoDate,
    keterangan: optionalText(500),
  })
  .refine((a) => a.mulai <= a.selesai, { message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.', path: ['selesai'] });
const rekap = z.strictObject({ tahun, bulan, unitId: id });

export const tppArgSchemas = {
  'tpp/settingsGet': z.strictObject({}),
  'tpp/settingsSave': z.strictObject({ pengaturan: pengaturanTppSchema }),
  /** Excused absences of pegawai in the unit subtree that touch the month. */
  'tpp/absenceList': rekap,
  'tpp/absenceSave': izin,
  'tpp/absenceDelete': z.strictObject({ id }),
  /** A fingerprint export (.xlsx or .csv): NIP, tanggal, jam masuk, jam pulang. */
  'tpp/importPreview': z.strictObject({ fileName: z.string().trim().min(1).max(255), base64: base64File }),
  'tpp/importCommit': z.strictObject({ previewId: id }),
  'tpp/rekap': rekap,
  'tpp/export': rekap,
} as const;

export type TppChannelResults = {
  'tpp/settingsGet': PengaturanTpp;
  'tpp/settingsSave': PengaturanTpp;
  'tpp/absenceList': { total: number; rows: IzinRow[] };
  'tpp/absenceSave': IzinRow;
  'tpp/absenceDelete': null;
  'tpp/importPreview': KehadiranPreview;
  'tpp/importCommit': KehadiranImportSummary;
  'tpp/rekap': TppRekap;
  'tpp/export': FileDownload;
};
