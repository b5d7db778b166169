/**
 * Writes the demo unit's year of pelaksanaan and penilaian (demo/evaluasi.ts) in bulk: one
 * statement per chunk and table, one audit entry for the set, no per-row outbox commands (like
 * the demo SKP: a demo desk is not pushed row by row; joining a server merges whole tables).
 */
import type { Rhk, Skp } from '../../../shared/domain/skp/types.js';
import { demoEvaluasi } from '../demo/evaluasi.js';
import { isoAt } from '../demo/office-clock.js';
import { recordAudit, type Trx, type WriteContext } from '../db/repositories/changes.js';
import { insertDocBatch } from '../db/repositories/evaluasi-doc-bulk.js';
import { derivedId, newId } from '../ids.js';

type Dated<T> = { row: T; createdAt: number; updatedAt: number };
const iso = <T>(rows: readonly Dated<T>[]) => rows.map((r) => ({ row: r.row, createdAt: isoAt(r.createdAt), updatedAt: isoAt(r.updatedAt) }));

/**
 * @example
 * await writeDemoEvaluasi(trx, ctx, { instansiId, skp, rhk, userOf, rootUnitId, operatorUserId });
 */
export async function writeDemoEvaluasi(
  trx: Trx,
  ctx: WriteContext,
  input: { instansiId: string; skp: readonly Skp[]; rhk: readonly Rhk[]; userOf: ReadonlyMap<string, string>; rootUnitId: string; operatorUserId: string },
): Promise<void> {
  const children = await trx.selectFrom('unitKerja').select('id').where('parentId', '=', input.rootUnitId).orderBy('kode').execute();
  const e = demoEvaluasi({
    now: ctx.now, instansiId: input.instansiId, skp: input.skp, rhk: input.rhk, userOf: input.userOf,
    topUnitIds: [input.rootUnitId, ...children.map((c) => c.id)], newId, derivedId,
  });
  await insertDocBatch(trx, 'pengaturan_kinerja', [{ row: e.pengaturan, createdAt: ctx.now, updatedAt: ctx.now }]);
  await insertDocBatch(trx, 'realisasi', iso(e.realisasi));
  await insertDocBatch(trx, 'evaluasi', iso(e.evaluasi));
  await insertDocBatch(trx, 'umpan_balik', iso(e.umpanBalik));
  await insertDocBatch(trx, 'laporan_harian', iso(e.laporanHarian));
  await insertDocBatch(trx, 'predikat_organisasi', iso(e.predikatOrganisasi));
  await recordAudit(trx, ctx, {
    action: 'evaluasi/demo', entity: 'evaluasi', entityId: input.operatorUserId,
    after: { realisasi: e.realisasi.length, evaluasi: e.evaluasi.length, umpanBalik: e.umpanBalik.length, laporanHarian: e.laporanHarian.length },
  });
}
