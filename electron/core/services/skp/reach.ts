/** How far unit-wide SKP views (lists, readiness board, peta cascading) reach for one caller. */
import type { CoreContext } from '../../context.js';
import type { Jabatan } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { requireUnitInScope, unitSubtree, type Actor } from '../../auth/actor.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { meOf } from './access.js';

/** The actor's unit scope, or the subtree of `unitId` inside it (FORBIDDEN when outside). */
export async function unitsUnder(core: CoreContext, actor: Actor, unitId: string | undefined): Promise<string[]> {
  if (!unitId) return [...actor.scopeUnitIds];
  requireUnitInScope(actor, unitId);
  return [...unitSubtree(await listUnits(core.db), unitId)].filter((id) => actor.scopeUnitIds.has(id));
}

/**
 * Jabatan a board may show: operators/admins every jabatan of their unit scope; an atasan their own
 * jabatan and everything below it in the tree (the head of the unit sees the whole unit). Order: kode.
 */
export async function jabatanInReach(core: CoreContext, actor: Actor, unitId: string | undefined): Promise<Jabatan[]> {
  const all = await listJabatan(core.db);
  const units = new Set(await unitsUnder(core, actor, unitId));
  if (isOperator(actor.user.roles)) return all.filter((j) => units.has(j.unitId));
  const me = await meOf(core.db, actor);
  if (!me.jabatanId) throw new AppFailure('FORBIDDEN', 'Akun Anda tidak terhubung dengan jabatan.');
  const children = new Map<string, string[]>();
  for (const j of all) if (j.atasanJabatanId) children.set(j.atasanJabatanId, [...(children.get(j.atasanJabatanId) ?? []), j.id]);
  const below = new Set<string>();
  const stack = [me.jabatanId];
  while (stack.length > 0) {
    const id = stack.pop();
    if (id === undefined || below.has(id)) continue;
    below.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return all.filter((j) => below.has(j.id) && (!unitId || units.has(j.unitId)));
}
