/**
 * Persetujuan in two tabs. "Menunggu saya": submitted SKP whose jabatan reports to the caller's
 * jabatan, or whose owner's active penilai override names the caller, and not those an override
 * hands to someone else (the caller is their pejabat penilai, the same rule as access.ts). "Di unit saya"
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
import { today } from '../../context.js';
import { overrideActive } from '../../../../shared/domain/evaluasi/penilai.js';
import { overridesOf } from '../../db/repositories/evaluasi-query-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import { unitsUnder } from './reach.js';

type TabFilter = Omit<SkpListFilter, 'offset' | 'limit' | 'order' | 'query'>;

/**
 * Active penilai overrides today, as the inbox needs them: pegawai the caller rates by override,
 * and pegawai someone else rates instead of their structural penilai (access.ts gives the same
 * verdict per SKP).
 */
async function overrideReach(core: CoreContext, me: Me): Promise<{ viaOverride: string[]; overridden: string[] }> {
  const date = today(core);
  const viaOverride: string[] = [];
  const overridden: string[] = [];
  for (const o of await overridesOf(core.db, {})) {
    const p = await findPegawai(core.db, o.pegawaiId);
    if (!p || !overrideActive(o, date, p)) continue;
    if (o.penilaiPegawaiId === me.pegawaiId) viaOverride.push(o.pegawaiId);
    else overridden.push(o.pegawaiId);
  }
  // A pegawai with an override naming the caller and another naming someone else is the caller's too.
  return { viaOverride, overridden: overridden.filter((id) => !viaOverride.includes(id)) };
}

/** Whether some jabatan reports to the caller's, or an active override names them (the caller is someone's pejabat penilai). */
export async function isPenilai(core: CoreContext, me: Me): Promise<boolean> {
  if (me.pegawaiId && (await overrideReach(core, me)).viaOverride.length > 0) return true;
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
  return { ...base, reach: { pegawaiId: null, jabatanId: me.jabatanId, ...(await overrideReach(core, me)) }, ...(unitIds ? { unitIds } : {}) };
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
