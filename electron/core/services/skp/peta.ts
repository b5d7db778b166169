/**
 * Peta cascading: the jabatan tree with each holder's current SKP, RHK and intervention counts,
 * `depth` levels at a time, read level by level by jabatan id: the first view (no `rootJabatanId`)
 * starts at the head(s) of the caller's reach; opening a node asks again with it as the root. The
 * summary over the whole reach (`totals: true`) is aggregated in SQL and asked for separately, so
 * the tree never waits for it.
 */
import type { CoreContext } from '../../context.js';
import { today } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { PetaNodeView } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { buildPeta, PETA_DEPTH, petaTotals, type PetaNode, type PetaTotals } from '../../../../shared/domain/skp/peta.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { rhkHeadsOf } from '../../db/repositories/rhk-repo.js';
import { skpHeadsOfYear } from '../../db/repositories/skp-repo.js';
import {
  activeHolders,
  interveningCountsMany,
  isJabatanUnder,
  pegawaiNames,
  petaChildren,
  petaJabatan,
  rhkTallies,
  type PetaJabatan,
} from '../../db/repositories/peta-repo.js';
import { boardInputs } from './readiness.js';
import { jabatanInReach, unitsUnder } from './reach.js';
import { meOf } from './access.js';

type Part = {
  /** Jabatan known to the tree (see buildPeta): shown levels, the level below, a non-puncak root's atasan. */
  jabatan: PetaJabatan[];
  /** Jabatan whose holders' SKP and RHK are shown. */
  shown: Set<string>;
  pegawai: { id: string; jabatanId: string | null }[];
  skp: Awaited<ReturnType<typeof skpHeadsOfYear>>;
};

/** `roots` and `depth + 1` levels below them (the last level only says whether a node has staff). */
async function descend(roots: readonly PetaJabatan[], depth: number, childrenOf: (ids: string[]) => Promise<PetaJabatan[]>) {
  const all = [...roots];
  const shown = new Set(roots.map((j) => j.id));
  const seen = new Set(shown);
  let frontier = roots.map((j) => j.id);
  for (let level = 1; level <= depth + 1 && frontier.length > 0; level += 1) {
    const next = (await childrenOf(frontier)).filter((j) => !seen.has(j.id));
    for (const j of next) seen.add(j.id);
    if (level <= depth) for (const j of next) shown.add(j.id);
    all.push(...next);
    frontier = next.map((j) => j.id);
  }
  return { all, shown };
}

/** Whom the caller's peta covers: an atasan's own jabatan as the top (else null), and the unit filter. */
async function petaScope(core: CoreContext, actor: Actor, unitId: string | undefined) {
  const units = new Set(await unitsUnder(core, actor, unitId));
  let top: string | null = null;
  if (!isOperator(actor.user.roles)) {
    top = (await meOf(core.db, actor)).jabatanId;
    if (!top) throw new AppFailure('FORBIDDEN', 'Akun Anda tidak terhubung dengan jabatan.');
  }
  // Operators see their unit scope; an atasan everything below their jabatan (in the unit filter).
  return { top, inUnits: (j: PetaJabatan) => (top !== null && !unitId) || units.has(j.unitId) };
}

/** The heads of the caller's reach, or `rootJabatanId` (null when outside it) with its atasan when that is in reach. */
async function startOf(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/peta'>, scope: Awaited<ReturnType<typeof petaScope>>) {
  const { top, inUnits } = scope;
  if (a.rootJabatanId) {
    const root = await petaJabatan(core.db, a.rootJabatanId);
    if (!root || !inUnits(root) || (top !== null && !(await isJabatanUnder(core.db, root.id, top)))) return null;
    const atasan = root.id !== top && root.atasanJabatanId !== null ? await petaJabatan(core.db, root.atasanJabatanId) : undefined;
    // The root's atasan in reach makes the root a subordinate (its RHK may wait for the atasan's).
    return { heads: [root], atasan: atasan && inUnits(atasan) ? [atasan] : [] };
  }
  if (top !== null && !a.unitId) {
    const me = await petaJabatan(core.db, top);
    return { heads: me ? [me] : [], atasan: [] };
  }
  const reach = await jabatanInReach(core, actor, a.unitId);
  const ids = new Set(reach.map((j) => j.id));
  return { heads: reach.filter((j) => j.atasanJabatanId === null || !ids.has(j.atasanJabatanId)), atasan: [] };
}

/** Summary counts over the caller's whole reach: lean SKP heads and per-SKP RHK tallies, no RHK rows. */
async function reachTotals(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/peta'>): Promise<PetaTotals> {
  const input = await boardInputs(core, actor, a.tahun, a.unitId);
  return petaTotals({ ...input, tallies: await rhkTallies(core.db, input.skp.map((s) => s.id)) });
}

/** The shown levels (and the one below) read level by level from the start; empty outside the reach. */
async function loadPart(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/peta'>, depth: number): Promise<Part> {
  const scope = await petaScope(core, actor, a.unitId);
  const start = await startOf(core, actor, a, scope);
  if (!start) return { jabatan: [], shown: new Set(), pegawai: [], skp: [] };
  const { all, shown } = await descend(start.heads, depth, async (ids) => (await petaChildren(core.db, ids)).filter(scope.inUnits));
  const [pegawai, skp] = await Promise.all([
    activeHolders(core.db, all.map((j) => j.id), today(core)),
    skpHeadsOfYear(core.db, a.tahun, [...shown]),
  ]);
  return { jabatan: [...start.atasan, ...all], shown, pegawai, skp };
}

export async function petaCascading(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/peta'>): Promise<ResultOf<'skp/peta'>> {
  const depth = a.depth ?? PETA_DEPTH.default;
  const part = await loadPart(core, actor, a, depth);
  const rhk = await rhkHeadsOf(core.db, part.skp.map((s) => s.id));
  const diintervensiOleh = await interveningCountsMany(core.db, rhk.map((r) => r.id));
  const peta = buildPeta({ ...part, rhk, depth, diintervensiOleh, ...(a.rootJabatanId ? { rootJabatanId: a.rootJabatanId } : {}) });
  const holderIds = part.pegawai.filter((p) => p.jabatanId !== null && part.shown.has(p.jabatanId)).map((p) => p.id);
  const nama = new Map((await pegawaiNames(core.db, holderIds)).map((p) => [p.id, formatNamaLengkap(p)]));
  const jabatan = new Map(part.jabatan.map((j) => [j.id, j]));
  const view = (n: PetaNode): PetaNodeView => ({
    jabatanId: n.jabatanId,
    kode: jabatan.get(n.jabatanId)?.kode ?? '',
    nama: jabatan.get(n.jabatanId)?.nama ?? '',
    holders: n.holders.map((h) => ({ ...h, namaLengkap: nama.get(h.pegawaiId) ?? '' })).sort((x, y) => x.namaLengkap.localeCompare(y.namaLengkap)),
    childCount: n.childCount,
    children: n.children.map(view),
  });
  return { tahun: a.tahun, roots: peta.roots.map(view), totals: a.totals ? await reachTotals(core, actor, a) : null };
}
