import { v7 } from 'uuid';
import { makeNip } from '../../shared/domain/nip.js';
import type { SyncRow } from '../../shared/sync-protocol.js';
import { hashPassword } from '../../server/auth/password.js';
import type { ServerDb } from '../../server/db/connect.js';
import { markTreesChanged } from '../../server/db/repos/head-repo.js';
import { insertJabatan } from '../../server/db/repos/jabatan-repo.js';
import { insertPegawai } from '../../server/db/repos/pegawai-repo.js';
import { maxSeq } from '../../server/db/repos/touch-repo.js';
import { insertUnit } from '../../server/db/repos/unit-repo.js';
import { insertUser } from '../../server/db/repos/user-repo.js';
import { createInstansi } from '../../server/services/create-instansi.js';
import { withKey } from './keys.js';

export const PASSWORD = 'rahasia123';
let hash: Promise<string> | null = null;
export function passwordHash(): Promise<string> {
  hash ??= hashPassword(PASSWORD);
  return hash;
}

let counter = 0;
/** A valid PNS NIP, unique within the test process (enrollment finds accounts by NIP alone). */
export function nextNip(): string {
  counter += 1;
  const day = 1 + (Math.floor(counter / 999) % 28);
  return makeNip({ birthDate: `1985-03-${String(day).padStart(2, '0')}`, tmtCpns: '2010-01', sex: 'L', sequence: (counter % 999) + 1 });
}

export function pegawaiRow(unitId: string, jabatanId: string | null, over: Partial<SyncRow<'pegawai'>> = {}): SyncRow<'pegawai'> {
  return { id: v7(), nip: nextNip(), gelarDepan: '', nama: `Pegawai ${counter}`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId, unitId, tmtMulai: null, tmtSelesai: null, ...over };
}

/**
 * A small instansi: root R with children A (and A1 under it) and B; jabatan kadis (R) → kabidA (A)
 * → stafA1 (A1), and kabidB (B) under kadis; one holder per jabatan; accounts: admin at R,
 * operators at A and B, a pegawai-only account at A.
 */
export type Org = Awaited<ReturnType<typeof seedOrg>>;

export async function seedOrg(db: ServerDb, tag = v7().slice(-8)) {
  const hashValue = await passwordHash();
  const meta = { now: new Date('2025-01-06T08:00:00Z'), deviceId: null };
  const instansi: SyncRow<'instansi'> = { id: v7(), kode: `INST-${tag}`, nama: `Instansi ${tag}`, isDemo: false };
  const unit = (kode: string, parentId: string | null): SyncRow<'unit_kerja'> => ({ id: v7(), instansiId: instansi.id, parentId, kode: `${tag}-${kode}`, nama: `Unit ${kode}` });
  const root = unit('01', null);
  const a = unit('01.01', root.id);
  const a1 = unit('01.01.01', a.id);
  const b = unit('01.02', root.id);
  const jab = (kode: string, unitId: string, atasanJabatanId: string | null): SyncRow<'jabatan'> => ({ id: v7(), unitId, kode: `${tag}-${kode}`, nama: `Jabatan ${kode}`, jenis: 'pelaksana', atasanJabatanId, kelas: 7 });
  const kadis = jab('KADIS', root.id, null);
  const kabidA = jab('KABID-A', a.id, kadis.id);
  const stafA1 = jab('STAF-A1', a1.id, kabidA.id);
  const kabidB = jab('KABID-B', b.id, kadis.id);
  const user = (unitId: string, roles: SyncRow<'user'>['roles']): Promise<SyncRow<'user'>> =>
    withKey({ id: v7(), nip: nextNip(), nama: `Akun ${roles.join('+')}`, roles, unitId, pegawaiId: null, aktif: true, passwordHash: hashValue }, PASSWORD);
  const admin = await user(root.id, ['admin', 'operator']);
  const operatorA = await user(a.id, ['operator']);
  const operatorB = await user(b.id, ['operator']);
  const pegawaiOnlyA = await user(a.id, ['pegawai']);
  const holders = {
    kadis: pegawaiRow(root.id, kadis.id),
    kabidA: pegawaiRow(a.id, kabidA.id),
    stafA1: pegawaiRow(a1.id, stafA1.id),
    kabidB: pegawaiRow(b.id, kabidB.id),
  };

  await db.transaction().execute(async (trx) => {
    await createInstansi(trx, { instansi, unit: root, user: admin, pegawai: null }, meta);
    const seqs: string[] = [];
    for (const u of [a, a1, b]) seqs.push((await insertUnit(trx, u, meta)).seq);
    for (const j of [kadis, kabidA, stafA1, kabidB]) seqs.push((await insertJabatan(trx, instansi.id, j, meta)).seq);
    for (const p of Object.values(holders)) seqs.push((await insertPegawai(trx, instansi.id, p, meta)).seq);
    for (const u of [operatorA, operatorB, pegawaiOnlyA]) seqs.push((await insertUser(trx, instansi.id, u, meta)).seq);
    await markTreesChanged(trx, instansi.id, maxSeq(seqs) ?? '0', { org: true, jabatan: true });
  });
  return { instansi, units: { root, a, a1, b }, jabatan: { kadis, kabidA, stafA1, kabidB }, pegawai: holders, users: { admin, operatorA, operatorB, pegawaiOnlyA } };
}
