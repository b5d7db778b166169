/**
 * Whether "Buat SKP <tahun>" may be offered: the same rule `skp/create` enforces (a jabatan is
 * needed, and one SKP per pegawai per period per jabatan), decided before the click so the screen
 * never offers an action the core will refuse.
 */
import { clashingSkp, periodeTahunan } from './periode.js';
import type { Periode } from './types.js';

/** Why a new SKP cannot be started; null when it can. */
export type StartBlocker = 'noJabatan' | 'sudahAda' | null;

/** An SKP the pegawai already has (any status, any version: a chain counts once via its first). */
export type ExistingSkp = { jabatanId: string; periode: Pick<Periode, 'mulai' | 'selesai'> };

/**
 * The blocker for a new SKP of `tahun` on the pegawai's current jabatan. Any existing SKP on that
 * jabatan whose period falls in the year blocks it, whatever its status: a draft is continued, a
 * returned one revised, an approved one changed through "perubahan SKP".
 *
 * @example
 * startSkpBlocker('jab-1', [{ jabatanId: 'jab-1', periode: { mulai: '2026-01-01', selesai: '2026-12-31' } }], 2026); // 'sudahAda'
 * startSkpBlocker('jab-2', [{ jabatanId: 'jab-1', periode: { mulai: '2026-01-01', selesai: '2026-06-30' } }], 2026); // null
 */
export function startSkpBlocker(currentJabatanId: string | null, existing: readonly ExistingSkp[], tahun: number): StartBlocker {
  if (currentJabatanId === null) return 'noJabatan';
  const candidate = { id: '', pegawaiId: '', jabatanId: currentJabatanId, periode: periodeTahunan(tahun) };
  const others = existing.map((s, i) => ({
    id: `existing-${i}`,
    pegawaiId: '',
    jabatanId: s.jabatanId,
    periode: { tahun, mulai: s.periode.mulai, selesai: s.periode.selesai },
    previousVersionId: null,
  }));
  return clashingSkp(candidate, others) ? 'sudahAda' : null;
}
