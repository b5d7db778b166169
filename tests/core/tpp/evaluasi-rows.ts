/**
 * Writes SKP and evaluation rows straight into the desk tables, the way issue 10's services (on
 * another branch) and sync will: the rekap only reads them.
 */
import type { Evaluasi, PeriodeKey, Predikat } from '../../../shared/domain/evaluasi/types.js';
import { newId } from '../../../electron/core/ids.js';
import type { TppEnv } from './fixture.js';

export async function skpOf(env: TppEnv, pegawaiId: string, unitId: string, tahun = 2026): Promise<string> {
  const id = newId();
  await env.t.core.context.db
    .insertInto('skp')
    .values({
      id,
      pegawaiId,
      jabatanId: newId(),
      unitId,
      tahun,
      periodeMulai: `${tahun}-01-01`,
      periodeSelesai: `${tahun}-12-31`,
      pendekatan: 'kuantitatif',
      status: 'disetujui',
      versi: 1,
      previousVersionId: null,
      penilai: null,
      perilaku: '[]',
      lampiran: '{}',
      returnNote: null,
      approvedAt: null,
      approvedByUserId: null,
      delegasi: null,
      riwayat: '[]',
      diajukanAt: null,
      rowVersion: 1,
      createdAt: 't',
      updatedAt: 't',
    })
    .execute();
  return id;
}

export async function evaluasi(env: TppEnv, skpId: string, periode: PeriodeKey, predikat: Predikat, terkunci: boolean, lockedAt = '2026-02-03T03:00:00.000Z'): Promise<void> {
  const actor = newId();
  const data: Evaluasi = {
    id: newId(),
    skpId,
    periode,
    penilaiPegawaiId: null,
    ratingHasilKerja: 'sesuai',
    ratingPerilaku: 'sesuai',
    predikat,
    saranPredikat: null,
    alasanPredikat: null,
    umpanBalikHasilKerja: null,
    umpanBalikPerilaku: null,
    catatan: null,
    terkunci,
    diterimaAt: null,
    riwayat: terkunci ? [{ at: lockedAt, action: 'kunci', actorUserId: actor, alasan: null }] : [],
  };
  await env.t.core.context.db.insertInto('evaluasi').values({ id: data.id, skpId, periode, data: JSON.stringify(data), rowVersion: 1, createdAt: 't', updatedAt: 't' }).execute();
}
