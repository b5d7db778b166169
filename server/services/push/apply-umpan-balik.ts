/**
 * umpanBalik/create: one message of the dialog kinerja, written by the pegawai, their pejabat
 * penilai or the atasan pejabat penilai, under the author's own name. Messages are never edited.
 */
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findDoc } from '../../db/repos/evaluasi-repo.js';
import type { CommandContext, Plan } from './command-context.js';
import { dateOf, evaluasiStanding, requireRhkOfSkp, skpOfDoc } from './evaluasi-parties.js';
import { Rejection } from './rejection.js';
import { underLock } from './skp-parties.js';

export const UMPAN_BALIK_MSG = {
  tidakDapatDiubah: 'Pesan umpan balik yang sudah dikirim tidak dapat diubah.',
  bukanPenulis: 'Penulis umpan balik harus akun yang membuat perubahan ini.',
  bukanPihak: 'Umpan balik hanya dapat ditulis oleh pegawai yang dinilai, pejabat penilai, atau atasan pejabat penilainya.',
} as const;

export async function checkUmpanBalik(c: CommandContext, row: SyncRow<'umpan_balik'>): Promise<Plan> {
  const prev = await findDoc(c.db, c.instansiId, 'umpan_balik', row.id);
  if (prev) {
    // Only a device that holds the thread hears what the message says.
    await skpOfDoc(c, prev.row.skpId, { approved: false });
    throw new Rejection('CONFLICT', UMPAN_BALIK_MSG.tidakDapatDiubah, { row: prev.row, version: prev.version });
  }
  if (c.cmd.baseVersion !== null) throw new Rejection('NOT_FOUND', 'Data ini tidak ada di server (mungkin sudah dihapus).');
  if (row.authorUserId.toLowerCase() !== c.actor.id.toLowerCase()) throw new Rejection('FORBIDDEN', UMPAN_BALIK_MSG.bukanPenulis);
  const skp = await skpOfDoc(c, row.skpId, { approved: false });
  const s = await evaluasiStanding(c, skp, dateOf(row.at));
  const me = s.actor.pegawaiId;
  const pemilik = me !== null && me === skp.pegawaiId;
  if (!pemilik && !s.penilai && !(me !== null && s.atasanPenilaiPegawaiIds.includes(me))) throw new Rejection('FORBIDDEN', UMPAN_BALIK_MSG.bukanPihak);
  if (row.rhkId !== null) await requireRhkOfSkp(c, skp.id, [{ rhkId: row.rhkId, indikatorId: null }]);
  return underLock({ entity: 'umpan_balik', row, prevVersion: null });
}
