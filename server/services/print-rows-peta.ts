/**
 * The rows a printed peta cascading is built from, read from the central database for the verify
 * route: the unit and its sub-units, their live jabatan, the holders in post today, the year's SKP
 * of those jabatan (newest version only), their RHK and the texts of intervened RHK outside the
 * map. Which rows count and how they are ordered is shared with the desk's print
 * (shared/print/peta-source.ts), so both reach the same hash from the same rows.
 */
import type { PetaSource } from '../../shared/print/peta-document.js';
import { newestVersions, outsideIntervenedIds, petaSourceFrom } from '../../shared/print/peta-source.js';
import { findInstansi } from '../db/repos/instansi-repo.js';
import { rhkByIds, rhkOfSkpMany, skpOfJabatanInYear } from '../db/repos/skp-repo.js';
import type { Db } from '../db/repos/types.js';
import { unitLinks } from '../db/repos/unit-repo.js';
import { UnitTree } from './org-trees.js';

/**
 * Holders of `jabatanIds` still in post on `today`: the desk's rule (activeHolders in
 * electron/core/db/repositories/peta-repo.ts), no end date or one not yet passed.
 */
async function activeHolders(db: Db, instansiId: string, jabatanIds: readonly string[], today: string) {
  if (jabatanIds.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .select(['id', 'jabatanId', 'nip', 'gelarDepan', 'nama', 'gelarBelakang'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('jabatanId', '=', eb.fn.any(eb.val([...jabatanIds]))))
    .where((eb) => eb.or([eb('tmtSelesai', 'is', null), eb('tmtSelesai', '>=', today)]))
    .execute();
}

/**
 * Null when the instansi holds no live unit with this id.
 *
 * @example
 * const source = await petaSourceFor(db, instansiId, unitId, 2025, '2025-04-02');
 * const now = source && petaDocumentData(source);
 */
export async function petaSourceFor(db: Db, instansiId: string, unitId: string, tahun: number, today: string): Promise<PetaSource | null> {
  const unit = await db.selectFrom('unitKerja').select(['id', 'nama']).where('instansiId', '=', instansiId).where('id', '=', unitId).where('deleted', '=', false).executeTakeFirst();
  if (!unit) return null;
  const unitIds = [...new UnitTree(await unitLinks(db, instansiId)).subtree(unitId)];
  const jabatan = await db
    .selectFrom('jabatan')
    .select(['id', 'kode', 'nama', 'atasanJabatanId'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb('unitId', '=', eb.fn.any(eb.val(unitIds))))
    .execute();
  const jabatanIds = jabatan.map((j) => j.id);
  const holders = await activeHolders(db, instansiId, jabatanIds, today);
  const skp = newestVersions((await skpOfJabatanInYear(db, instansiId, tahun, jabatanIds)).map((s) => s.row));
  const rhk = (await rhkOfSkpMany(db, instansiId, skp.map((s) => s.id))).map((r) => r.row);
  const rhkLuar = (await rhkByIds(db, instansiId, outsideIntervenedIds(rhk))).map((r) => r.row);
  const instansi = await findInstansi(db, instansiId);
  return petaSourceFrom({ tahun, unit, instansiNama: instansi?.row.nama ?? '', jabatan, holders, skp, rhk, rhkLuar });
}
