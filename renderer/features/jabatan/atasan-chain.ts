import type { JabatanRef } from '../../../shared/entities.js';

/**
 * The atasan chain as one line, direct atasan first.
 *
 * @example
 * atasanChainText([{ nama: 'Kepala Seksi' }, { nama: 'Kepala Bidang' }]); // 'Kepala Seksi › Kepala Bidang'
 */
export function atasanChainText(chain: readonly Pick<JabatanRef, 'nama'>[]): string {
  return chain.map((j) => j.nama).join(' › ');
}
