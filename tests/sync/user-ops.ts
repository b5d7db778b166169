/**
 * Random account work: new accounts (a small NIP pool shared by the desks, so two desks create the
 * same NIP), and accounts deactivated or activated again. The accounts that enrolled a desk stay
 * active: their device is the desk's only way to the server.
 */
import fc from 'fast-check';
import type { ArgsOf } from '../../shared/contract.js';
import type { ActingDesk } from './actors.js';
import { pick, poolNip } from './ops.js';
import { WORLD_PASSWORD } from './world.js';

export type UserOp = { type: 'newUser'; nip: number; unit: number; roles: number } | { type: 'setAktif'; pick: number; aktif: boolean };

const n = fc.nat(50);
export const userOpArb: fc.Arbitrary<UserOp> = fc.oneof(
  fc.record({ type: fc.constant('newUser' as const), nip: fc.nat(7), unit: n, roles: fc.nat(2) }),
  fc.record({ type: fc.constant('setAktif' as const), pick: n, aktif: fc.boolean() }),
);

const ROLES: ArgsOf<'users/save'>['roles'][] = [['pegawai'], ['operator'], ['pegawai', 'admin']];

export async function applyUserOp(a: ActingDesk, run: number, op: UserOp, enrollers: ReadonlySet<string>): Promise<void> {
  if (op.type === 'newUser') {
    const units = await a.call('org/units', {});
    const u = units?.ok ? pick(units.value, op.unit) : undefined;
    if (u) await a.call('users/save', { nip: poolNip(run, op.nip), nama: `Akun ${op.nip} (${a.desk.name})`, roles: ROLES[op.roles] ?? ['pegawai'], unitId: u.id, aktif: true, password: WORLD_PASSWORD });
    return;
  }
  const listed = await a.call('users/list', { limit: 500 });
  const u = listed?.ok ? pick(listed.value.rows.filter((x) => !enrollers.has(x.nip)), op.pick) : undefined;
  if (u) await a.call('users/save', { id: u.id, nip: u.nip, nama: u.nama, roles: u.roles, unitId: u.unitId, aktif: op.aktif });
}
