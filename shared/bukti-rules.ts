/**
 * Limits of a bukti dukung file (evidence of a realisasi, issue 10), the same on the desk (upload,
 * bukti-store.ts) and on the server (file sync): a size cap and a short list of office formats.
 */

/** The largest evidence file accepted: 10 MiB. */
export const BUKTI_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted file types (declared MIME type → what people call it). */
export const BUKTI_MIME = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (xlsx)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (docx)',
} as const;
export type BuktiMime = keyof typeof BUKTI_MIME;

export function isBuktiMime(mime: string): mime is BuktiMime {
  return Object.prototype.hasOwnProperty.call(BUKTI_MIME, mime);
}

/**
 * Why a file cannot be evidence, in Indonesian; null when type and size are acceptable.
 *
 * @example
 * buktiProblem('image/gif', 1000); // 'Jenis berkas tidak diterima ... PDF, PNG, JPEG, Excel (xlsx), Word (docx).'
 * buktiProblem('application/pdf', 1000); // null
 */
export function buktiProblem(mime: string, size: number): string | null {
  if (!isBuktiMime(mime)) return `Jenis berkas tidak diterima sebagai bukti dukung. Yang diterima: ${Object.values(BUKTI_MIME).join(', ')}.`;
  if (size <= 0) return 'Berkas bukti dukung kosong.';
  if (size > BUKTI_MAX_BYTES) {
    const mb = (size / (1024 * 1024)).toFixed(1).replace('.', ',');
    return `Berkas terlalu besar (${mb} MB). Ukuran bukti dukung paling besar ${BUKTI_MAX_BYTES / (1024 * 1024)} MB.`;
  }
  return null;
}
