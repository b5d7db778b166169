import { sql } from 'kysely';
import type { Db } from './types.js';

/**
 * Feed positions of the last change to the unit tree or an account (`orgSeq`) and to the jabatan
 * graph (`jabatanSeq`): the org caches' keys, and what an optimistic command re-checks.
 *
 * The `sync_head` row is also the instansi's write lock: every accepted write takes it (FOR
 * UPDATE; a lock, not an update, so the row stays one version however many commands pass) before
 * taking its seq and holds it to commit, so seqs commit in order (see `feedHorizon`).
 */
export type TreeSeqs = { orgSeq: string; jabatanSeq: string };

export async function readTreeSeqs(db: Db, instansiId: string): Promise<TreeSeqs | undefined> {
  return db.selectFrom('syncHead').select(['orgSeq', 'jabatanSeq']).where('instansiId', '=', instansiId).executeTakeFirst();
}

export async function createSyncHead(trx: Db, instansiId: string, seq: string): Promise<void> {
  await trx.insertInto('syncHead').values({ instansiId, orgSeq: seq, jabatanSeq: seq }).execute();
}

/** Invalidates caches after a write that changed a tree or an account (ordinary edits skip this). */
export async function markTreesChanged(trx: Db, instansiId: string, seq: string, changed: { org?: boolean; jabatan?: boolean }): Promise<void> {
  if (!changed.org && !changed.jabatan) return;
  await trx
    .updateTable('syncHead')
    .set({ ...(changed.org ? { orgSeq: seq } : {}), ...(changed.jabatan ? { jabatanSeq: seq } : {}) })
    .where('instansiId', '=', instansiId)
    .execute();
}

/**
 * The newest committed feed position of the instansi (null when it has none). Writers of one
 * instansi commit in seq order, so every row at or below this value is already visible: a pull
 * may move its cursor up to it without skipping a row that commits later. One backward index
 * probe per table on (instansi_id, seq).
 */
export async function feedHorizon(db: Db, instansiId: string): Promise<string | null> {
  const r = await sql<{ head: string | null }>`select greatest(
      (select max(seq) from instansi where id = ${instansiId}),
      (select max(seq) from unit_kerja where instansi_id = ${instansiId}),
      (select max(seq) from jabatan where instansi_id = ${instansiId}),
      (select max(seq) from pegawai where instansi_id = ${instansiId}),
      (select max(seq) from "user" where instansi_id = ${instansiId}),
      (select max(seq) from skp where instansi_id = ${instansiId}),
      (select max(seq) from rhk where instansi_id = ${instansiId}),
      (select max(seq) from skp_template where instansi_id = ${instansiId}),
      (select max(seq) from pengaturan_kinerja where instansi_id = ${instansiId}),
      (select max(seq) from penilai_override where instansi_id = ${instansiId}),
      (select max(seq) from realisasi where instansi_id = ${instansiId}),
      (select max(seq) from laporan_harian where instansi_id = ${instansiId}),
      (select max(seq) from umpan_balik where instansi_id = ${instansiId}),
      (select max(seq) from evaluasi where instansi_id = ${instansiId}),
      (select max(seq) from predikat_organisasi where instansi_id = ${instansiId}),
      (select max(seq) from scope_exit where instansi_id = ${instansiId})
    )::text as head`.execute(db);
  return r.rows[0]?.head ?? null;
}
