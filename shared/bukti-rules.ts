/**
 * Bukti dukung files (evidence of a realisasi): which kinds and how large, written once for the
 * server's file endpoint, its push checks and the desk's file store.
 */

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
