import { v7 } from 'uuid';
import { newSkp } from '../../shared/domain/skp/template.js';
import { transition, type SkpAction } from '../../shared/domain/skp/workflow.js';
import type { SyncRow } from '../../shared/sync-protocol.js';
import type { ServerDb } from '../../server/db/connect.js';
import { markTreesChanged } from '../../server/db/repos/head-repo.js';
import { insertUser } from '../../server/db/repos/user-repo.js';
import { nextNip, PASSWORD, passwordHash, type Org } from './fixtures.js';
import { withKey } from './keys.js';

export const PERIODE = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
export const NOW = '2025-02-03T09:00:00.000+07:00';

type Skp = SyncRow<'skp'>;
type Rhk = SyncRow<'rhk'>;

export function skpRow(pegawai: { id: string; jabatanId: string | null; unitId: string }, over: Partial<Skp> = {}): Skp {
  const fields = { id: v7(), pegawaiId: pegawai.id, jabatanId: pegawai.jabatanId ?? '', unitId: pegawai.unitId, periode: PERIODE, pendekatan: 'kuantitatif' as const };
  return { ...newSkp(fields), ...over };
}

export function rhkRow(skpId: string, over: Partial<Rhk> = {}): Rhk {
  return {
    id: v7(),
    skpId,
    jenis: 'utama',
    urutan: 1,
    teks: 'Tersusunnya laporan kinerja',
    intervensiRhkId: null,
    jenisIntervensi: null,
    intervensiPerjanjianKinerja: null,
    perspektif: null,
    returnNote: null,
    asalRhkId: null,
    indikator: [{ id: v7(), aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }],
    ...over,
  };
}

/** The row a desk would push after a workflow step, made by the shared rule itself. */
export function stepped(skp: Skp, action: SkpAction, userId: string, pegawaiId: string | null, rhk: Rhk[], penilaiPegawaiIds: string[]): Skp {
  const r = transition(skp, action, { userId, pegawaiId, roles: ['pegawai'], delegasi: null }, { penilaiPegawaiIds, inActorScope: false, now: NOW, rhk, isPuncak: false, newerVersionExists: false });
  if (!r.ok) throw new Error(r.message);
  return r.next;
}

/** Accounts for the holders of kabidA and stafA1, and an operator of unit A1 (for a device there). */
export async function seedSkpAccounts(db: ServerDb, org: Org) {
  const hash = await passwordHash();
  const meta = { now: new Date('2025-01-06T08:00:00Z'), deviceId: null };
  const account = (unitId: string, pegawaiId: string | null, roles: SyncRow<'user'>['roles']): Promise<SyncRow<'user'>> =>
    withKey({ id: v7(), nip: nextNip(), nama: `Akun ${roles.join('+')}`, roles, unitId, pegawaiId, aktif: true, passwordHash: hash }, PASSWORD);
  const kabidA = await account(org.units.a.id, org.pegawai.kabidA.id, ['pegawai']);
  const stafA1 = await account(org.units.a1.id, org.pegawai.stafA1.id, ['pegawai']);
  const operatorA1 = await account(org.units.a1.id, null, ['operator']);
  await db.transaction().execute(async (trx) => {
    let last = '0';
    for (const u of [kabidA, stafA1, operatorA1]) last = (await insertUser(trx, org.instansi.id, u, meta)).seq;
    await markTreesChanged(trx, org.instansi.id, last, { org: true });
  });
  return { kabidA, stafA1, operatorA1 };
}
