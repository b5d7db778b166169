/**
 * The evaluation bench's subject on the demo desk: one approved SKP of a staff member brought to
 * 10 RHK, with monthly evaluation (the instansi setting switched to 'bulanan'), 12 monthly
 * realisasi rows over every indikator (a bukti link on some) and the first 11 months rated and
 * locked by the penilai. Written straight into the tables (bench set-up, not a user's path).
 */
import type { Core } from '../electron/core/app.js';
import { insertDocBatch } from '../electron/core/db/repositories/evaluasi-doc-bulk.js';
import { insertRhkBatch } from '../electron/core/db/repositories/rhk-repo.js';
import { findSkp } from '../electron/core/db/repositories/skp-repo.js';
import { rhkOfSkp } from '../electron/core/db/repositories/rhk-repo.js';
import { derivedId, newId } from '../electron/core/ids.js';
import { BULAN_KEYS } from '../shared/domain/evaluasi/periode-evaluasi.js';
import { predikatOf } from '../shared/domain/evaluasi/predikat.js';
import type { Evaluasi, Rating, Realisasi } from '../shared/domain/evaluasi/types.js';

export type EvaluationSubject = { skpId: string; penilaiNip: string; rhk: number; months: number };

export async function setUpEvaluationSubject(core: Core, token: string): Promise<EvaluationSubject> {
  const db = core.context.db;
  const saved = await core.invoke('evaluasi/settingsSave', { periodeEvaluasi: 'bulanan', batasEvaluasiTahunan: '01-15', menitEfektifBulanan: 6750 }, token);
  if (!saved.ok) throw new Error(saved.error.message);
  // A staff member's approved SKP whose penilai is in the unit (not the head of the unit).
  const pick = await db
    .selectFrom('skp as s')
    .innerJoin('jabatan as j', 'j.id', 's.jabatanId')
    .select(['s.id'])
    .where('s.status', '=', 'disetujui')
    .where('j.jenis', 'in', ['pelaksana', 'fungsional'])
    .orderBy('s.id')
    .limit(1)
    .offset(500)
    .executeTakeFirstOrThrow();
  const stored = await findSkp(db, pick.id);
  const penilaiId = stored?.skp.penilai?.penilaiPegawaiId;
  if (!stored || !penilaiId) throw new Error('no SKP with a penilai');
  const penilai = await db.selectFrom('pegawai').select('nip').where('id', '=', penilaiId).executeTakeFirstOrThrow();
  const penilaiUser = await db.selectFrom('user').select('id').where('pegawaiId', '=', penilaiId).executeTakeFirstOrThrow();
  const now = core.context.clock().toISOString();
  await db.transaction().execute(async (trx) => {
    const ctx = { actorUserId: null, now };
    const rhk = (await rhkOfSkp(trx, [pick.id])).map((x) => x.rhk);
    const extra = rhk.slice(0, 10 - rhk.length).map((r, i) => ({
      ...r, id: newId(), urutan: rhk.length + i + 1, jenis: 'utama' as const, teks: `${r.teks} tahap ${i + 2}`,
      indikator: r.indikator.map((ind) => ({ ...ind, id: newId() })),
    }));
    await insertRhkBatch(trx, ctx, extra, 'rhk/bench', false);
    const all = [...rhk, ...extra];
    await trx.deleteFrom('realisasi').where('skpId', '=', pick.id).execute();
    await trx.deleteFrom('evaluasi').where('skpId', '=', pick.id).execute();
    const realisasi: Realisasi[] = BULAN_KEYS.map((key, m) => ({
      id: derivedId('realisasi', pick.id, key), skpId: pick.id, periode: key, status: m < 11 ? 'dilaporkan' : 'draft', catatanRevisi: null,
      dilaporkanAt: m < 11 ? now : null,
      items: all.flatMap((r) => r.indikator.map((ind) => ({
        rhkId: r.id, indikatorId: ind.id, rencanaNilai: 2, rencanaTeks: null, nilai: (m + ind.id.charCodeAt(35)) % 4, teks: null,
        bukti: m % 3 === 0 ? [{ kind: 'tautan' as const, url: `https://arsip.disdik.contoh.go.id/bench/${key}`, judul: `Dokumentasi ${key}` }] : [],
      }))),
    }));
    const ratings: Rating[] = ['sesuai', 'di_atas', 'sesuai', 'di_bawah'];
    const evaluasi: Evaluasi[] = BULAN_KEYS.slice(0, 11).map((key, m) => {
      const hk = ratings[m % 4] ?? 'sesuai';
      return {
        id: derivedId('evaluasi', pick.id, key), skpId: pick.id, periode: key, penilaiPegawaiId: penilaiId, ratingHasilKerja: hk, ratingPerilaku: 'sesuai',
        predikat: predikatOf(hk, 'sesuai'), saranPredikat: null, alasanPredikat: null, umpanBalikHasilKerja: hk === 'sesuai' ? null : 'Catatan hasil kerja bulan ini.',
        umpanBalikPerilaku: null, catatan: null, terkunci: true, diterimaAt: null,
        riwayat: [{ at: now, action: 'nilai', actorUserId: penilaiUser.id, alasan: null }, { at: now, action: 'kunci', actorUserId: penilaiUser.id, alasan: null }],
      };
    });
    await insertDocBatch(trx, 'realisasi', realisasi.map((row) => ({ row, createdAt: now, updatedAt: now })));
    await insertDocBatch(trx, 'evaluasi', evaluasi.map((row) => ({ row, createdAt: now, updatedAt: now })));
  });
  const rhkCount = (await rhkOfSkp(db, [pick.id])).length;
  return { skpId: pick.id, penilaiNip: penilai.nip, rhk: rhkCount, months: 12 };
}
