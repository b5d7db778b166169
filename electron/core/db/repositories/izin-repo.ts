/** Excused absences (cuti, dinas luar, sakit) per pegawai; desk-only, not synced. */
import type { Kysely } from 'kysely';
import type { Izin, JenisIzin } from '../../../../shared/domain/tpp/types.js';
import type { Database } from '../schema.js';
import type { Trx } from './changes.js';

const COLUMNS = ['id', 'pegawaiId', 'jenis', 'mulai', 'selesai', 'keterangan'] as const;

function toIzin(r: { id: string; pegawaiId: string; jenis: string; mulai: string; selesai: string; keterangan: string }): Izin {
  // The column's CHECK constraint allows only the three kinds.
  return { ...r, jenis: r.jenis as JenisIzin };
}

export async function findIzin(db: Kysely<Database>, id: string): Promise<Izin | undefined> {
  const r = await db.selectFrom('izinPegawai').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r && toIzin(r);
}

/**
 * Absences of these pegawai that touch `mulai`..`selesai`, oldest first.
 *
 * @example
 * await izinDalam(db, ['p1'], '2026-01-01', '2026-01-31');
 */
export async function izinDalam(db: Kysely<Database>, pegawaiIds: readonly string[], mulai: string, selesai: string): Promise<Izin[]> {
  const out: Izin[] = [];
  for (let i = 0; i < pegawaiIds.length; i += 500) {
    const rows = await db
      .selectFrom('izinPegawai')
      .select(COLUMNS)
      .where('pegawaiId', 'in', pegawaiIds.slice(i, i + 500))
      .where('mulai', '<=', selesai)
      .where('selesai', '>=', mulai)
      .orderBy('mulai')
      .orderBy('id')
      .execute();
    out.push(...rows.map(toIzin));
  }
  return out;
}

export async function saveIzin(trx: Trx, izin: Izin, meta: { now: string; actorUserId: string | null }, isNew: boolean): Promise<void> {
  if (isNew) {
    await trx.insertInto('izinPegawai').values({ ...izin, createdAt: meta.now, updatedAt: meta.now, updatedByUserId: meta.actorUserId }).execute();
  } else {
    const { id, ...rest } = izin;
    await trx.updateTable('izinPegawai').set({ ...rest, updatedAt: meta.now, updatedByUserId: meta.actorUserId }).where('id', '=', id).execute();
  }
}

export async function deleteIzin(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('izinPegawai').where('id', '=', id).execute();
}
