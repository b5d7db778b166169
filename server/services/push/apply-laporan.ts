/**
 * laporanHarian/upsert and /delete: the owner's daily activity log (or an operator of the unit
 * writing it for them), on an approved SKP, dated inside its periode, refused once the period the
 * date falls in (or the year) is locked. Delete is a soft delete, as rhk/delete.
 */
import { checkLaporanHarianEdit } from '../../../shared/domain/evaluasi/lock.js';
import type { Skp } from '../../../shared/domain/skp/types.js';
import { laporanDeletePayloadSchema } from '../../../shared/sync-rows-evaluasi.js';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { evaluasiOfSkp, findDoc } from '../../db/repos/evaluasi-repo.js';
import type { Stored } from '../../db/repos/types.js';
import { requireBaseVersion, type CommandContext, type Plan } from './command-context.js';
import { dateOf, EVALUASI_SERVER_MSG, evaluasiStanding, jenisPeriode, refusedEvaluasi, requireRhkOfSkp, skpOfDoc } from './evaluasi-parties.js';
import { Rejection } from './rejection.js';
import { underLock } from './skp-parties.js';

/** Each date the write touches (the old one too when an entry moves) must lie in the SKP and in an open period. */
async function requireOpen(c: CommandContext, skp: Skp, tanggal: readonly string[], current: Stored<'laporan_harian'> | undefined): Promise<void> {
  const jenis = await jenisPeriode(c);
  const evaluasi = (await evaluasiOfSkp(c.db, c.instansiId, skp.id)).map((e) => e.row);
  for (const t of new Set(tanggal)) {
    const refusal = checkLaporanHarianEdit(skp.periode, t, jenis, evaluasi);
    if (refusal) throw refusedEvaluasi(refusal, current && { row: current.row, version: current.version });
  }
}

async function requireWriter(c: CommandContext, skp: Skp, current: Stored<'laporan_harian'> | undefined): Promise<void> {
  const s = await evaluasiStanding(c, skp, dateOf(c.cmd.createdAt));
  if (!s.forOwner) throw new Rejection('FORBIDDEN', EVALUASI_SERVER_MSG.bukanPemilikAtauOperator, current && { row: current.row, version: current.version });
}

export async function checkLaporanUpsert(c: CommandContext, row: SyncRow<'laporan_harian'>): Promise<Plan> {
  const prev = await findDoc(c.db, c.instansiId, 'laporan_harian', row.id);
  const skp = await skpOfDoc(c, prev?.row.skpId ?? row.skpId, { approved: true });
  requireBaseVersion(c, prev, true);
  if (prev && prev.row.skpId !== row.skpId) throw new Rejection('VALIDATION', 'Laporan harian tidak dapat dipindahkan ke SKP lain.', { row: prev.row, version: prev.version });
  await requireOpen(c, skp, prev ? [prev.row.tanggal, row.tanggal] : [row.tanggal], prev);
  await requireWriter(c, skp, prev);
  if (row.rhkId !== null) await requireRhkOfSkp(c, skp.id, [{ rhkId: row.rhkId, indikatorId: null }]);
  return underLock({ entity: 'laporan_harian', row, prevVersion: prev?.version ?? null });
}

export async function checkLaporanDelete(c: CommandContext, payload: unknown): Promise<Plan> {
  const parsed = laporanDeletePayloadSchema.safeParse(payload);
  if (!parsed.success || parsed.data.id !== c.cmd.entityId) throw new Rejection('VALIDATION', 'Data perintah hapus laporan harian tidak valid.');
  const prev = await findDoc(c.db, c.instansiId, 'laporan_harian', parsed.data.id);
  if (!prev || prev.deleted) throw new Rejection('NOT_FOUND', 'Laporan harian ini tidak ada di server (mungkin sudah dihapus).');
  const skp = await skpOfDoc(c, prev.row.skpId, { approved: false });
  requireBaseVersion(c, prev, true);
  await requireOpen(c, skp, [prev.row.tanggal], prev);
  await requireWriter(c, skp, prev);
  return underLock({ entity: 'laporan_harian', row: prev.row, prevVersion: prev.version, deleted: true });
}
