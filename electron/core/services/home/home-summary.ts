/**
 * Beranda: what waits for the signed-in person, one count per list it opens. Each count goes
 * through the same reach rules as that list (skp/inbox, skp/list, skp/readiness, sync/conflicts,
 * evaluasi/todo),
 * so a number on Beranda is the number of rows the person finds after the click.
 */
import type { CoreContext } from '../../context.js';
import { today } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf } from '../../../../shared/contract.js';
import type { HomeSummary } from '../../../../shared/home.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { SKP_STATUSES, type SkpStatus } from '../../../../shared/domain/skp/types.js';
import { listSkpSummaries } from '../../db/repositories/skp-summary-repo.js';
import { countHoldersWithoutSkp } from '../../db/repositories/readiness-count-repo.js';
import { openConflictCount } from '../../sync/conflicts.js';
import { meOf, type Me } from '../skp/access.js';
import { inboxCounts, isPenilai } from '../skp/inbox.js';
import { jabatanInReach } from '../skp/reach.js';
import { listReach } from '../skp/skp-service.js';
import { todoCounts } from '../evaluasi/todo.js';

/** The caller's own SKP per status, as SKP Saya lists them (skp/list with their pegawaiId). */
async function mineByStatus(core: CoreContext, actor: Actor, me: Me, tahun: number): Promise<Record<SkpStatus, number> | null> {
  if (!me.pegawaiId) return null;
  const reach = await listReach(core, actor, me, undefined);
  const out = { draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0 } satisfies Record<SkpStatus, number>;
  for (const status of SKP_STATUSES) {
    const r = await listSkpSummaries(core.db, { reach, tahun, pegawaiId: me.pegawaiId, status: [status], latestOnly: true, order: 'nama', offset: 0, limit: 0 });
    out[status] = r.total;
  }
  return out;
}

/** Holders without an SKP in the readiness board's reach; null for whom the board is not shown. */
async function belumAda(core: CoreContext, actor: Actor, me: Me, tahun: number): Promise<number | null> {
  if (!isOperator(actor.user.roles) && !(await isPenilai(core, me))) return null;
  const jabatan = await jabatanInReach(core, actor, undefined);
  return countHoldersWithoutSkp(core.db, jabatan.map((j) => j.id), tahun, today(core));
}

/**
 * @example
 * const s = await homeSummary(core, actor, { tahun: 2026 });
 * s.inbox.menungguSaya; // 2 SKP wait for this atasan's approval
 */
export async function homeSummary(core: CoreContext, actor: Actor, a: ParsedArgsOf<'home/summary'>): Promise<HomeSummary> {
  const me = await meOf(core.db, actor);
  const operator = isOperator(actor.user.roles);
  return {
    tahun: a.tahun,
    inbox: await inboxCounts(core, actor, me, a.tahun),
    mine: await mineByStatus(core, actor, me, a.tahun),
    belumAdaSkp: await belumAda(core, actor, me, a.tahun),
    konflik: operator ? await openConflictCount(core.db) : null,
    evaluasi: await todoCounts(core, actor, a.tahun),
    sync: await core.sync.engine.status(),
  };
}
