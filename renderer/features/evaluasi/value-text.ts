/** How a rencana aksi or realisasi reads in a table cell. Pure. */
import type { Target } from '../../../shared/domain/skp/types.js';
import { formatNumber } from './labels.js';

/**
 * A value with the target's unit ("12 dokumen"), or the description for kualitatif; null when empty.
 *
 * @example
 * valueText(3, null, { kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' }, 'id'); // '3 dokumen'
 */
export function valueText(nilai: number | null, teks: string | null, target: Target, lang: 'id' | 'en'): string | null {
  if (nilai !== null) return target.kind === 'kuantitatif' ? `${formatNumber(nilai, lang)} ${target.satuan}` : formatNumber(nilai, lang);
  if (teks !== null && teks.trim() !== '') return teks;
  return null;
}
