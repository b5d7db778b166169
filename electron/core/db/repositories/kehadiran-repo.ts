/**
 * Attendance records (desk-only, not synced: no audit per row and no outbox). One row per pegawai
 * and day.
 */
import { sql, type Kysely } from 'kysely';
import type { Kehadiran } from '../../../../shared/domain/tpp/types.js';
import type { Database } from '../schema.js';
import type { Trx } from './changes.js';
import { newId } from '../../ids.js';

export type KehadiranRow = Kehadiran & { pegawaiId: string };

/** SQLite allows a few thousand bound values; ids go in chunks below that. */
const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/**
 * Records of these pegawai from `mulai` to `selesai` (inclusive), by pegawai.
 *
 * @example
 * const byPegawai = await kehadiranDalam(db, ['p1'], '2026-01-01', '2026-01-31');
 */
export async function kehadiranDalam(db: Kysely<Database>, pegawaiIds: readonly string[], mulai: string, selesai: string): Promise<Map<string, Kehadiran[]>> {
  const out = new Map<string, Kehadiran[]>();
  for (const ids of chunks(pegawaiIds)) {
    const rows = await db
      .selectFrom('kehadiran')
      .select(['pegawaiId', 'tanggal', 'masuk', 'pulang'])
      .where('pegawaiId', 'in', ids)
      .where('tanggal', '>=', mulai)
      .where('tanggal', '<=', selesai)
      .orderBy('tanggal')
      .execute();
    for (const r of rows) {
      const list = out.get(r.pegawaiId) ?? [];
      list.push({ tanggal: r.tanggal, masuk: r.masuk, pulang: r.pulang });
      out.set(r.pegawaiId, list);
    }
  }
  return out;
}

/** Rows per write statement: they travel as one JSON parameter, so SQLite's variable limit does not apply. */
const WRITE_CHUNK = 5000;

/**
 * Writes records, replacing the stored one of the same pegawai and day. One statement per 5,000
 * rows with the rows as ONE JSON parameter spread by json_each (as bulk-insert.ts does): building
 * and binding multi-row VALUES lists cost ten times the insert itself, which a month of a large
 * unit (and the 10,000-pegawai demo) felt. Each row is `[id, pegawaiId, tanggal, masuk, pulang]`.
 *
 * @example
 * await simpanKehadiran(trx, [{ pegawaiId: 'p1', tanggal: '2026-01-05', masuk: 450, pulang: 965 }], { sumber: 'absen.csv', now, actorUserId });
 */
export async function simpanKehadiran(trx: Trx, rows: readonly KehadiranRow[], meta: { sumber: string; now: string; actorUserId: string | null }): Promise<void> {
  for (let i = 0; i < rows.length; i += WRITE_CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + WRITE_CHUNK).map((r) => [newId(), r.pegawaiId, r.tanggal, r.masuk, r.pulang]));
    // `where true` keeps SQLite from reading ON CONFLICT as part of the SELECT's join (its upsert rule).
    await sql`insert into kehadiran (id, pegawai_id, tanggal, masuk, pulang, sumber, imported_at, imported_by_user_id)
      select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ${meta.sumber}, ${meta.now}, ${meta.actorUserId}
      from json_each(${json}) where true
      on conflict (pegawai_id, tanggal) do update set
        masuk = excluded.masuk, pulang = excluded.pulang, sumber = excluded.sumber,
        imported_at = excluded.imported_at, imported_by_user_id = excluded.imported_by_user_id`.execute(trx);
  }
}
