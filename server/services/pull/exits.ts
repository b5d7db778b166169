import type { PulledChange } from '../../../shared/sync-protocol.js';
import { pegawaiPlaces } from '../../db/repos/pegawai-repo.js';
import type { ScopeExit } from '../../db/repos/scope-exit-repo.js';
import type { Db } from '../../db/repos/types.js';
import { userUnits } from '../../db/repos/user-repo.js';
import type { JabatanGraph } from '../org-trees.js';
import type { PullScope } from './scope.js';
import { wireRow, type Closure } from './closure.js';

/**
 * Turns exits into removals (`row: null`) for rows the device no longer sees; an exit of a row
 * that is still (or again) in scope is dropped, its row comes with its own seq. Version 0 marks
 * "no row here any more".
 */
export async function exitsToRemovals(
  db: Db,
  instansiId: string,
  exits: readonly ScopeExit[],
  scope: PullScope,
  graph: JabatanGraph,
  closure: Closure,
): Promise<Map<string, PulledChange | null>> {
  const ids = (entity: ScopeExit['entity']): string[] => exits.filter((e) => e.entity === entity).map((e) => e.entityId);
  const pegawai = new Map((await pegawaiPlaces(db, instansiId, ids('pegawai'))).map((p) => [p.id, p]));
  const users = new Map((await userUnits(db, instansiId, ids('user'))).map((u) => [u.id, u]));
  const seesUnit = (id: string | undefined): boolean => id !== undefined && (scope.writableUnits.has(id) || scope.ancestorUnits.has(id));
  // The graph is current, so a jabatan's place is read from it rather than from the exit.
  const seesJabatan = (id: string): boolean => scope.chainJabatan.has(id) || scope.writableUnits.has(graph.byId.get(id)?.unitId ?? '');

  const stillSeen = (e: ScopeExit): boolean => {
    switch (e.entity) {
      case 'unit_kerja':
        return seesUnit(e.entityId);
      case 'jabatan':
        return seesJabatan(e.entityId);
      case 'pegawai': {
        const p = pegawai.get(e.entityId);
        return p !== undefined && (scope.writableUnits.has(p.unitId) || (p.jabatanId !== null && scope.chainJabatan.has(p.jabatanId)));
      }
      case 'user':
        return scope.writableUnits.has(users.get(e.entityId)?.unitId ?? '');
      case 'instansi':
        return true;
      // SKP rows follow their pegawai's jabatan and unit, which an SKP never changes: no exits
      // are recorded for them (see server/README.md).
      case 'skp':
      case 'rhk':
      case 'skp_template':
        return true;
      // Evaluation rows hang off an SKP or keep the unit they were made in (fixed), so they never
      // leave a scope by themselves either: no exits are recorded for them.
      case 'pengaturan_kinerja':
      case 'penilai_override':
      case 'realisasi':
      case 'laporan_harian':
      case 'umpan_balik':
      case 'evaluasi':
      case 'predikat_organisasi':
        return true;
    }
  };

  const out = new Map<string, PulledChange | null>();
  for (const e of exits) {
    // A row that left the scope but is still named by a row in it stays, as a closure row.
    const extra = closure.rows.get(`${e.entity}:${e.entityId}`);
    if (stillSeen(e)) out.set(e.seq, null);
    else if (extra) out.set(e.seq, { entity: e.entity, id: e.entityId, version: extra.stored.version, seq: e.seq, row: wireRow(extra), readOnly: true, ...(extra.kind === 'closure' ? { closure: true } : {}) });
    else out.set(e.seq, { entity: e.entity, id: e.entityId, version: 0, seq: e.seq, row: null, readOnly: true });
  }
  return out;
}
