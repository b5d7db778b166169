import type { SyncRow } from '../../../shared/sync-protocol.js';
import { formatNamaLengkap } from '../../../shared/domain/nama.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { findPegawaiForWrite } from '../../db/repos/pegawai-repo.js';
import { recordExits } from '../../db/repos/scope-exit-repo.js';
import { usersOfPegawai } from '../../db/repos/user-repo.js';
import { deviceSees, requireBaseVersion, requireRole, requireWritable, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

/** The desk's pegawai rules (pegawai-service), re-run with the sender's permissions. */
export async function checkPegawai(c: CommandContext, row: SyncRow<'pegawai'>): Promise<Plan> {
  requireRole(c, 'operator', 'admin');
  const { byId: prev, byKey: sameNip } = c.ahead?.pegawaiForWrite(row.id, row.nip) ?? (await findPegawaiForWrite(c.db, c.instansiId, row.id, row.nip));
  if (prev) requireWritable(c, prev.row.unitId);
  requireWritable(c, row.unitId);
  requireBaseVersion(c, prev, true);

  const problems = checkPegawaiFields(row);
  if (normalizeNip(row.nip) !== row.nip) problems.unshift({ field: 'nip', message: 'NIP harus ditulis tanpa spasi.' });
  if (problems.length > 0) {
    throw new Rejection(problems.some((p) => p.field === 'nip') ? 'INVALID_NIP' : 'VALIDATION', problems.map((p) => p.message).join(' '));
  }
  if (row.jabatanId !== null && !(await c.jabatan()).has(row.jabatanId)) throw new Rejection('NOT_FOUND', 'Jabatan tidak ditemukan.');
  if (sameNip && sameNip.row.id !== row.id) {
    const visible = deviceSees(c, sameNip.row.unitId);
    throw new Rejection(
      'CONFLICT',
      visible ? `NIP ${row.nip} sudah terdaftar atas nama ${formatNamaLengkap(sameNip.row)}.` : `NIP ${row.nip} sudah terdaftar di unit kerja lain.`,
      visible ? { row: sameNip.row, version: sameNip.version } : undefined,
    );
  }

  const write = { entity: 'pegawai' as const, row, prevVersion: prev?.version ?? null };
  if (!prev || (prev.row.unitId === row.unitId && prev.row.jabatanId === row.jabatanId)) return { write, changed: {} };
  // Devices that saw this pegawai through the old unit or jabatan must drop it, and the accounts
  // linked to it that they held as a penilai's (see pull/closure.ts) unless it still rates there.
  const from = { fromUnitId: prev.row.unitId, fromJabatanId: prev.row.jabatanId };
  const exits = async () => [
    { entity: 'pegawai' as const, entityId: row.id, ...from },
    ...(await usersOfPegawai(c.db, c.instansiId, [row.id])).map((u) => ({ entity: 'user' as const, entityId: u.row.id, ...from })),
  ];
  return { write, changed: {}, after: async () => recordExits(c.db, c.instansiId, await exits()) };
}
