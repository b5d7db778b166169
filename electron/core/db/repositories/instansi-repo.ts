import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Instansi } from '../../../../shared/entities.js';
import { recordChange, type Trx, type WriteContext } from './changes.js';

type Row = { id: string; kode: string; nama: string; isDemo: number };

function toInstansi(r: Row): Instansi {
  return { id: r.id, kode: r.kode, nama: r.nama, isDemo: r.isDemo === 1 };
}

/** The local replica holds one instansi: the one the unit belongs to. */
export async function getInstansi(db: Kysely<Database>): Promise<Instansi | null> {
  const r = await db.selectFrom('instansi').select(['id', 'kode', 'nama', 'isDemo']).orderBy('createdAt').executeTakeFirst();
  return r ? toInstansi(r) : null;
}

export async function insertInstansi(trx: Trx, ctx: WriteContext, row: Instansi): Promise<Instansi> {
  const values = { id: row.id, kode: row.kode, nama: row.nama, isDemo: row.isDemo ? 1 : 0 };
  await trx.insertInto('instansi').values({ ...values, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  await recordChange(trx, ctx, { command: 'instansi/upsert', entity: 'instansi', entityId: row.id, action: 'create', before: null, after: row });
  return row;
}
