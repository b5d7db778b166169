import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SkpDetail } from '../../../../shared/entities.js';
import type { Actor } from '../../auth/actor.js';
import { today, writeContext, type CoreContext } from '../../context.js';
import { AppFailure } from '../../../../shared/result.js';
import { findSkp, type StoredSkp } from '../../db/repositories/skp-repo.js';
import type { Trx, WriteContext } from '../../db/repositories/changes.js';
import { meOf, orgOf, requireSee, type Me, type SkpOrg } from './access.js';
import { buildDetail } from './detail.js';

export type LoadedSkp = { stored: StoredSkp; org: SkpOrg; me: Me };

/** The SKP with its org context, or NOT_FOUND when it is missing or outside what the actor may see. */
export async function loadSkp(core: Pick<CoreContext, 'clock'>, db: Kysely<Database>, actor: Actor, id: string): Promise<LoadedSkp> {
  const stored = await findSkp(db, id);
  if (!stored) throw new AppFailure('NOT_FOUND', 'SKP tidak ditemukan.');
  const [org, me] = await Promise.all([orgOf(db, stored.skp.jabatanId, today(core), stored.skp.pegawaiId), meOf(db, actor)]);
  requireSee(actor, me, stored.skp, org);
  return { stored, org, me };
}

/** A stale `baseVersion` (someone saved in between) is refused; nothing is overwritten silently. */
export function requireFresh(baseVersion: number, rowVersion: number): void {
  if (baseVersion !== rowVersion) {
    throw new AppFailure('CONFLICT', 'Data ini sudah diubah sejak Anda membukanya. Muat ulang lalu ulangi perubahan Anda.');
  }
}

/**
 * Runs one SKP write in a transaction (reads and checks inside it, so two calls cannot interleave
 * between check and write), tells the windows, and answers the fresh SKP screen.
 */
export async function writeSkp(
  core: CoreContext,
  actor: Actor,
  work: (trx: Trx, ctx: WriteContext) => Promise<string>,
  entities: string[] = ['skp', 'rhk'],
): Promise<SkpDetail> {
  const skpId = await core.db.transaction().execute((trx) => work(trx, writeContext(core, actor)));
  core.emit({ name: 'data/changed', payload: { entities } });
  return skpDetail(core, actor, skpId);
}

export async function skpDetail(core: CoreContext, actor: Actor, id: string): Promise<SkpDetail> {
  const { stored, org } = await loadSkp(core, core.db, actor, id);
  return buildDetail(core.db, actor, stored, org);
}
