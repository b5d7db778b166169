/**
 * What the unit-wide evaluation views (kurva, progress) share: who may open them, and one line per
 * approved SKP of the unit(s) for a year and period with its realisasi (when asked) and evaluasi,
 * read in one statement however large the unit.
 */
import type { CoreContext } from '../../context.js';
import { requireUnitInScope, type Actor } from '../../auth/actor.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { periodeEvaluasiOf } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import type { ProgressRow } from '../../../../shared/entities-evaluasi.js';
import { unitEvaluasiLines, type UnitEvaluasiLine } from '../../db/repositories/evaluasi-query-repo.js';
import { meOf } from '../skp/access.js';
import { isPenilai } from '../skp/inbox.js';
import { unitsUnder } from '../skp/reach.js';
import { pengaturan } from './settings-service.js';

/**
 * The units a unit-wide view covers: `unitId` alone, or with its sub-units inside the caller's
 * scope. Operators/admins in scope, or an atasan (a pejabat penilai) whose scope holds the unit;
 * a plain pegawai does not see colleagues' predikat.
 */
export async function unitViewUnits(core: CoreContext, actor: Actor, unitId: string, subUnit: boolean | undefined): Promise<string[]> {
  requireUnitInScope(actor, unitId);
  if (!isOperator(actor.user.roles) && !(await isPenilai(core, await meOf(core.db, actor)))) {
    throw new AppFailure('FORBIDDEN', 'Sebaran predikat unit hanya untuk operator dan pejabat penilai.');
  }
  return subUnit ? unitsUnder(core, actor, unitId) : [unitId];
}

/**
 * One line per approved SKP of the units in `tahun` that has period `periode`, by pegawai name.
 *
 * @example
 * const lines = await unitLines(core, [unitId], 2025, 'TAHUNAN', { realisasi: true });
 * lines.filter((l) => l.predikat === null).length; // not rated yet
 */
export async function unitLines(core: CoreContext, unitIds: readonly string[], tahun: number, periode: PeriodeKey, opts: { realisasi: boolean }): Promise<ProgressRow[]> {
  const settings = await pengaturan(core.db);
  const rows = await unitEvaluasiLines(core.db, tahun, unitIds, periode, opts);
  // Most SKP of a unit share their periode (the whole year): work out each distinct one once.
  const hasPeriode = new Map<string, boolean>();
  const covers = (p: UnitEvaluasiLine['periode']): boolean => {
    const key = `${p.mulai}|${p.selesai}`;
    let has = hasPeriode.get(key);
    if (has === undefined) {
      has = periodeEvaluasiOf(p, settings.periodeEvaluasi).some((x) => x.key === periode);
      hasPeriode.set(key, has);
    }
    return has;
  };
  const lines = rows.filter((r) => covers(r.periode)).map((r): ProgressRow => ({
    pegawai: r.pegawai
      ? { pegawaiId: r.pegawai.id, nip: r.pegawai.nip, namaLengkap: formatNamaLengkap(r.pegawai), jabatanNama: r.jabatanNama }
      : { pegawaiId: r.pegawaiId, nip: '', namaLengkap: '', jabatanNama: '' },
    skpId: r.skpId,
    realisasi: r.realisasiStatus as ProgressRow['realisasi'],
    dinilai: r.predikat !== null,
    predikat: r.predikat,
    terkunci: r.terkunci,
  }));
  // One collator for the whole sort: localeCompare builds one per call.
  const byName = new Intl.Collator('id');
  return lines.sort((a, b) => byName.compare(a.pegawai.namaLengkap, b.pegawai.namaLengkap) || (a.skpId < b.skpId ? -1 : a.skpId > b.skpId ? 1 : 0));
}
