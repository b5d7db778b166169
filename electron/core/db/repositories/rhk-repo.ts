import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RhkTable } from '../schema.js';
import type { Rhk } from '../../../../shared/domain/skp/types.js';
import { SKP_COMMAND_ENTITY } from '../../../../shared/sync-protocol.js';
import { recordChange, recordCreations, type Trx, type WriteContext } from './changes.js';
import { insertJsonRows } from './bulk-insert.js';
import { snakeKeys } from './snake-keys.js';

export type StoredRhk = { rhk: Rhk; rowVersion: number };

const UPSERT = 'rhk/upsert' satisfies keyof typeof SKP_COMMAND_ENTITY;
const DELETE = 'rhk/delete' satisfies keyof typeof SKP_COMMAND_ENTITY;
const ENTITY = SKP_COMMAND_ENTITY[UPSERT];

const BULK_COLUMNS = [
  'id', 'skp_id', 'jenis', 'urutan', 'teks', 'intervensi_rhk_id', 'jenis_intervensi', 'intervensi_perjanjian_kinerja', 'perspektif', 'return_note',
  'asal_rhk_id', 'indikator', 'row_version', 'created_at', 'updated_at',
] as const;

export function toStoredRhk(r: Selectable<RhkTable>): StoredRhk {
  return {
    rhk: {
      id: r.id,
      skpId: r.skpId,
      jenis: r.jenis as Rhk['jenis'],
      urutan: r.urutan,
      teks: r.teks,
      intervensiRhkId: r.intervensiRhkId,
      jenisIntervensi: r.jenisIntervensi as Rhk['jenisIntervensi'],
      intervensiPerjanjianKinerja: r.intervensiPerjanjianKinerja,
      perspektif: r.perspektif,
      returnNote: r.returnNote,
      asalRhkId: r.asalRhkId,
      indikator: JSON.parse(r.indikator) as Rhk['indikator'],
    },
    rowVersion: r.rowVersion,
  };
}

export function columns(r: Rhk): Omit<Insertable<RhkTable>, 'rowVersion' | 'createdAt' | 'updatedAt'> {
  return { ...r, indikator: JSON.stringify(r.indikator) };
}

/** Form order: UTAMA before TAMBAHAN, then urutan. */
export async function rhkOfSkp(db: Kysely<Database>, skpIds: readonly string[]): Promise<StoredRhk[]> {
  if (skpIds.length === 0) return [];
  const rows = await db.selectFrom('rhk').selectAll().where('skpId', 'in', [...skpIds]).orderBy('skpId').orderBy('jenis', 'desc').orderBy('urutan').execute();
  return rows.map(toStoredRhk);
}

export async function findRhk(db: Kysely<Database>, id: string): Promise<StoredRhk | undefined> {
  const r = await db.selectFrom('rhk').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toStoredRhk(r) : undefined;
}

export async function findRhkMany(db: Kysely<Database>, ids: readonly string[]): Promise<StoredRhk[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('rhk').selectAll().where('id', 'in', [...ids]).execute()).map(toStoredRhk);
}

/** RHK (anywhere) that intervene one of `rhkIds`. */
export async function rhkIntervening(db: Kysely<Database>, rhkIds: readonly string[]): Promise<StoredRhk[]> {
  if (rhkIds.length === 0) return [];
  return (await db.selectFrom('rhk').selectAll().where('intervensiRhkId', 'in', [...rhkIds]).execute()).map(toStoredRhk);
}

/** How many RHK intervene each of `rhkIds` (absent = none). */
export async function interveningCounts(db: Kysely<Database>, rhkIds: readonly string[]): Promise<Map<string, number>> {
  if (rhkIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('rhk')
    .select(({ fn }) => ['intervensiRhkId', fn.countAll<number>().as('n')])
    .where('intervensiRhkId', 'in', [...rhkIds])
    .groupBy('intervensiRhkId')
    .execute();
  return new Map(rows.map((r) => [r.intervensiRhkId ?? '', Number(r.n)]));
}

/** The lean columns of every RHK of the given SKP (peta cascading). */
export async function rhkHeadsOf(db: Kysely<Database>, skpIds: readonly string[]) {
  const out: { id: string; skpId: string; jenis: Rhk['jenis']; urutan: number; teks: string; intervensiRhkId: string | null }[] = [];
  // Chunked: the IN list stays well under SQLite's variable limit on a 10,000-pegawai unit.
  for (let i = 0; i < skpIds.length; i += 5000) {
    const rows = await db
      .selectFrom('rhk')
      .select(['id', 'skpId', 'jenis', 'urutan', 'teks', 'intervensiRhkId'])
      .where('skpId', 'in', skpIds.slice(i, i + 5000))
      .execute();
    for (const r of rows) out.push({ ...r, jenis: r.jenis as Rhk['jenis'] });
  }
  return out;
}

export async function insertRhk(trx: Trx, ctx: WriteContext, r: Rhk, auditAction = 'rhk/create'): Promise<StoredRhk> {
  await trx.insertInto('rhk').values({ ...columns(r), rowVersion: 1, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  await recordChange(trx, ctx, { command: UPSERT, entity: ENTITY, entityId: r.id, action: 'create', auditAction, before: null, after: r });
  return { rhk: r, rowVersion: 1 };
}

/** Many new RHK in bulk, with their audit entries and outbox commands (see insertSkpBatch for `recordEach`). */
export async function insertRhkBatch(
  trx: Trx,
  ctx: WriteContext,
  rows: readonly Rhk[],
  auditAction = 'rhk/create',
  recordEach = true,
  /** Per-row creation/change moments (the demo's, spread over the year); `ctx.now` otherwise. */
  stampOf?: (r: Rhk) => { createdAt: string; updatedAt: string } | undefined,
): Promise<void> {
  const at = (r: Rhk) => stampOf?.(r) ?? { createdAt: ctx.now, updatedAt: ctx.now };
  await insertJsonRows(trx, 'rhk', BULK_COLUMNS, rows.map((r) => snakeKeys({ ...columns(r), rowVersion: 1, ...at(r) })));
  if (recordEach) await recordCreations(trx, ctx, rows.map((r) => ({ command: UPSERT, entity: ENTITY, entityId: r.id, auditAction, after: r })));
}

export async function updateRhk(trx: Trx, ctx: WriteContext, next: Rhk, before: StoredRhk, auditAction = 'rhk/update'): Promise<StoredRhk> {
  const { id, ...rest } = columns(next);
  const rowVersion = before.rowVersion + 1;
  await trx.updateTable('rhk').set({ ...rest, rowVersion, updatedAt: ctx.now }).where('id', '=', id).execute();
  await recordChange(trx, ctx, { command: UPSERT, entity: ENTITY, entityId: id, action: 'update', auditAction, before: before.rhk, after: next });
  return { rhk: next, rowVersion };
}

export async function deleteRhk(trx: Trx, ctx: WriteContext, before: StoredRhk): Promise<void> {
  await trx.deleteFrom('rhk').where('id', '=', before.rhk.id).execute();
  await recordChange(trx, ctx, {
    command: DELETE,
    entity: ENTITY,
    entityId: before.rhk.id,
    action: 'delete',
    auditAction: 'rhk/delete',
    before: before.rhk,
    after: null,
    syncPayload: { id: before.rhk.id },
  });
}
