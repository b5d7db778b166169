import type { Role, UnitKerja, UserAccount } from '../../../shared/entities.js';
import { AppFailure } from '../../../shared/result.js';
import type { Signer } from './signing-keys.js';

/** The signed-in caller as authorization sees it: account, roles and the units in reach. */
export type Actor = {
  user: UserAccount;
  /** Every unit in the subtree rooted at the account's unit (inclusive). */
  scopeUnitIds: Set<string>;
  /** The session's unwrapped signing key; null when the account has none on this desk (its edits are refused by the server). */
  signer?: Signer | null;
  /**
   * The account's current key is provisional (an admin set the password) or missing: until its
   * owner changes the password, the dispatcher answers only the password change (see contract
   * PASSWORD_CHANGE_CHANNELS).
   */
  mustChangePassword?: boolean;
};

/** The units under `rootId`, inclusive, walking the parent links. */
export function unitSubtree(units: readonly UnitKerja[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.user.roles.includes(r));
}

/** Throws FORBIDDEN unless the actor holds one of the roles. */
export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw new AppFailure('FORBIDDEN');
}

/** Throws FORBIDDEN unless the unit is inside the actor's subtree. */
export function requireUnitInScope(actor: Actor, unitId: string): void {
  if (!actor.scopeUnitIds.has(unitId)) {
    throw new AppFailure('FORBIDDEN', 'Unit kerja ini berada di luar wewenang akun Anda.');
  }
}

/** Org data may be changed by operators and admins, only inside their subtree. */
export function requireOrgWrite(actor: Actor, unitId: string): void {
  requireRole(actor, 'operator', 'admin');
  requireUnitInScope(actor, unitId);
}
