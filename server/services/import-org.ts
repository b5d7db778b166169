import type { SyncRow } from '../../shared/sync-protocol.js';
import { markTreesChanged } from '../db/repos/head-repo.js';
import { nextSeq, type WriteMeta } from '../db/repos/types.js';
import type { ServerDb } from '../db/connect.js';
import { createInstansi } from './create-instansi.js';
import { userColumns } from '../db/repos/user-repo.js';

export type OrgImport = {
  instansi: SyncRow<'instansi'>;
  /** The first one is the top unit; parents come before their children. */
  units: SyncRow<'unit_kerja'>[];
  /** Atasan before the jabatan under them. */
  jabatan: SyncRow<'jabatan'>[];
  pegawai: SyncRow<'pegawai'>[];
  /** The first one is the admin of the top unit. */
  users: SyncRow<'user'>[];
};

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at ~17 columns a row. */
const BATCH = 500;

function batches<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Loads a whole instansi in one transaction with multi-row inserts (an initial load of tens of
 * thousands of rows; pushes would take one command per row). The rows are trusted: validate them
 * before, as the spreadsheet import does on the desk.
 */
export async function importOrg(db: ServerDb, org: OrgImport, meta: WriteMeta): Promise<void> {
  const [root, ...units] = org.units;
  const [admin, ...users] = org.users;
  if (!root || !admin) throw new Error('importOrg needs a top unit and an admin');
  const I = org.instansi.id;
  const stamp = { version: 1, seq: nextSeq, createdAt: meta.now, updatedAt: meta.now, updatedByDevice: meta.deviceId };
  await db.transaction().execute(async (trx) => {
    await createInstansi(trx, { instansi: org.instansi, unit: root, user: admin, pegawai: null }, meta);
    for (const b of batches(units)) await trx.insertInto('unitKerja').values(b.map((u) => ({ ...u, ...stamp }))).execute();
    for (const b of batches(org.jabatan)) await trx.insertInto('jabatan').values(b.map((j) => ({ ...j, instansiId: I, ...stamp }))).execute();
    for (const b of batches(org.pegawai)) await trx.insertInto('pegawai').values(b.map((p) => ({ ...p, instansiId: I, ...stamp }))).execute();
    for (const b of batches(users)) await trx.insertInto('user').values(b.map((u) => ({ ...userColumns(u), instansiId: I, ...stamp }))).execute();
    const last = await trx.selectNoFrom(nextSeq.as('seq')).executeTakeFirstOrThrow();
    await markTreesChanged(trx, I, last.seq, { org: true, jabatan: true });
  });
}
