import { v7 } from 'uuid';
import { z } from 'zod';
import { normalizeNip, parseNip } from '../../shared/domain/nip.js';
import type { ServerDb } from '../db/connect.js';
import { provisionalKey } from '../auth/signatures.js';
import { hashPassword } from '../auth/password.js';
import { HttpFailure } from '../http/errors.js';
import { parseOrThrow } from '../http/validate.js';
import { createInstansi } from './create-instansi.js';

export const initInstansiSchema = z.strictObject({
  kode: z.string().trim().min(1).max(40),
  nama: z.string().trim().min(1).max(200),
  unitKode: z.string().trim().min(1).max(40),
  unitNama: z.string().trim().min(1).max(200),
  adminNip: z.string().trim().min(1).max(40),
  adminNama: z.string().trim().min(1).max(120),
  adminPassword: z.string().min(8).max(200),
});
export type InitInstansiInput = z.input<typeof initInstansiSchema>;

/**
 * Creates an instansi on the server with its top unit and first admin account (admin + operator),
 * who can then enroll the first desk. Used by `server/cli.ts init-instansi`.
 *
 * @example
 * await initInstansi(db, { kode: 'DISDIK', nama: 'Dinas Pendidikan', unitKode: '01', unitNama: 'Dinas Pendidikan',
 *   adminNip: '198503122010011003', adminNama: 'Budi', adminPassword: 'rahasia123' });
 */
export async function initInstansi(db: ServerDb, raw: InitInstansiInput, now = new Date()): Promise<{ instansiId: string; unitId: string; userId: string }> {
  const input = parseOrThrow(initInstansiSchema, raw);
  const nip = normalizeNip(input.adminNip);
  // PNS or PPPK is not asked here; the PPPK check (length, digits, birth date) holds for both.
  const parsed = parseNip(nip, 'PPPK');
  if (!parsed.ok) throw new HttpFailure(400, 'INVALID_NIP', parsed.errors.map((e) => e.message.replace('NI PPPK', 'NIP')).join(' '));
  const ids = { instansiId: v7(), unitId: v7(), userId: v7() };
  // The operator typed this password for the admin: the admin's first key is provisional.
  const [passwordHash, keys] = await Promise.all([hashPassword(input.adminPassword), provisionalKey(input.adminPassword, ids.userId)]);
  await db.transaction().execute((trx) =>
    createInstansi(
      trx,
      {
        instansi: { id: ids.instansiId, kode: input.kode, nama: input.nama, isDemo: false },
        unit: { id: ids.unitId, instansiId: ids.instansiId, parentId: null, kode: input.unitKode, nama: input.unitNama },
        user: { id: ids.userId, nip, nama: input.adminNama, roles: ['admin', 'operator'], unitId: ids.unitId, pegawaiId: null, aktif: true, passwordHash, ...keys },
        pegawai: null,
      },
      { now, deviceId: null },
    ),
  );
  return ids;
}
