/** A recorded workflow step in words, the same on paper and in a verification answer. */
import { formatDateTime } from '../format/tanggal.js';
import type { SkpActionType } from '../domain/skp/types.js';
import type { LangkahCetak } from './skp-document.js';

const DONE = {
  ajukan: 'Diajukan',
  setujui: 'Disetujui',
  kembalikan: 'Dikembalikan',
  perbaiki: 'Diperbaiki',
  mulaiPerubahan: 'Perubahan dimulai',
} as const satisfies Record<SkpActionType, string>;

/**
 * @example
 * langkahText({ action: 'setujui', at: '2025-03-03T03:00:00Z', oleh: 'Budi', ditandatangani: true, atasNama: null });
 * // 'Disetujui, ditandatangani oleh Budi, 3 Maret 2025 10.00'
 */
export function langkahText(l: LangkahCetak): string {
  const who = l.oleh || 'pengguna tidak dikenal';
  const onBehalf = l.atasNama ? ` atas nama ${l.atasNama}` : '';
  const when = formatDateTime(l.at, 'id');
  // Only a step recorded by a signed command is claimed as signed; older or merged ones say so.
  return l.ditandatangani
    ? `${DONE[l.action]}, ditandatangani oleh ${who}${onBehalf}, ${when}`
    : `${DONE[l.action]}, dicatat oleh ${who}${onBehalf}, ${when} (tanpa tanda tangan elektronik)`;
}
