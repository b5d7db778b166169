/**
 * Writes the demo unit's TPP data inside the demo's transaction: the instansi's TPP settings (base
 * TPP per kelas, the work calendar), the attendance of the last full months and the excused
 * absences (demo/kehadiran.ts). They go through the same repository calls as the settings form,
 * the attendance import and the izin form, so nothing is stored a second way.
 *
 * Sync: none of this is synced. Attendance, izin and the TPP settings are desk-only (migration
 * 0007: no outbox, no row_version; the settings live in the desk's `setting` table), because the
 * fingerprint machines and the letters are at this office; a demo desk is refused at connect anyway.
 */
import { recordAudit, type Trx, type WriteContext } from '../db/repositories/changes.js';
import { saveIzin } from '../db/repositories/izin-repo.js';
import { simpanKehadiran } from '../db/repositories/kehadiran-repo.js';
import { demoBulan, demoKehadiran } from '../demo/kehadiran.js';
import { demoPengaturanTpp } from '../demo/tpp-pengaturan.js';
import { derivedId } from '../ids.js';
import { storePengaturan } from './tpp/pengaturan-service.js';

/** What the `sumber` column says of the demo's records (an import writes its file name there). */
export const DEMO_SUMBER_KEHADIRAN = 'Data demo (mesin sidik jari contoh)';

/**
 * @example
 * await writeDemoTpp(trx, ctx, { operatorUserId });
 */
export async function writeDemoTpp(trx: Trx, ctx: WriteContext, input: { operatorUserId: string }): Promise<void> {
  const years = [...demoBulan(ctx.now).map((b) => b.tahun), Number(ctx.now.slice(0, 4))];
  const pengaturan = await storePengaturan(trx, demoPengaturanTpp(years));
  // Id order = creation order (UUIDv7 ids count up as applyOrgData writes the generated pegawai),
  // so the output depends only on the demo's seed (a test checks it), and the records reach the
  // (pegawai, tanggal) index in its own order: about a second less on the 10,000-pegawai demo.
  const pegawai = await trx.selectFrom('pegawai').select(['id', 'nip']).orderBy('id').execute();
  const d = demoKehadiran({ now: ctx.now, pegawaiIds: pegawai.map((p) => p.id), pengaturan, izinId: (pegawaiId, mulai) => derivedId('izin_pegawai', pegawaiId, mulai) });
  await simpanKehadiran(trx, d.kehadiran, { sumber: DEMO_SUMBER_KEHADIRAN, now: ctx.now, actorUserId: null });
  const meta = { now: ctx.now, actorUserId: input.operatorUserId };
  for (const izin of d.izin) await saveIzin(trx, izin, meta, true);
  await recordAudit(trx, ctx, { action: 'tpp/demo', entity: 'kehadiran', entityId: input.operatorUserId, after: { bulan: d.bulan, kehadiran: d.kehadiran.length, izin: d.izin.length } });
}
