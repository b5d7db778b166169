/** Printed forms and their verification (issue 11); joined in contract.ts. */
import { z } from 'zod';
import type { FileDownload } from './entities.js';
import type { DocumentKind } from './print/code.js';
import { MARGIN_MM, PAPER_SIZES, TEMPAT_MAX, type PrintSettings } from './print/settings.js';
import { empty, id, tahun } from './contract-fields.js';
import { periodeKeySchema } from './sync-rows-evaluasi.js';
import { SKP_STATUSES } from './domain/skp/types.js';

const margin = z.number().min(MARGIN_MM.min).max(MARGIN_MM.max);

/** The most SKP one batch print takes (a large unit at year-end; narrow the filter for more). */
export const MAX_BATCH_PRINT = 2000;

/** A printed PDF dropped for verification; our forms are well under this. */
export const MAX_VERIFY_PDF_BYTES = 20 * 1024 * 1024;

export const printArgSchemas = {
  'print/settingsGet': empty,
  /** Admins and operators: paper, margins and the place for signature blocks. */
  'print/settingsSave': z.strictObject({
    kertas: z.enum(PAPER_SIZES),
    marginMm: z.strictObject({ atas: margin, kanan: margin, bawah: margin, kiri: margin }),
    tempat: z.string().trim().max(TEMPAT_MAX),
  }),
  /** The SKP as a PDF (with "DRAF" across every page before approval); recorded as an issued print. */
  'print/skp': z.strictObject({ id }),
  /** The Dokumen Evaluasi Kinerja of a period or the year (TAHUNAN); "DRAF" until it is locked. */
  'print/evaluasi': z.strictObject({ skpId: id, periode: periodeKeySchema }),
  /**
   * The peta cascading of a unit (with its sub-units) for a year: operators of the unit's scope
   * and the unit's own head (or an atasan above it); "DRAF" until every SKP on it is approved.
   */
  'print/peta': z.strictObject({ unitId: id, tahun }),
  /**
   * Many SKP at once, as a job with progress events (cancel with jobs/cancel): the SKP of a
   * Daftar SKP filter, or a list of ids; one combined PDF, or one file per pegawai into a folder
   * under the data folder's exports.
   */
  'print/batch': z
    .strictObject({
      skpIds: z.array(id).min(1).max(MAX_BATCH_PRINT).optional(),
      filter: z
        .strictObject({
          tahun: z.int().min(2000).max(2100),
          unitId: id.optional(),
          pegawaiId: id.optional(),
          status: z.array(z.enum(SKP_STATUSES)).min(1).max(SKP_STATUSES.length).optional(),
          menunggu: z.boolean().optional(),
          query: z.string().trim().max(100).optional(),
        })
        .optional(),
      mode: z.enum(['gabung', 'per_pegawai']),
    })
    .refine((a) => (a.skpIds === undefined) !== (a.filter === undefined), { message: 'Pilih daftar SKP atau filter, salah satu.', path: ['filter'] }),
  /** A code read off the paper (hyphens, spaces and case ignored). */
  'verify/code': z.strictObject({ code: z.string().trim().min(1).max(40) }),
  /** A PDF as plain base64: compared byte for byte with a re-render of the version it names. */
  'verify/file': z.strictObject({ base64: z.string().min(1).max(Math.ceil((MAX_VERIFY_PDF_BYTES * 4) / 3) + 4) }),
} as const;

export type VerifyStatus = 'asli' | 'berubah' | 'tidak_dikenal';

/** What the paper shows, enough to compare with it; nothing more personal. */
export type VerifiedDocument = {
  kind: DocumentKind;
  judul: string;
  code: string;
  nama: string;
  nip: string;
  /** "1 Januari – 31 Desember 2025". */
  periode: string;
  versi: number;
  statusLabel: string;
  /** Each recorded step in words: "Disetujui oleh …, 3 Maret 2025 10.00 — ditandatangani". */
  langkah: string[];
  dicetakPada: string;
};

export type VerifyAnswer = {
  status: VerifyStatus;
  document: VerifiedDocument | null;
  /** For "berubah": what changed since the print (fields, RHK) or that the file differs. */
  changes: string[];
  /** verify/file only: the dropped file equals a re-render of its version byte for byte. */
  fileMatches: boolean | null;
};

export type PrintChannelResults = {
  'print/settingsGet': PrintSettings;
  'print/settingsSave': PrintSettings;
  'print/skp': FileDownload & { code: string };
  'print/evaluasi': FileDownload & { code: string };
  'print/peta': FileDownload & { code: string };
  /** `file`: the combined PDF; `folder` and `files`: where "one file per pegawai" wrote them. */
  'print/batch': { jobId: string; printed: number; skipped: number; file: FileDownload | null; folder: string | null; files: string[] };
  'verify/code': VerifyAnswer;
  'verify/file': VerifyAnswer;
};
