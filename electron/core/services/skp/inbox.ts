/**
 * Persetujuan in two tabs. "Menunggu saya": submitted SKP whose jabatan reports to the caller's
 * jabatan (the caller is their pejabat penilai, the same rule as access.ts). "Di unit saya"
 * (operators/admins): every submitted SKP in the units they manage, which they can follow but
 * approve only with a delegation. The caller's own SKP never shows (nobody approves their own).
 */
import type { CoreContext } from '../../context.js';
import { unitSubtree, type Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { InboxCounts, InboxTab } from '../../../../shared/home.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { listSkpSummaries, type SkpListFilter } from '../../db/repositories/skp-summary-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { meOf, type Me } from './access.js';
import { unitsUnder } from './reach.js';

type TabFilter = Omit<SkpListFilter, 'offset' | 'limit' | 'order' | 'query'>;

/** Whether some jabatan reports to the caller's (the caller is someone's pejabat penilai). */
export async function isPenilai(core: CoreContext, me: Me): Promise<boolean> {
  if (!me.jabatanId) return false;
  const sub = await core.db.selectFrom('jabatan').select('id').where('atasanJabatanId', '=', me.jabatanId).limit(1).executeTakeFirst();
  return sub !== undefined;
}

/**
 * The list filter of one tab (without paging or search); null when the caller has no such tab.
 *
 * @example
 * const f = await inboxFilter(core, actor, me, 'menungguSaya', 2026, undefined);
 * if (f) (await listSkpSummaries(db, { ...f, order: 'diajukan', offset: 0, limit: 50 })).total;
 */
export async function inboxFilter(core: CoreContext, actor: Actor, me: Me, tab: InboxTab, tahun: number | undefined, unitId: string | undefined): Promise<TabFilter | null> {
  const base = { status: ['diajukan'] as const, latestOnly: true, excludePegawaiId: me.pegawaiId, ...(tahun !== undefined ? { tahun } : {}) };
  if (tab === 'diUnitSaya') {
    if (!isOperator(actor.user.roles)) return null;
    return { ...base, reach: { unitIds: await unitsUnder(core, actor, unitId) } };
  }
  if (!(await isPenilai(core, me))) return null;
  // The unit filter only narrows: a penilai's staff may sit in units outside the account's scope.
  const unitIds = unitId ? [...unitSubtree(await listUnits(core.db), unitId)] : undefined;
  return { ...base, reach: { pegawaiId: null, jabatanId: me.jabatanId }, ...(unitIds ? { unitIds } : {}) };
}

async function countOf(core: CoreContext, f: TabFilter | null): Promise<number | null> {
  if (!f) return null;
  return (await listSkpSummaries(core.db, { ...f, order: 'diajukan', offset: 0, limit: 0 })).total;
}

/** Every tab's total for the year, unfiltered (what Beranda and the tab labels show). */
export async function inboxCounts(core: CoreContext, actor: Actor, me: Me, tahun: number | undefined): Promise<InboxCounts> {
  return {
    menungguSaya: await countOf(core, await inboxFilter(core, actor, me, 'menungguSaya', tahun, undefined)),
    diUnitSaya: await countOf(core, await inboxFilter(core, actor, me, 'diUnitSaya', tahun, undefined)),
  };
}

/** One page of a tab, longest waiting first, with its total and every tab's count. */
export async function inbox(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/inbox'>): Promise<ResultOf<'skp/inbox'>> {
  const me = await meOf(core.db, actor);
  const filter = await inboxFilter(core, actor, me, a.tab, a.tahun, a.unitId);
  if (!filter && a.tab === 'diUnitSaya') throw new AppFailure('FORBIDDEN', 'Hanya operator dan admin yang melihat semua SKP yang diajukan di unitnya.');
  const counts = await inboxCounts(core, actor, me, a.tahun);
  if (!filter) return { total: 0, rows: [], counts };
  const page = await listSkpSummaries(core.db, { ...filter, ...(a.query ? { query: a.query } : {}), order: 'diajukan', offset: a.offset, limit: a.limit });
  return { ...page, counts };
}
