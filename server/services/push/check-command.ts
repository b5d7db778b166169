import type { z } from 'zod';
import { COMMAND_ENTITY, syncRowSchemas, type PushCommand } from '../../../shared/sync-protocol.js';
import { safeParseId } from '../../http/validate.js';
import { checkEvaluasi } from './apply-evaluasi.js';
import { checkInstansi } from './apply-instansi.js';
import { checkJabatan } from './apply-jabatan.js';
import { checkLaporanDelete, checkLaporanUpsert } from './apply-laporan.js';
import { checkPegawai } from './apply-pegawai.js';
import { checkPengaturan } from './apply-pengaturan.js';
import { checkPenilaiOverride } from './apply-penilai-override.js';
import { checkPredikatOrganisasi } from './apply-predikat-organisasi.js';
import { checkRealisasi } from './apply-realisasi.js';
import { checkRhkDelete, checkRhkUpsert } from './apply-rhk.js';
import { checkSkp } from './apply-skp.js';
import { checkSkpTemplate } from './apply-skp-template.js';
import { checkUmpanBalik } from './apply-umpan-balik.js';
import { checkUnit } from './apply-unit.js';
import { checkChangePassword, checkUser } from './apply-user.js';
import { requireOwnKey, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';

function payloadOf<T extends { id: string }>(schema: z.ZodType<T>, cmd: PushCommand): T {
  const r = safeParseId(schema, cmd.payload);
  if (!r.success) {
    const detail = r.error.issues.map((i) => `${i.path.join('.') || 'data'}: ${i.message}`).join('; ');
    throw new Rejection('VALIDATION', `Data perintah tidak valid (${detail}).`);
  }
  if (r.data.id !== cmd.entityId) throw new Rejection('VALIDATION', 'Id data tidak sama dengan id pada perintah.');
  return r.data;
}

/**
 * Runs the command's checks, the desk's rules re-executed with the sender's permissions, and
 * returns what to write; throws a Rejection otherwise. Writes nothing.
 */
export function checkCommand(c: CommandContext): Promise<Plan> {
  const { cmd } = c;
  if (!c.actor.aktif) throw new Rejection('FORBIDDEN', 'Akun pembuat perubahan tidak aktif di server.');
  // A provisional key signs only its owner's password change (checkChangePassword checks the owner).
  requireOwnKey(c);
  switch (cmd.name) {
    case 'instansi/upsert':
      return checkInstansi(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'unit/upsert':
      return checkUnit(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'jabatan/upsert':
      return checkJabatan(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'pegawai/upsert':
      return checkPegawai(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'user/upsert':
      return checkUser(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'user/changePassword':
      return checkChangePassword(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'skp/upsert':
      return checkSkp(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'rhk/upsert':
      return checkRhkUpsert(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'rhk/delete':
      return checkRhkDelete(c, cmd.payload);
    case 'skpTemplate/upsert':
      return checkSkpTemplate(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'pengaturanKinerja/upsert':
      return checkPengaturan(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'penilaiOverride/upsert':
      return checkPenilaiOverride(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'realisasi/upsert':
      return checkRealisasi(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'laporanHarian/upsert':
      return checkLaporanUpsert(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'laporanHarian/delete':
      return checkLaporanDelete(c, cmd.payload);
    case 'umpanBalik/create':
      return checkUmpanBalik(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'evaluasi/upsert':
      return checkEvaluasi(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
    case 'predikatOrganisasi/upsert':
      return checkPredikatOrganisasi(c, payloadOf(syncRowSchemas[COMMAND_ENTITY[cmd.name]], cmd));
  }
}
