import { createHash } from 'node:crypto';
import { BUKTI_MAX_BYTES, buktiProblem, isBuktiMime } from '../../shared/bukti-rules.js';
import type { PutBuktiResponse } from '../../shared/bukti-wire.js';
import type { DeviceAuth, ServerContext } from '../context.js';
import { buktiPresent, findBukti, putBukti } from '../db/repos/bukti-repo.js';
import { HttpFailure } from '../http/errors.js';

/**
 * Stores an evidence file a device uploads, addressed by the sha-256 of its bytes: refused when the
 * bytes are not what the address says, or the kind or size is not allowed as bukti dukung.
 * Idempotent: the same file twice is stored once (`stored: false` the second time).
 *
 * @example
 * await putBuktiFile(ctx, device, sha256, 'application/pdf', bytes); // { sha256, ukuran, stored: true }
 */
export async function putBuktiFile(ctx: ServerContext, device: DeviceAuth, sha256: string, mime: string, bytes: Buffer): Promise<PutBuktiResponse> {
  // The route's body limit refuses larger bodies before they are read; this holds for any caller.
  const problem = buktiProblem(mime, bytes.length);
  if (problem) throw new HttpFailure(bytes.length > BUKTI_MAX_BYTES ? 413 : isBuktiMime(mime) ? 400 : 415, bytes.length > BUKTI_MAX_BYTES ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION', problem);
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new HttpFailure(400, 'VALIDATION', 'Isi berkas tidak cocok dengan sidik sha-256 pada alamatnya; berkas tidak disimpan. Kirim ulang berkasnya.');
  }
  const stored = await putBukti(ctx.db, device.instansiId, { sha256, mime, ukuran: bytes.length }, bytes, ctx.clock());
  return { sha256, ukuran: bytes.length, stored };
}

/** An evidence file of the device's instansi (404 when the instansi holds no such file). */
export async function getBuktiFile(ctx: ServerContext, device: DeviceAuth, sha256: string): Promise<{ mime: string; data: Buffer }> {
  const f = await findBukti(ctx.db, device.instansiId, sha256);
  if (!f) throw new HttpFailure(404, 'NOT_FOUND', 'Berkas bukti dukung ini tidak ada di server.');
  return { mime: f.mime, data: f.data };
}

/** Which of these files the server does not hold yet (so a desk uploads only those). */
export async function missingBuktiFiles(ctx: ServerContext, device: DeviceAuth, sha256s: readonly string[]): Promise<string[]> {
  const present = await buktiPresent(ctx.db, device.instansiId, sha256s);
  return [...new Set(sha256s)].filter((s) => !present.has(s));
}
