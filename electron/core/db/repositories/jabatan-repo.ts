import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { Jabatan } from '../../../../shared/entities.js';
import { parseJenisJabatan } from '../../../../shared/domain/jabatan.js';
import { changeKind, recordChange, type ChangeKind, type Trx, type WriteContext } from './changes.js';

const COLUMNS = ['id', 'unitId', 'kode', 'nama', 'jenis', 'atasanJabatanId', 'kelas'] as const;

type Row = Omit<Jabatan, 'jenis'> & { jenis: string };

function toJabatan(r: Row): Jabatan {
  // The column only ever receives values from the contract's enum; an unknown one means a corrupted
  // row, which we surface rather than hide.
  const jenis = parseJenisJabatan(r.jenis);
  if (!jenis) throw new Error(`Jenis jabatan tidak dikenal pada ${r.kode}: ${r.jenis}`);
  return { ...r, jenis };
}

export async function listJabatan(db: Kysely<Database>, filter: { unitIds?: string[] } = {}): Promise<Jabatan[]> {
  let q = db.selectFrom('jabatan').select(COLUMNS).orderBy('kode');
  if (filter.unitIds) q = q.where('unitId', 'in', filter.unitIds.length ? filter.unitIds : ['']);
  return (await q.execute()).map(toJabatan);
}

export async function findJabatan(db: Kysely<Database>, id: string): Promise<Jabatan | undefined> {
  const r = await db.selectFrom('jabatan').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toJabatan(r) : undefined;
}

/** How many pegawai hold each jabatan (one jabatan such as "Guru Ahli Pertama" can have many). */
export async function holderCounts(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('pegawai')
    .select(({ fn }) => ['jabatanId', fn.countAll<number>().as('n')])
    .where('jabatanId', 'is not', null)
    .groupBy('jabatanId')
    .execute();
  return new Map(rows.map((r) => [r.jabatanId ?? '', Number(r.n)]));
}

/** What saveJabatan would do with this row, without writing (import previews). */
export function jabatanChangeKind(existing: Jabatan | undefined, next: Jabatan): ChangeKind {
  return changeKind(existing, next, COLUMNS);
}

export async function saveJabatan(trx: Trx, ctx: WriteContext, j: Jabatan, existing: Jabatan | undefined): Promise<ChangeKind> {
  const kind = jabatanChangeKind(existing, j);
  if (kind === 'unchanged') return kind;
  if (existing) {
    const { id, ...rest } = j;
    await trx.updateTable('jabatan').set({ ...rest, updatedAt: ctx.now }).where('id', '=', id).execute();
  } else {
    await trx.insertInto('jabatan').values({ ...j, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  }
  await recordChange(trx, ctx, { command: 'jabatan/upsert', entity: 'jabatan', entityId: j.id, action: existing ? 'update' : 'create', before: existing ?? null, after: j });
  return existing ? 'update' : 'insert';
}
