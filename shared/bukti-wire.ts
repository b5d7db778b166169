/**
 * The evidence-file endpoints (server/routes/files.ts), all with the device's bearer token:
 * - `PUT /v1/files/:sha256` with the raw bytes, content-type = the file's MIME → PutBuktiResponse
 *   (400 VALIDATION when the bytes' sha-256 differs, 413 PAYLOAD_TOO_LARGE over BUKTI_MAX_BYTES,
 *   415 VALIDATION for a type outside BUKTI_MIME; the same file twice is stored once);
 * - `GET /v1/files/:sha256` → the bytes with their MIME (404 NOT_FOUND when the instansi lacks it);
 * - `POST /v1/files/missing` `{ sha256: [...] }` → BuktiMissingResponse.
 * Limits and kinds are in bukti-rules.ts.
 */
import { z } from 'zod';
import { sha256Schema } from './sync-rows-evaluasi.js';

/** The server's answer to an upload; `stored` is false when it already held the file. */
export type PutBuktiResponse = { sha256: string; ukuran: number; stored: boolean };

export const buktiParamsSchema = z.strictObject({ sha256: sha256Schema });
export const buktiMissingRequestSchema = z.strictObject({ sha256: z.array(sha256Schema).min(1).max(500) });
export type BuktiMissingResponse = { missing: string[] };
