/**
 * Who acts on a desk: one of the accounts the desk holds (every account of a run shares one
 * password). A step names an account by index, or asks for the account with the right role for
 * the action (the SKP owner, the pejabat penilai), so most actions pass and some are refused.
 */
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import type { Result } from '../../shared/result.js';
import type { Desk } from './desk.js';
import { WORLD_PASSWORD } from './world.js';

export type Account = { id: string; nip: string; roles: string[]; unitId: string; pegawaiId: string | null };

export type ActingDesk = {
  desk: Desk;
  nip: string;
  /** Null when the account cannot sign in on this desk (any more). */
  call<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<Result<ResultOf<C>> | null>;
};

export function actingAs(desk: Desk, nip: string): ActingDesk {
  return { desk, nip, call: (channel, args) => desk.callAs(nip, WORLD_PASSWORD, channel, args) };
}

/** The active accounts on the desk, in a stable order. */
export async function accountsOn(desk: Desk): Promise<Account[]> {
  const rows = await desk.core.context.db.selectFrom('user').select(['id', 'nip', 'roles', 'unitId', 'pegawaiId']).where('aktif', '=', 1).orderBy('nip').execute();
  return rows.map((r) => ({ ...r, roles: JSON.parse(r.roles) as string[] }));
}

export async function actorByIndex(desk: Desk, i: number): Promise<ActingDesk | null> {
  const all = await accountsOn(desk);
  const a = all.length === 0 ? undefined : all[i % all.length];
  return a ? actingAs(desk, a.nip) : null;
}

/** The desk's account linked to one of these pegawai, if any. */
export async function accountOfPegawai(desk: Desk, pegawaiIds: readonly string[]): Promise<ActingDesk | null> {
  const a = (await accountsOn(desk)).find((x) => x.pegawaiId !== null && pegawaiIds.includes(x.pegawaiId));
  return a ? actingAs(desk, a.nip) : null;
}
