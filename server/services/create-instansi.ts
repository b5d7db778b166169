import type { SyncRow } from '../../shared/sync-protocol.js';
import { createSyncHead } from '../db/repos/head-repo.js';
import { findInstansi, findInstansiByKode, insertInstansi } from '../db/repos/instansi-repo.js';
import { insertPegawai } from '../db/repos/pegawai-repo.js';
import { maxSeq } from '../db/repos/touch-repo.js';
import type { Db, WriteMeta } from '../db/repos/types.js';
import { insertUnit } from '../db/repos/unit-repo.js';
import { insertUser } from '../db/repos/user-repo.js';
import { HttpFailure } from '../http/errors.js';

export type NewInstansi = {
  instansi: SyncRow<'instansi'>;
  unit: SyncRow<'unit_kerja'>;
  user: SyncRow<'user'>;
  pegawai: SyncRow<'pegawai'> | null;
};

/**
 * Writes a new instansi with its top unit, first admin (and that admin's pegawai row) and its
 * change-feed head, inside the caller's transaction. The caller has validated the rows.
 */
export async function createInstansi(trx: Db, n: NewInstansi, meta: WriteMeta): Promise<void> {
  if (await findInstansiByKode(trx, n.instansi.kode)) {
    throw new HttpFailure(409, 'CONFLICT', `Instansi dengan kode "${n.instansi.kode}" sudah ada di server.`);
  }
  if (await findInstansi(trx, n.instansi.id)) throw new HttpFailure(409, 'CONFLICT', 'Instansi dengan id ini sudah ada di server.');
  const seqs = [(await insertInstansi(trx, n.instansi, meta)).seq, (await insertUnit(trx, n.unit, meta)).seq];
  if (n.pegawai) seqs.push((await insertPegawai(trx, n.instansi.id, n.pegawai, meta)).seq);
  seqs.push((await insertUser(trx, n.instansi.id, n.user, meta)).seq);
  const head = maxSeq(seqs);
  if (!head) throw new Error('no seq written');
  await createSyncHead(trx, n.instansi.id, head);
}
