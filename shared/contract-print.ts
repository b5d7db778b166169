/** Printed forms and their verification (issue 11); joined in contract.ts. */
import { z } from 'zod';
import type { FileDownload } from './entities.js';
import type { DocumentKind } from './print/code.js';
import { MARGIN_MM, PAPER_SIZES, TEMPAT_MAX, type PrintSettings } from './print/settings.js';
import { empty, id } from './contract-fields.js';
import { periodeKeySchema } from './sync-rows-evaluasi.js';

const margin = z.number().min(MARGIN_MM.min).max(MARGIN_MM.max);

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
  'verify/code': VerifyAnswer;
  'verify/file': VerifyAnswer;
};
