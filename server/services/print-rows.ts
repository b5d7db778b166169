/**
 * The rows an SKP's printed form is built from, read from the central database for the verify
 * route: the SKP and its live RHK, the pegawai and jabatan it names, unit and account names, and
 * the atasan RHK texts. Handed to the shared builder (shared/print/skp-source.ts) the desk's
 * print follows, so both reach the same hash from the same rows.
 */
import type { JenisJabatan } from '../../shared/domain/jabatan.js';
import type { SkpRows, PegawaiBaris, JabatanBaris } from '../../shared/print/skp-source.js';
import { findInstansi } from '../db/repos/instansi-repo.js';
import { rhkByIds, rhkOfSkp, findSkp } from '../db/repos/skp-repo.js';
import type { Db } from '../db/repos/types.js';

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];

async function jabatanOf(db: Db, instansiId: string, ids: readonly string[]): Promise<Map<string, JabatanBaris>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('jabatan')
    .select(['id', 'nama', 'jenis', 'atasanJabatanId'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val(unique(ids)))))
    .execute();
  // jenis holds only JenisJabatan values (checked by the push's wire schema).
  return new Map(rows.map((r) => [r.id, { id: r.id, nama: r.nama, jenis: r.jenis as JenisJabatan, atasanJabatanId: r.atasanJabatanId }]));
}

/** Null when the instansi holds no live SKP with this id. */
export async function skpRowsFor(db: Db, instansiId: string, skpId: string, today: string): Promise<SkpRows | null> {
  const stored = await findSkp(db, instansiId, skpId);
  if (!stored || stored.deleted) return null;
  const skp = stored.row;
  const rhk = (await rhkOfSkp(db, instansiId, skpId)).map((s) => s.row);
  const own = await jabatanOf(db, instansiId, [skp.jabatanId]);
  const atasanId = own.get(skp.jabatanId)?.atasanJabatanId ?? null;
  const snap = skp.penilai;
  const jabatan = await jabatanOf(db, instansiId, [skp.jabatanId, ...(atasanId ? [atasanId] : []), ...(snap?.penilaiJabatanId ? [snap.penilaiJabatanId] : [])]);
  const ids = [skp.pegawaiId, ...(snap?.penilaiPegawaiId ? [snap.penilaiPegawaiId] : []), ...skp.riwayat.flatMap((e) => (e.delegasi ? [e.delegasi.penilaiPegawaiId] : []))];
  const people = await db
    .selectFrom('pegawai')
    .select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'golongan', 'jabatanId', 'unitId', 'tmtSelesai'])
    .where('instansiId', '=', instansiId)
    .where('deleted', '=', false)
    .where((eb) => eb.or([eb('id', '=', eb.fn.any(eb.val(unique(ids)))), ...(atasanId && !snap ? [eb('jabatanId', '=', atasanId)] : [])]))
    .execute();
  const pegawai = new Map<string, PegawaiBaris>(people.map((p) => [p.id, p]));
  const unitIds = unique([skp.unitId, ...people.map((p) => p.unitId)]);
  const units = await db.selectFrom('unitKerja').select(['id', 'nama']).where('instansiId', '=', instansiId).where((eb) => eb('id', '=', eb.fn.any(eb.val(unitIds)))).execute();
  const userIds = unique(skp.riwayat.map((e) => e.actorUserId));
  const users = userIds.length ? await db.selectFrom('user').select(['id', 'nama']).where('instansiId', '=', instansiId).where((eb) => eb('id', '=', eb.fn.any(eb.val(userIds)))).execute() : [];
  const atasanRhk = await rhkByIds(db, instansiId, rhk.flatMap((r) => (r.intervensiRhkId ? [r.intervensiRhkId] : [])));
  const instansi = await findInstansi(db, instansiId);
  return {
    skp,
    rhk,
    instansiNama: instansi?.row.nama ?? '',
    pegawai,
    jabatan,
    unitNama: new Map(units.map((u) => [u.id, u.nama])),
    userNama: new Map(users.map((u) => [u.id, u.nama])),
    atasanRhkTeks: new Map(atasanRhk.map((r) => [r.row.id, r.row.teks])),
    today,
  };
}
