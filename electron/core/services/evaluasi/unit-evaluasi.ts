/**
 * What the unit-wide evaluation views (kurva, progress) share: who may open them, and one line per
 * approved SKP of the unit(s) for a year and period with its realisasi and evaluasi, read in a few
 * queries however large the unit.
 */
import type { CoreContext } from '../../context.js';
import { requireUnitInScope, type Actor } from '../../auth/actor.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import { periodeEvaluasiOf } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import type { ProgressRow } from '../../../../shared/entities-evaluasi.js';
import { approvedSkpHeads, evaluasiHeads, peopleByIds, realisasiStatusAt, type EvaluasiHead } from '../../db/repositories/evaluasi-query-repo.js';
import { personRef } from '../skp/detail.js';
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
 * const lines = await unitLines(core, [unitId], 2025, 'TAHUNAN');
 * lines.filter((l) => l.predikat === null).length; // not rated yet
 */
export async function unitLines(core: CoreContext, unitIds: readonly string[], tahun: number, periode: PeriodeKey): Promise<ProgressRow[]> {
  const settings = await pengaturan(core.db);
  const skp = (await approvedSkpHeads(core.db, tahun, unitIds)).filter((s) => periodeEvaluasiOf(s.periode, settings.periodeEvaluasi).some((p) => p.key === periode));
  const ids = skp.map((s) => s.id);
  const [realisasi, evaluasi, people] = await Promise.all([
    realisasiStatusAt(core.db, ids, periode),
    // Every period's evaluasi: a locked annual evaluation locks the periodic ones too.
    evaluasiHeads(core.db, ids),
    peopleByIds(core.db, skp.map((s) => s.pegawaiId)),
  ]);
  const evBySkp = new Map<string, EvaluasiHead[]>();
  for (const e of evaluasi) {
    const list = evBySkp.get(e.skpId);
    if (list) list.push(e);
    else evBySkp.set(e.skpId, [e]);
  }
  const lines = skp.map((s): ProgressRow & { nama: string } => {
    const p = people.get(s.pegawaiId);
    const evs = evBySkp.get(s.id) ?? [];
    const e = evs.find((x) => x.periode === periode);
    return {
      nama: p ? formatNamaLengkap(p) : '',
      pegawai: p ? personRef(p, p.jabatanNama) : { pegawaiId: s.pegawaiId, nip: '', namaLengkap: '', jabatanNama: '' },
      skpId: s.id,
      realisasi: (realisasi.get(s.id) ?? null) as ProgressRow['realisasi'],
      dinilai: e?.predikat != null,
      predikat: e?.predikat ?? null,
      terkunci: periodeLocked(periode, evs),
    };
  });
  // One collator for the whole sort: localeCompare builds one per call.
  const byName = new Intl.Collator('id');
  lines.sort((a, b) => byName.compare(a.nama, b.nama) || (a.skpId < b.skpId ? -1 : a.skpId > b.skpId ? 1 : 0));
  return lines.map(({ nama: _nama, ...rest }) => rest);
}
