import { refsOf } from '../../../shared/references.js';
import { syncRowSchemas, USER_PRIVATE_FIELDS, type SyncEntity, type SyncRow } from '../../../shared/sync-protocol.js';
import { EVALUASI_ENTITIES } from '../../../shared/sync-rows-evaluasi.js';
import { docChanges } from '../../db/repos/evaluasi-repo.js';
import { jabatanByIds, jabatanChanges } from '../../db/repos/jabatan-repo.js';
import { pegawaiByIds, pegawaiChanges } from '../../db/repos/pegawai-repo.js';
import { rhkByIds, rhkChanges, skpByIds, skpChanges } from '../../db/repos/skp-repo.js';
import { holderIds } from '../../db/repos/touch-repo.js';
import type { Db, Stored } from '../../db/repos/types.js';
import { unitsByIds } from '../../db/repos/unit-repo.js';
import { userChanges, usersByIds, usersOfPegawai } from '../../db/repos/user-repo.js';
import type { JabatanGraph } from '../org-trees.js';
import type { PullScope } from './scope.js';

/**
 * Rows a device receives beyond its scope:
 * - closure rows: every row a row in scope refers to (per shared/references.ts), and what those
 *   refer to in turn, read-only. A pegawai of U1 holding a jabatan of sibling U2 brings that
 *   jabatan, U2 and the jabatan's atasan chain; a user linked to a pegawai on another roster
 *   brings that pegawai; SKP history brings the accounts that acted on it. Accounts travel as
 *   stubs (`USER_PRIVATE_FIELDS` nulled).
 * - penilai accounts: the full accounts (with hash) of the penilai and atasan penilai of every
 *   pegawai in scope, and of the acting penilai of the scope's penilai overrides (not withdrawn),
 *   so they can sign in at a staff member's desk for an offline appraisal.
 * Computed from the current rows, so a row entering the closure because an in-scope row changed
 * is found from that change (see `entriesFor`), and one nothing refers to any more leaves the
 * desk there (electron/core/sync/closure-gc.ts).
 */
export type ExtraRow = { entity: SyncEntity; stored: Stored<SyncEntity>; kind: 'closure' | 'penilai' };
export type Closure = {
  /** By `entity:id`. */
  rows: ReadonlyMap<string, ExtraRow>;
  /** Extra user rows by the pegawai they are linked to (a pegawai's change may bring its account). */
  usersByPegawai: ReadonlyMap<string, string[]>;
};

const EMPTY: Closure = { rows: new Map(), usersByPegawai: new Map() };
const key = (entity: string, id: string): string => `${entity}:${id}`;

/** A copy of an account for a desk outside its scope: no password hash, no key. */
export function userStub(row: SyncRow<'user'>): SyncRow<'user'> {
  const out = { ...row };
  for (const f of USER_PRIVATE_FIELDS) out[f] = null;
  return out;
}

/** What one device must hold of the rows a row refers to, as a wire change's row. */
export function wireRow(x: ExtraRow): unknown {
  if (x.stored.deleted) return null;
  return x.entity === 'user' && x.kind === 'closure' ? userStub(x.stored.row as SyncRow<'user'>) : x.stored.row;
}

async function byIds(db: Db, instansiId: string, entity: SyncEntity, ids: string[]): Promise<Stored<SyncEntity>[]> {
  switch (entity) {
    case 'unit_kerja':
      return unitsByIds(db, instansiId, ids);
    case 'jabatan':
      return jabatanByIds(db, instansiId, ids);
    case 'pegawai':
      return pegawaiByIds(db, instansiId, ids);
    case 'user':
      return usersByIds(db, instansiId, ids);
    case 'skp':
      return skpByIds(db, instansiId, ids);
    case 'rhk':
      return rhkByIds(db, instansiId, ids);
    // The instansi row always travels; nothing refers to a template or an evaluation row.
    case 'instansi':
    case 'skp_template':
    case 'pengaturan_kinerja':
    case 'penilai_override':
    case 'realisasi':
    case 'laporan_harian':
    case 'umpan_balik':
    case 'evaluasi':
    case 'predikat_organisasi':
      return [];
  }
}

/** Jabatan of the penilai and atasan penilai of pegawai holding these jabatan. */
function penilaiJabatan(graph: JabatanGraph, held: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const j of held) {
    const a1 = graph.byId.get(j)?.atasanJabatanId ?? null;
    if (a1 === null) continue;
    out.add(a1);
    const a2 = graph.byId.get(a1)?.atasanJabatanId ?? null;
    if (a2 !== null) out.add(a2);
  }
  return out;
}

/** Pegawai who rate through a penilai override that still counts (not withdrawn). */
function overridePenilai(rows: readonly Stored<SyncEntity>[]): string[] {
  return rows.flatMap((r) => {
    const o = syncRowSchemas.penilai_override.safeParse(r.row);
    return o.success && !o.data.dibatalkan ? [o.data.penilaiPegawaiId] : [];
  });
}

export async function computeClosure(db: Db, instansiId: string, scope: PullScope, graph: JabatanGraph, horizon: string): Promise<Closure> {
  // The top unit's device sees the whole instansi: nothing lies outside it.
  if (scope.atTop) return EMPTY;
  const S = [...scope.writableUnits];
  const seen = { unitIds: S, jabatanIds: [...scope.chainJabatan] };
  const all = { after: '0', upTo: horizon, limit: 10_000_000 };
  const live = <E extends SyncEntity>(rows: Stored<E>[]): Stored<E>[] => rows.filter((r) => !r.deleted);
  const [jabatan, pegawai, users, skp, rhk, docs] = await Promise.all([
    jabatanChanges(db, instansiId, all, seen).then(live),
    pegawaiChanges(db, instansiId, all, seen).then(live),
    userChanges(db, instansiId, all, S).then(live),
    skpChanges(db, instansiId, all, seen).then(live),
    rhkChanges(db, instansiId, all, seen).then((r) => live(r.map((x) => x.s))),
    Promise.all(EVALUASI_ENTITIES.map(async (e) => ({ e, rows: live(await docChanges(db, instansiId, e, all, S)) }))),
  ]);
  const strict = new Set<string>([key('instansi', instansiId), ...[...scope.writableUnits, ...scope.ancestorUnits].map((u) => key('unit_kerja', u))]);
  const roots: { entity: SyncEntity; row: unknown }[] = [];
  const addStrict = (entity: SyncEntity, rows: Stored<SyncEntity>[]): void => {
    for (const r of rows) {
      strict.add(key(entity, r.row.id));
      roots.push({ entity, row: r.row });
    }
  };
  addStrict('jabatan', jabatan);
  addStrict('pegawai', pegawai);
  addStrict('user', users);
  addStrict('skp', skp);
  addStrict('rhk', rhk);
  // Evaluation rows of the scope name their authors, actors, penilai, SKP and RHK.
  for (const d of docs) addStrict(d.e, d.rows);

  const rows = new Map<string, ExtraRow>();
  // Penilai accounts: holders of the jabatan one and two steps above every jabatan of the subtree
  // and every jabatan its pegawai hold (not above the read-only chain: that would hand the whole
  // chain's accounts to every desk).
  const inSubtree = (unitId: string): boolean => scope.writableUnits.has(unitId);
  const held = new Set<string>([
    ...jabatan.filter((j) => inSubtree(j.row.unitId)).map((j) => j.row.id),
    ...pegawai.flatMap((p) => (p.row.jabatanId === null || !inSubtree(p.row.unitId) ? [] : [p.row.jabatanId])),
  ]);
  // And the acting penilai of the scope's penilai overrides (a Plt. signs in here to rate).
  const overrides = docs.find((d) => d.e === 'penilai_override')?.rows ?? [];
  const holders = [...(await holderIds(db, instansiId, [...penilaiJabatan(graph, held)])), ...overridePenilai(overrides)];
  for (const u of await usersOfPegawai(db, instansiId, holders)) {
    if (strict.has(key('user', u.row.id))) continue;
    rows.set(key('user', u.row.id), { entity: 'user', stored: u, kind: 'penilai' });
    roots.push({ entity: 'user', row: u.row });
  }

  // Follow references until nothing new is named.
  let wanted = new Map<SyncEntity, Set<string>>();
  const want = (entity: SyncEntity, row: unknown): void => {
    for (const ref of refsOf(entity, row)) {
      const k = key(ref.to, ref.id);
      if (strict.has(k) || rows.has(k)) continue;
      const set = wanted.get(ref.to) ?? new Set<string>();
      set.add(ref.id);
      wanted.set(ref.to, set);
    }
  };
  for (const r of roots) want(r.entity, r.row);
  while (wanted.size > 0) {
    const batch = wanted;
    wanted = new Map();
    for (const [entity, ids] of batch) {
      for (const s of await byIds(db, instansiId, entity, [...ids])) {
        const k = key(entity, s.row.id);
        if (rows.has(k)) continue;
        rows.set(k, { entity, stored: s, kind: 'closure' });
        want(entity, s.row);
      }
    }
  }
  const usersByPegawai = new Map<string, string[]>();
  for (const x of rows.values()) {
    if (x.entity !== 'user') continue;
    const p = (x.stored.row as SyncRow<'user'>).pegawaiId;
    if (p !== null) usersByPegawai.set(p, [...(usersByPegawai.get(p) ?? []), x.stored.row.id]);
  }
  return { rows, usersByPegawai };
}

/**
 * Closure rows a page's changes bring that the device may not hold yet: those the feed does not
 * carry by their own seq (`notInFeed`: at or below the cursor). Followed transitively; each gets
 * the seq of the change that named it.
 */
export function entriesFor(
  closure: Closure,
  page: readonly { entity: SyncEntity; row: unknown; seq: string }[],
  notInFeed: (seq: string) => boolean,
): { x: ExtraRow; seq: string }[] {
  if (closure.rows.size === 0) return [];
  const out = new Map<string, { x: ExtraRow; seq: string }>();
  const visit = (entity: SyncEntity, row: unknown, seq: string): void => {
    const named = refsOf(entity, row).map((r) => key(r.to, r.id));
    if (entity === 'pegawai' && typeof row === 'object' && row !== null && 'id' in row && typeof row.id === 'string') {
      for (const u of closure.usersByPegawai.get(row.id) ?? []) named.push(key('user', u));
    }
    for (const k of named) {
      const x = closure.rows.get(k);
      if (!x || out.has(k)) continue;
      out.set(k, { x, seq });
      visit(x.entity, x.stored.row, seq);
    }
  };
  for (const c of page) if (c.row !== null) visit(c.entity, c.row, c.seq);
  return [...out.values()].filter((e) => notInFeed(e.x.stored.seq));
}
