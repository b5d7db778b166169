/**
 * Bukti dukung files in the data folder, content-addressed: `<dataDir>/bukti/<first 2 hex>/<sha256>`.
 * The name is the hash of the bytes, so the same file uploaded twice is stored once, a synced file
 * can be checked against the row naming it, and nothing is ever overwritten with other bytes.
 * Writes go to a temporary file renamed into place: a crash leaves no half-written evidence.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buktiProblem, isBuktiMime, BUKTI_MAX_BYTES, BUKTI_MIME, type BuktiMime } from '../../../shared/bukti-rules.js';
import type { BuktiDukung } from '../../../shared/domain/evaluasi/types.js';
import { AppFailure } from '../../../shared/result.js';

const SHA256 = /^[0-9a-f]{64}$/;

function fileOf(dataDir: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new AppFailure('VALIDATION', 'Sidik berkas bukti dukung tidak valid.');
  return path.join(dataDir, 'bukti', sha256.slice(0, 2), sha256);
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** @example hasBukti(core.dataDir, bukti.sha256); // true once stored or synced */
export function hasBukti(dataDir: string, sha256: string): boolean {
  return existsSync(fileOf(dataDir, sha256));
}

/**
 * The stored bytes; NOT_FOUND when this desk does not have the file (yet).
 *
 * @example
 * const bytes = readBukti(core.dataDir, bukti.sha256);
 */
export function readBukti(dataDir: string, sha256: string): Buffer {
  const file = fileOf(dataDir, sha256);
  if (!existsSync(file)) throw new AppFailure('NOT_FOUND', 'Berkas bukti dukung belum tersedia di perangkat ini (mungkin belum tersinkron).');
  return readFileSync(file);
}

/**
 * Stores bytes under their hash after checking they ARE that hash (a file fetched by sync is
 * verified before it lands). Already there: nothing is written.
 *
 * @example
 * writeVerifiedBukti(core.dataDir, row.sha256, downloaded);
 */
export function writeVerifiedBukti(dataDir: string, sha256: string, bytes: Uint8Array): void {
  const file = fileOf(dataDir, sha256);
  if (sha256Of(bytes) !== sha256) throw new AppFailure('VALIDATION', 'Isi berkas bukti dukung tidak cocok dengan sidiknya; berkas tidak disimpan.');
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, bytes, { flag: 'wx' });
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** An Office Open XML package: a zip whose entries include the part folder of its kind. */
function isOoxml(bytes: Uint8Array, partFolder: string): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(partFolder, 0, 'latin1');
}

/** Whether the first bytes are those of the declared type (a renamed .exe is not a PDF). */
export function matchesMime(bytes: Uint8Array, mime: BuktiMime): boolean {
  switch (mime) {
    case 'application/pdf':
      return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]);
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return isOoxml(bytes, 'xl/');
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return isOoxml(bytes, 'word/');
  }
}

/**
 * Checks an uploaded file (size, declared type, and that its bytes are of that type) and stores
 * it; the same bytes twice are stored once. Refusals carry an Indonesian message for the form.
 *
 * @example
 * const bukti = storeBukti(core.dataDir, bytes, 'laporan-maret.pdf', 'application/pdf');
 * // { kind: 'file', sha256: '9f86…', nama: 'laporan-maret.pdf', mime: 'application/pdf', ukuran: 48213 }
 */
export function storeBukti(dataDir: string, bytes: Uint8Array, nama: string, mime: string): Extract<BuktiDukung, { kind: 'file' }> {
  const problem = buktiProblem(mime, bytes.byteLength);
  if (problem !== null || !isBuktiMime(mime)) {
    throw new AppFailure(bytes.byteLength > BUKTI_MAX_BYTES ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION', problem ?? 'Jenis berkas tidak diterima.');
  }
  if (!matchesMime(bytes, mime)) {
    throw new AppFailure('VALIDATION', `Isi berkas "${nama}" bukan ${BUKTI_MIME[mime]} seperti jenis yang disebutkan. Unggah berkas aslinya.`);
  }
  const sha256 = sha256Of(bytes);
  writeVerifiedBukti(dataDir, sha256, bytes);
  return { kind: 'file', sha256, nama, mime, ukuran: bytes.byteLength };
}
