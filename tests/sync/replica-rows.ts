/**
 * Reads the synced rows of one instansi from the server in the shape the desk's
 * `readLocalRows` gives (the wire shape of shared/sync-protocol), so tests can say "desk equals server".
 */
import type { ServerDb } from '../../server/db/connect.js';
import { syncRowSchemas, type SyncEntity } from '../../shared/sync-protocol.js';
import { ownColumns } from '../../server/db/repos/skp-repo.js';
import { EVALUASI_ENTITIES, EVALUASI_STORAGE, EVALUASI_SYNC_ROWS, type EvaluasiEntity } from '../../shared/sync-rows-evaluasi.js';

export type Rows = Record<SyncEntity, unknown[]>;

/** The wire row of a server row: its own columns without the sync bookkeeping. */
function wire<R extends Parameters<typeof ownColumns>[0] & { diubahPada?: string }>(entity: 'skp' | 'rhk' | 'skp_template', r: R): { id: string } {
  const { diubahPada, ...row } = ownColumns(r);
  return syncRowSchemas[entity].parse(diubahPada === undefined ? row : { ...row, updatedAt: diubahPada });
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function serverRows(db: ServerDb, instansiId: string): Promise<Rows> {
  const instansi = await db.selectFrom('instansi').select(['id', 'kode', 'nama', 'isDemo']).where('id', '=', instansiId).where('deleted', '=', false).execute();
  const units = await db.selectFrom('unitKerja').select(['id', 'instansiId', 'parentId', 'kode', 'nama']).where('instansiId', '=', instansiId).where('deleted', '=', false).execute();
  const jabatan = await db
    .selectFrom('jabatan')
    .select(['id', 'unitId', 'kode', 'nama', 'jenis', 'atasanJabatanId', 'kelas'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .execute();
  const pegawai = await db
    .selectFrom('pegawai')
    .select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'jabatanId', 'unitId', 'tmtMulai', 'tmtSelesai'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .execute();
  const users = await db
    .selectFrom('user')
    .select(['id', 'nip', 'nama', 'roles', 'unitId', 'pegawaiId', 'aktif', 'passwordHash', 'signingKeys', 'wrappedKey'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .execute();
  const live = async (entity: 'skp' | 'rhk' | 'skp_template', table: 'skp' | 'rhk' | 'skpTemplate') =>
    (await db.selectFrom(table).selectAll().where('instansiId', '=', instansiId).where('deleted', '=', false).execute()).map((r) => wire(entity, r)).sort(byId);
  // Evaluation rows: the wire row is the stored `data`.
  const doc = async (entity: EvaluasiEntity): Promise<{ id: string }[]> =>
    (await db.selectFrom(EVALUASI_STORAGE[entity].table).select('data').where('instansiId', '=', instansiId).where('deleted', '=', false).execute())
      .map((r) => EVALUASI_SYNC_ROWS[entity].parse(r.data))
      .sort(byId);
  const docs = Object.fromEntries(await Promise.all(EVALUASI_ENTITIES.map(async (e) => [e, await doc(e)] as const)));
  return {
    ...(docs as Record<EvaluasiEntity, unknown[]>),
    instansi: instansi.sort(byId),
    unit_kerja: units.sort(byId),
    jabatan: jabatan.sort(byId),
    pegawai: pegawai.sort(byId),
    user: users.sort(byId),
    skp: await live('skp', 'skp'),
    rhk: await live('rhk', 'rhk'),
    skp_template: await live('skp_template', 'skpTemplate'),
  };
}
