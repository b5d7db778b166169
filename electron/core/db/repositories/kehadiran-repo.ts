/**
 * Attendance records (desk-only, not synced: no audit per row and no outbox; the import itself is
 * one audit entry written by the service). One row per pegawai and day.
 */
import type { Kysely } from 'kysely';
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

/** Writes records, replacing the stored one of the same pegawai and day. */
export async function simpanKehadiran(trx: Trx, rows: readonly KehadiranRow[], meta: { sumber: string; now: string; actorUserId: string | null }): Promise<void> {
  for (const part of chunks(rows)) {
    if (part.length === 0) continue;
    await trx
      .insertInto('kehadiran')
      .values(part.map((r) => ({ id: newId(), pegawaiId: r.pegawaiId, tanggal: r.tanggal, masuk: r.masuk, pulang: r.pulang, sumber: meta.sumber, importedAt: meta.now, importedByUserId: meta.actorUserId })))
      .onConflict((oc) =>
        oc.columns(['pegawaiId', 'tanggal']).doUpdateSet((eb) => ({
          masuk: eb.ref('excluded.masuk'),
          pulang: eb.ref('excluded.pulang'),
          sumber: eb.ref('excluded.sumber'),
          importedAt: eb.ref('excluded.importedAt'),
          importedByUserId: eb.ref('excluded.importedByUserId'),
        })),
      )
      .execute();
  }
}
