/** evaluasi/progress: per period, who in the unit has realisasi in, who is rated, and the predikat distribution. */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { distribusi } from '../../../../shared/domain/evaluasi/distribusi.js';
import { unitLines, unitViewUnits } from './unit-evaluasi.js';

/**
 * @example
 * const p = await evaluasiProgress(core, actor, { unitId, tahun: 2025, periode: 'TW1', offset: 0, limit: 50 });
 * p.jumlah; // { skp: 12, realisasiMasuk: 9, dinilai: 7, terkunci: 5 }
 */
export async function evaluasiProgress(core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/progress'>): Promise<ResultOf<'evaluasi/progress'>> {
  const units = await unitViewUnits(core, actor, a.unitId, a.subUnit);
  const lines = await unitLines(core, units, a.tahun, a.periode, { realisasi: true });
  const d = distribusi(lines.map((l) => ({ pegawaiId: l.pegawai.pegawaiId, predikat: l.predikat })));
  return {
    tahun: a.tahun,
    periode: a.periode,
    total: lines.length,
    rows: lines.slice(a.offset, a.offset + a.limit),
    jumlah: {
      skp: lines.length,
      realisasiMasuk: lines.filter((l) => l.realisasi === 'dilaporkan').length,
      dinilai: lines.filter((l) => l.dinilai).length,
      terkunci: lines.filter((l) => l.terkunci).length,
    },
    distribusi: d.counts,
  };
}
