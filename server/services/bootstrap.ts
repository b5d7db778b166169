import type { BootstrapRequest, EnrollResponse } from '../../shared/sync-protocol.js';
import { normalizeNip } from '../../shared/domain/nip.js';
import { checkPegawaiFields } from '../../shared/domain/pegawai-rules.js';
import { isArgon2idHash } from '../auth/password.js';
import { safeEqual } from '../auth/secrets.js';
import type { ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';
import { isUniqueViolation } from '../db/pg-errors.js';
import { createInstansi } from './create-instansi.js';
import { createDevice } from './devices.js';

function invalid(message: string): HttpFailure {
  return new HttpFailure(400, 'VALIDATION', message);
}

/** The rows must form a self-contained start: top unit of this instansi, an active admin in it. */
function checkShape(req: BootstrapRequest): void {
  const { instansi, unit, user, pegawai } = req;
  if (unit.instansiId !== instansi.id || unit.parentId !== null) throw invalid('Unit kerja harus unit teratas instansi ini.');
  if (user.unitId !== unit.id || !user.roles.includes('admin') || !user.aktif) throw invalid('Akun harus admin aktif pada unit kerja teratas.');
  if (normalizeNip(user.nip) !== user.nip) throw invalid('NIP akun harus ditulis tanpa spasi.');
  if (user.passwordHash === null || !isArgon2idHash(user.passwordHash)) throw invalid('Kata sandi akun harus disimpan sebagai hash argon2id.');
  // The uploading admin signed in with this account on their desk and holds the bootstrap secret
  // that founds the instansi: their keys come as the desk has them (a key made from a password
  // they chose there is their own; one an admin set stays provisional). See server/README.md.
  if (user.wrappedKey !== null && user.wrappedKey.keyVersion !== user.signingKeys[user.signingKeys.length - 1]?.version) throw invalid('Kunci terbungkus akun tidak sesuai dengan kunci terbarunya.');
  if (user.pegawaiId !== null && pegawai?.id !== user.pegawaiId) throw invalid('Data pegawai milik akun admin harus ikut dikirim.');
  if (pegawai) {
    if (pegawai.unitId !== unit.id || pegawai.jabatanId !== null) throw invalid('Pegawai admin harus berada di unit teratas, tanpa jabatan (jabatan dikirim kemudian).');
    const problems = checkPegawaiFields(pegawai);
    if (problems.length > 0) throw new HttpFailure(400, problems.some((p) => p.field === 'nip') ? 'INVALID_NIP' : 'VALIDATION', problems.map((p) => p.message).join(' '));
  }
}

/**
 * A desk that ran standalone connects to a server that does not know its instansi: with the
 * server's bootstrap secret it uploads the instansi, top unit and admin with their desk ids, and is
 * enrolled. The rest of its data follows by ordinary push.
 */
export async function bootstrapInstansi(ctx: ServerContext, req: BootstrapRequest): Promise<EnrollResponse> {
  if (ctx.bootstrapSecret === null) throw new HttpFailure(403, 'BOOTSTRAP_DISABLED');
  if (!safeEqual(ctx.bootstrapSecret, req.bootstrapSecret)) throw new HttpFailure(403, 'FORBIDDEN', 'Rahasia bootstrap salah.');
  checkShape(req);
  const now = ctx.clock();
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await createInstansi(trx, { instansi: req.instansi, unit: req.unit, user: req.user, pegawai: req.pegawai ?? null }, { now, deviceId: null });
      return createDevice(trx, { instansiId: req.instansi.id, unitId: req.unit.id, userId: req.user.id, name: req.deviceName, now });
    });
  } catch (e) {
    // Two desks bootstrapping the same kode at once: the loser hears what a later attempt would.
    if (isUniqueViolation(e)) throw new HttpFailure(409, 'CONFLICT', `Instansi dengan kode "${req.instansi.kode}" sudah ada di server.`);
    throw e;
  }
}
