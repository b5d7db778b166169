import type { PulledChange, PullResponse, SyncEntity } from '../../../shared/sync-protocol.js';
import { EVALUASI_ENTITIES, EVALUASI_STORAGE, type EvaluasiEntity } from '../../../shared/sync-rows-evaluasi.js';
import { feedHorizon, readTreeSeqs } from '../../db/repos/head-repo.js';
import { instansiChanges } from '../../db/repos/instansi-repo.js';
import { jabatanChanges } from '../../db/repos/jabatan-repo.js';
import { pegawaiChanges } from '../../db/repos/pegawai-repo.js';
import { docChanges } from '../../db/repos/evaluasi-repo.js';
import { exitChanges, type ScopeExit } from '../../db/repos/scope-exit-repo.js';
import { rhkChanges, skpChanges, templateChanges } from '../../db/repos/skp-repo.js';
import { seqCompare, type SeqRange, type Stored } from '../../db/repos/types.js';
import { unitChanges } from '../../db/repos/unit-repo.js';
import { userChanges } from '../../db/repos/user-repo.js';
import type { DeviceAuth, ServerContext } from '../../context.js';
import { exitsToRemovals } from './exits.js';
import { pullScope } from './scope.js';
import { closureOf } from './closure-cache.js';
import { computeClosure, entriesFor, wireRow, type ExtraRow } from './closure.js';

type Candidate = { seq: string; change: PulledChange } | { seq: string; exit: ScopeExit };

function change<E extends SyncEntity>(entity: E, s: Stored<E>, readOnly: boolean): Candidate {
  return { seq: s.seq, change: { entity, id: s.row.id, version: s.version, seq: s.seq, row: s.deleted ? null : s.row, readOnly } };
}

/** A row with this seq comes in this feed by itself (cursor < seq <= horizon). */
function inFeed(seq: string, cursor: string, horizon: string): boolean {
  return seqCompare(seq, cursor) > 0 && seqCompare(seq, horizon) <= 0;
}

function extraChange(x: ExtraRow, seq: string): PulledChange {
  const closure = x.kind === 'closure';
  return { entity: x.entity, id: x.stored.row.id, version: x.stored.version, seq, row: wireRow(x), readOnly: true, ...(closure ? { closure } : {}) };
}

/**
 * The device's changes after `cursor`, oldest first, at most `limit`. Each table yields its first
 * limit+1 rows in scope; merged, the first `limit` are exactly the feed's next page (no table can
 * hold an unseen row below the page's last seq). An up-to-date device costs one index probe per table (`feedHorizon`).
 *
 * @example
 * const page = await pullChanges(ctx, device, { cursor: '0', limit: 1000 }); // snapshot, page 1
 */
export async function pullChanges(ctx: ServerContext, device: DeviceAuth, q: { cursor: string; limit: number }): Promise<PullResponse> {
  const I = device.instansiId;
  const horizon = await ctx.horizons.getOr(I, () => feedHorizon(ctx.db, I));
  if (horizon === null || seqCompare(q.cursor, horizon) >= 0) {
    ctx.metrics.inc('meja_pulls_total', { kind: 'empty' });
    return { changes: [], cursor: q.cursor, hasMore: false };
  }
  const trees = await readTreeSeqs(ctx.db, I);
  if (!trees) throw new Error(`sync_head missing for instansi ${I}`);
  const units = await ctx.org.unitTree(ctx.db, I, trees.orgSeq);
  const graph = await ctx.org.jabatanGraph(ctx.db, I, trees.jabatanSeq);
  const scope = pullScope(units, graph, device.unitId);
  const range: SeqRange = { after: q.cursor, upTo: horizon, limit: q.limit + 1 };
  const S = [...scope.writableUnits];
  const seen = { unitIds: S, jabatanIds: [...scope.chainJabatan] };

  // SKP follow the same scope: the subtree's writable, those held on the atasan chain read-only
  // (the atasan-RHK picker works offline); templates of the subtree's jabatan.
  const ownJabatan = [...scope.visibleJabatan].filter((j) => !scope.chainJabatan.has(j));
  const closure = await closureOf(ctx.db, I, device.unitId, horizon, () => computeClosure(ctx.db, I, scope, graph, horizon));
  // Exits from places the device holds only through its closure reach it too: a penilai or a
  // referenced pegawai moving away must not leave a stale copy there.
  const extraPlaces = (entity: SyncEntity): string[] => [...closure.rows.values()].filter((x) => x.entity === entity).map((x) => x.stored.row.id);
  // Evaluation rows: only the writable subtree's (never the atasan chain's ratings and realisasi);
  // the instansi's pengaturan travels to every device, writable at the top unit.
  const docsRead = Promise.all(EVALUASI_ENTITIES.map(async (e) => ({ e, rows: await docChanges(ctx.db, I, e, range, S) })));
  const [instansi, unitRows, jabatan, pegawai, users, exits, skp, rhk, templates] = await Promise.all([
    instansiChanges(ctx.db, I, range),
    unitChanges(ctx.db, I, range, [...S, ...scope.ancestorUnits]),
    jabatanChanges(ctx.db, I, range, seen),
    pegawaiChanges(ctx.db, I, range, seen),
    userChanges(ctx.db, I, range, S),
    exitChanges(ctx.db, I, range, { unitIds: [...S, ...scope.ancestorUnits, ...extraPlaces('unit_kerja')], jabatanIds: [...scope.visibleJabatan, ...extraPlaces('jabatan')] }),
    skpChanges(ctx.db, I, range, seen),
    rhkChanges(ctx.db, I, range, seen),
    templateChanges(ctx.db, I, range, ownJabatan),
  ]);
  const docs = await docsRead;
  const docReadOnly = (e: EvaluasiEntity): boolean => EVALUASI_STORAGE[e].scope === 'instansi' && !scope.atTop;
  const w = scope.writableUnits;
  const candidates: Candidate[] = [
    ...instansi.map((s) => change('instansi', s, !scope.atTop)),
    ...unitRows.map((s) => change('unit_kerja', s, !w.has(s.row.id))),
    ...jabatan.map((s) => change('jabatan', s, !w.has(s.row.unitId))),
    ...pegawai.map((s) => change('pegawai', s, !w.has(s.row.unitId))),
    ...users.map((s) => change('user', s, false)),
    ...skp.map((s) => change('skp', s, !w.has(s.row.unitId))),
    ...rhk.map((r) => change('rhk', r.s, !w.has(r.unitId))),
    ...templates.map((s) => change('skp_template', s, false)),
    ...docs.flatMap((d) => d.rows.map((s) => change(d.e, s, docReadOnly(d.e)))),
    ...exits.map((e) => ({ seq: e.seq, exit: e })),
    ...[...closure.rows.values()].filter((x) => inFeed(x.stored.seq, q.cursor, horizon)).map((x) => ({ seq: x.stored.seq, change: extraChange(x, x.stored.seq) })),
  ].sort((a, b) => seqCompare(a.seq, b.seq));

  const hasMore = candidates.length > q.limit;
  const page = candidates.slice(0, q.limit);
  const last = page[page.length - 1];
  const cursor = hasMore && last ? last.seq : horizon;
  const pageExits = page.flatMap((c) => ('exit' in c ? [c.exit] : []));
  const removals = await exitsToRemovals(ctx.db, I, pageExits, scope, graph, closure);
  const changes: PulledChange[] = [];
  const sent = new Set<string>();
  for (const c of page) {
    const next = 'change' in c ? c.change : removals.get(c.seq);
    if (next) {
      changes.push(next);
      sent.add(`${next.entity}:${next.id}`);
    }
  }
  // Rows the page's rows refer to that this device may not hold yet. A changed tree or pegawai may
  // make someone a penilai here without any row naming their account: those accounts come again.
  // A penilai override does the same (a Plt. rates here from now on).
  const reshaped = changes.find((c) => c.entity === 'unit_kerja' || c.entity === 'jabatan' || c.entity === 'pegawai' || c.entity === 'penilai_override');
  const penilai = reshaped ? [...closure.rows.values()].filter((x) => x.kind === 'penilai' && !inFeed(x.stored.seq, q.cursor, horizon)) : [];
  for (const x of penilai) {
    if (sent.has(`${x.entity}:${x.stored.row.id}`)) continue;
    const c = extraChange(x, reshaped?.seq ?? x.stored.seq);
    changes.push(c);
    sent.add(`${x.entity}:${x.stored.row.id}`);
  }
  for (const e of entriesFor(closure, changes, (seq) => !inFeed(seq, q.cursor, horizon))) {
    if (!sent.has(`${e.x.entity}:${e.x.stored.row.id}`)) changes.push(extraChange(e.x, e.seq));
  }
  ctx.metrics.inc('meja_pulls_total', { kind: 'changes' });
  return { changes, cursor, hasMore };
}
