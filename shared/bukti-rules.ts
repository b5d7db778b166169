/**
 * Bukti dukung files (evidence of a realisasi): which kinds and how large, written once for the
 * server's file endpoint, its push checks and the desk's file store.
 *
 * Wire (server/routes/files.ts): `PUT /v1/files/:sha256` with the raw bytes and the file's MIME as
 * content-type → PutBuktiResponse; `GET /v1/files/:sha256` → the bytes; `POST /v1/files/missing`
 * `{ sha256: [...] }` → `{ missing: [...] }`. All with the device's bearer token.
 */
import { z } from 'zod';
import { sha256Schema } from './sync-rows-evaluasi.js';

/** The largest evidence file accepted (10 MiB). */
export const BUKTI_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted MIME types and the extension a file of that type is saved with. */
export const BUKTI_MIME = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
} as const;

export type BuktiMime = keyof typeof BUKTI_MIME;

export function isBuktiMime(mime: string): mime is BuktiMime {
  return Object.hasOwn(BUKTI_MIME, mime);
}

/**
 * Why a file cannot be evidence (an Indonesian message to show), or null when it can.
 *
 * @example
 * buktiProblem('image/gif', 1000); // 'Jenis berkas ini tidak dapat dijadikan bukti dukung. Gunakan PDF, PNG, JPEG, XLSX atau DOCX.'
 * buktiProblem('application/pdf', 2048); // null
 */
export function buktiProblem(mime: string, size: number): string | null {
  if (!isBuktiMime(mime)) return 'Jenis berkas ini tidak dapat dijadikan bukti dukung. Gunakan PDF, PNG, JPEG, XLSX atau DOCX.';
  if (size <= 0) return 'Berkas bukti dukung kosong.';
  if (size > BUKTI_MAX_BYTES) return `Berkas bukti dukung paling besar ${BUKTI_MAX_BYTES / (1024 * 1024)} MB.`;
  return null;
}

/** The server's answer to an upload; `stored` is false when it already held the file. */
export type PutBuktiResponse = { sha256: string; ukuran: number; stored: boolean };

export const buktiParamsSchema = z.strictObject({ sha256: sha256Schema });
export const buktiMissingRequestSchema = z.strictObject({ sha256: z.array(sha256Schema).min(1).max(500) });
export type BuktiMissingResponse = { missing: string[] };
