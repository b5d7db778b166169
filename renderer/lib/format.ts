/** Display formats shared by several screens. Pure: unit-tested in tests/renderer. */

/** The NIP grouped as printed; one definition in shared/ so the printed forms write it alike. */
export { formatNip } from '../../shared/domain/nip.js';

/**
 * Dates are formatted by the one shared module (also used for printing); see shared/format/tanggal.ts.
 *
 * @example
 * formatDateTime('2024-05-01T03:04:05Z', 'id'); // '1 Mei 2024 10.04' in Asia/Jakarta
 * formatPeriod('2026-01-01', '2026-12-31', 'id'); // '1 Januari – 31 Desember 2026'
 */
export { formatDate, formatDateTime, formatPeriod, formatRelative } from '../../shared/format/tanggal.js';

/**
 * A count with the language's thousands separator.
 *
 * @example
 * formatCount(10000, 'id'); // '10.000'
 */
export function formatCount(n: number, lang: 'id' | 'en'): string {
  return n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB');
}
