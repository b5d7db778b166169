import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { toStoredRhk } from '../db/repositories/rhk-repo.js';
import { toStoredSkp } from '../db/repositories/skp-repo.js';
import type { Side } from './merge-plan.js';
import { allDocs } from '../db/repositories/evaluasi-doc-repo.js';
import { EVALUASI_ENTITIES } from '../../../shared/sync-rows-evaluasi.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every synced row of the local replica in the wire shape (shared/sync-protocol), sorted by id. */
export async function readLocalRows(db: Kysely<Database>): Promise<Side> {
  const instansi = (await db.selectFrom('instansi').select(['id', 'kode', 'nama', 'isDemo']).execute()).map((r) => ({ ...r, isDemo: r.isDemo === 1 }));
  const units = await db.selectFrom('unitKerja').select(['id', 'instansiId', 'parentId', 'kode', 'nama']).execute();
  const jabatan = await db.selectFrom('jabatan').select(['id', 'unitId', 'kode', 'nama', 'jenis', 'atasanJabatanId', 'kelas']).execute();
  const pegawai = await db.selectFrom('pegawai').select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'jabatanId', 'unitId', 'tmtMulai', 'tmtSelesai']).execute();
  const users = (await db.selectFrom('user').select(['id', 'nip', 'nama', 'roles', 'unitId', 'pegawaiId', 'aktif', 'passwordHash', 'signingKeys', 'wrappedKey']).execute()).map((u) => ({
    ...u,
    roles: JSON.parse(u.roles) as unknown,
    aktif: u.aktif === 1,
    // A stub (scope closure) is stored with an empty hash; on the wire it has none.
    passwordHash: u.passwordHash === '' ? null : u.passwordHash,
    signingKeys: JSON.parse(u.signingKeys) as unknown,
    wrappedKey: u.wrappedKey === null ? null : (JSON.parse(u.wrappedKey) as unknown),
  }));
  const skp = (await db.selectFrom('skp').selectAll().execute()).map((r) => toStoredSkp(r).skp);
  const rhk = (await db.selectFrom('rhk').selectAll().execute()).map((r) => toStoredRhk(r).rhk);
  const templates = (await db.selectFrom('skpTemplate').select(['id', 'jabatanId', 'pendekatan', 'rhk', 'lampiran', 'updatedAt']).execute()).map((t) => ({
    ...t,
    rhk: JSON.parse(t.rhk) as unknown,
    lampiran: JSON.parse(t.lampiran) as unknown,
  }));
  const docs = Object.fromEntries(await Promise.all(EVALUASI_ENTITIES.map(async (e) => [e, (await allDocs(db, e)).sort(byId)] as const)));
  return {
    ...(docs as unknown as Pick<Side, (typeof EVALUASI_ENTITIES)[number]>),
    instansi: instansi.sort(byId),
    unit_kerja: units.sort(byId),
    jabatan: jabatan.sort(byId),
    pegawai: pegawai.sort(byId),
    user: users.sort(byId),
    skp: skp.sort(byId),
    rhk: rhk.sort(byId),
    skp_template: templates.sort(byId),
  };
}
