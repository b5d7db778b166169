import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { UnitKerja } from '../../../../shared/entities.js';
import { changeKind, recordChange, type ChangeKind, type Trx, type WriteContext } from './changes.js';

const COLUMNS = ['id', 'instansiId', 'parentId', 'kode', 'nama'] as const;

export async function listUnits(db: Kysely<Database>): Promise<UnitKerja[]> {
  return db.selectFrom('unitKerja').select(COLUMNS).orderBy('kode').execute();
}

export async function findUnit(db: Kysely<Database>, id: string): Promise<UnitKerja | undefined> {
  return db.selectFrom('unitKerja').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export async function findUnitByKode(db: Kysely<Database>, kode: string): Promise<UnitKerja | undefined> {
  return db.selectFrom('unitKerja').select(COLUMNS).where('kode', '=', kode).executeTakeFirst();
}

/** What saveUnit would do with this row, without writing (import previews). */
export function unitChangeKind(existing: UnitKerja | undefined, next: UnitKerja): ChangeKind {
  return changeKind(existing, next, COLUMNS);
}

/**
 * Inserts or updates a unit and records the change; a write that changes nothing is skipped (so a
 * re-import reports it as unchanged and queues nothing to sync).
 */
export async function saveUnit(trx: Trx, ctx: WriteContext, unit: UnitKerja, existing: UnitKerja | undefined): Promise<ChangeKind> {
  const kind = unitChangeKind(existing, unit);
  if (kind === 'unchanged') return kind;
  if (existing) {
    await trx.updateTable('unitKerja').set({ parentId: unit.parentId, kode: unit.kode, nama: unit.nama, updatedAt: ctx.now }).where('id', '=', unit.id).execute();
  } else {
    await trx.insertInto('unitKerja').values({ ...unit, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  }
  await recordChange(trx, ctx, { command: 'unit/upsert', entity: 'unit_kerja', entityId: unit.id, action: existing ? 'update' : 'create', before: existing ?? null, after: unit });
  return existing ? 'update' : 'insert';
}
