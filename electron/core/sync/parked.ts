import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Trx } from '../db/repositories/changes.js';
import { getSetting, putSetting } from '../db/repositories/setting-repo.js';
import { danglingReferences, describeDangling } from './fk-check.js';
import { deleteLocalRow, isSyncEntity, rebuildRow } from './replica.js';

/**
 * Rows the server sent whose references still point at nothing here (the server's scope closure
 * should make this impossible; an old server or a bug must not stop a desk). Such a row is taken
 * out of the local tables — its server copy stays in server_row — so the apply commits and the
 * desk keeps syncing; every later apply puts it back first, and it stays once its target arrived.
 * Kept as a setting (entity:id list), so nothing here needs a migration.
 */
const PARKED_KEY = 'sync.parked';
/** Removing a row can leave its own referrers dangling; a few rounds settle any real chain. */
const MAX_ROUNDS = 20;

type Parked = { entity: string; id: string };

export async function readParked(db: Kysely<Database>): Promise<Parked[]> {
  const raw = await getSetting(db, PARKED_KEY);
  if (!raw) return [];
  const list: unknown = JSON.parse(raw);
  return Array.isArray(list) ? list.filter((p): p is Parked => typeof p?.entity === 'string' && typeof p?.id === 'string') : [];
}

/** Puts every parked row back from its server copy (and the desk's pending edits). */
export async function unparkAll(trx: Trx, now: string): Promise<void> {
  const parked = await readParked(trx);
  if (parked.length === 0) return;
  for (const p of parked) if (isSyncEntity(p.entity)) await rebuildRow(trx, p.entity, p.id, now);
  await putSetting(trx, PARKED_KEY, '[]');
}

/** Parks every row that dangles now; returns how many rows are parked. */
export async function parkDangling(trx: Trx): Promise<number> {
  const before = await readParked(trx);
  const parked = new Map<string, Parked>(before.map((p) => [`${p.entity}:${p.id}`, p]));
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const dangling = await danglingReferences(trx);
    if (dangling.length === 0) {
      if (parked.size !== before.length) await putSetting(trx, PARKED_KEY, JSON.stringify([...parked.values()]));
      return parked.size;
    }
    for (const d of dangling) {
      if (!isSyncEntity(d.table)) continue;
      await deleteLocalRow(trx, d.table, d.id);
      parked.set(`${d.table}:${d.id}`, { entity: d.table, id: d.id });
    }
  }
  throw new Error(`Rujukan menggantung tidak dapat dipisahkan: ${describeDangling(await danglingReferences(trx))}.`);
}

/**
 * The one problem an admin sees on the Sinkronisasi screen while rows are parked: a count and
 * what to do, never the rows themselves.
 */
export async function parkedProblem(db: Kysely<Database>): Promise<string | null> {
  const n = (await readParked(db)).length;
  if (n === 0) return null;
  return `${n} data dari server belum dapat ditampilkan di meja ini karena data yang dirujuknya belum diterima. Sinkronisasi tetap berjalan dan data ini akan muncul sendiri setelah datanya lengkap. Bila pesan ini tidak hilang setelah beberapa kali sinkron, hubungi pengelola server.`;
}
