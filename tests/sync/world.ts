/**
 * The organisation every property run starts from, made by the top admin on desk 0 through the
 * contract: a top unit, Bidang 1 with a Sub-bidang below it, Bidang 2 beside it; an atasan chain
 * across units; a pegawai of Bidang 1 holding a jabatan of Bidang 2 (a reference out of a
 * sub-unit desk's scope); an account for every pegawai, an admin-operator of Bidang 1 and an
 * operator of the Sub-bidang (who enrol the partial-scope desks); approved SKP down the Bidang 1
 * chain (world-skp.ts) so runs reach the evaluation stage.
 */
import { makeNip } from '../../shared/domain/nip.js';
import type { ArgsOf, ResultOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { Desk } from './desk.js';
import { approvedSkpChain } from './world-skp.js';

export const WORLD_PASSWORD = 'rahasia-dunia-uji-1';
/** The password the admin sets; each person then picks their own (a key from an admin-set password is provisional). */
const INITIAL_PASSWORD = 'dari-admin-uji-1';

export type World = {
  adminNip: string;
  /** NIP of the Bidang 1 admin-operator (enrols desk 1) and of the Sub-bidang operator (desk 2). */
  op1Nip: string;
  op1aNip: string;
  units: { root: string; u1: string; u1a: string; u2: string };
};

function ok<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`world: ${what}: ${r.error.message}`);
  return r.value;
}

/** NIPs of the world's people, unique per run (the sequence carries the run number). */
export function worldNip(run: number, i: number): string {
  return makeNip({ birthDate: `1970-0${1 + (i % 9)}-2${i % 8}`, tmtCpns: '1998-04', sex: i % 2 === 0 ? 'P' : 'L', sequence: 1 + ((run * 16 + i) % 999) });
}

/** The admin makes the account; its owner signs in once and chooses their own password. */
async function account(d: Desk, a: Pick<ArgsOf<'users/save'>, 'nip' | 'nama' | 'roles' | 'unitId'>): Promise<void> {
  ok(await d.call('users/save', { ...a, aktif: true, password: INITIAL_PASSWORD }), `account ${a.nip}`);
  const session = ok(await d.core.invoke('auth/signIn', { nip: a.nip, password: INITIAL_PASSWORD }, null), `sign-in ${a.nip}`) as ResultOf<'auth/signIn'>;
  ok(await d.core.invoke('auth/changePassword', { oldPassword: INITIAL_PASSWORD, newPassword: WORLD_PASSWORD }, session.token), `password ${a.nip}`);
}

export async function buildWorld(d: Desk, run: number, adminNip: string): Promise<World> {
  const root = ok(await d.call('org/units', {}), 'units')[0];
  if (!root) throw new Error('world: no top unit');
  const unit = async (parentId: string, kode: string, nama: string) => ok(await d.call('org/unitSave', { parentId, kode: `R${run}-${kode}`, nama }), kode).id;
  const u1 = await unit(root.id, 'B1', 'Bidang 1');
  const u1a = await unit(u1, 'B1A', 'Sub-bidang 1A');
  const u2 = await unit(root.id, 'B2', 'Bidang 2');
  const jabatan = async (unitId: string, kode: string, jenis: ArgsOf<'org/jabatanSave'>['jenis'], atasan: string | null) =>
    ok(await d.call('org/jabatanSave', { unitId, kode: `R${run}-${kode}`, nama: `Jabatan ${kode}`, jenis, atasanJabatanId: atasan, kelas: 9 }), kode).id;
  const kadis = await jabatan(root.id, 'KADIS', 'jpt_pratama', null);
  const kabid1 = await jabatan(u1, 'KABID1', 'administrator', kadis);
  const kabid2 = await jabatan(u2, 'KABID2', 'administrator', kadis);
  const sub1 = await jabatan(u1a, 'ANALIS1A', 'pelaksana', kabid1);
  const staf2 = await jabatan(u2, 'STAF2', 'pelaksana', kabid2);

  const people: { unit: string; jabatan: string; roles: ArgsOf<'users/save'>['roles'] }[] = [
    { unit: root.id, jabatan: kadis, roles: ['pegawai'] },
    { unit: u1, jabatan: kabid1, roles: ['pegawai'] },
    { unit: u2, jabatan: kabid2, roles: ['pegawai'] },
    { unit: u1a, jabatan: sub1, roles: ['pegawai'] },
    { unit: u2, jabatan: staf2, roles: ['pegawai'] },
    // Works in Bidang 1, holds Bidang 2's jabatan: desk 1 must still receive that jabatan.
    { unit: u1, jabatan: staf2, roles: ['pegawai'] },
  ];
  const persons: { nip: string; pegawaiId: string }[] = [];
  for (const [i, p] of people.entries()) {
    const nip = worldNip(run, i);
    const saved: ResultOf<'pegawai/save'> = ok(
      await d.call('pegawai/save', { nip, gelarDepan: '', nama: `Orang ${i}`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId: p.jabatan, unitId: p.unit, tmtMulai: null, tmtSelesai: null }),
      `pegawai ${i}`,
    );
    await account(d, { nip: saved.nip, nama: saved.nama, roles: p.roles, unitId: p.unit });
    persons.push({ nip: saved.nip, pegawaiId: saved.id });
  }
  // The Kadis, the Bidang 1 head and the Sub-bidang analyst start with approved SKP (evaluation).
  const [kadis0, kabid1p, , sub1p] = persons;
  if (kadis0 && kabid1p && sub1p) await approvedSkpChain(d, WORLD_PASSWORD, kadis0, kabid1p, sub1p);
  const op1Nip = worldNip(run, 8);
  const op1aNip = worldNip(run, 9);
  await account(d, { nip: op1Nip, nama: 'Operator Bidang 1', roles: ['operator', 'admin'], unitId: u1 });
  await account(d, { nip: op1aNip, nama: 'Operator Sub-bidang', roles: ['operator'], unitId: u1a });
  return { adminNip, op1Nip, op1aNip, units: { root: root.id, u1, u1a, u2 } };
}
