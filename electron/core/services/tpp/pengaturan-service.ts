/**
 * The instansi's TPP settings, kept as one JSON value in the desk's `setting` table (desk-only,
 * like the attendance it applies to). A desk that never saved any uses the defaults.
 */
import { pengaturanTppSchema } from '../../../../shared/contract-tpp.js';
import { DEFAULT_PENGATURAN_TPP } from '../../../../shared/domain/tpp/defaults.js';
import type { PengaturanTpp } from '../../../../shared/domain/tpp/types.js';
import type { Db } from '../../db/connection.js';
import { getSetting, putSetting } from '../../db/repositories/setting-repo.js';
import type { Trx } from '../../db/repositories/changes.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';

export const PENGATURAN_KEY = 'tpp.pengaturan';

/** The stored settings; the defaults when none were saved or the stored value no longer parses. */
export async function loadPengaturan(db: Db): Promise<PengaturanTpp> {
  const raw = await getSetting(db, PENGATURAN_KEY);
  if (raw === null) return structuredClone(DEFAULT_PENGATURAN_TPP);
  try {
    // Fields added by a later version start from their default.
    const parsed = pengaturanTppSchema.safeParse({ ...DEFAULT_PENGATURAN_TPP, ...(JSON.parse(raw) as object) });
    return parsed.success ? parsed.data : structuredClone(DEFAULT_PENGATURAN_TPP);
  } catch {
    return structuredClone(DEFAULT_PENGATURAN_TPP);
  }
}

export async function pengaturanGet(core: CoreContext, actor: Actor): Promise<PengaturanTpp> {
  requireRole(actor, 'operator', 'admin');
  return loadPengaturan(core.db);
}

/**
 * Stores settings inside the caller's transaction (the form's save and the demo load share it).
 * Holidays are kept in date order, so the form and the export list them as a calendar does.
 */
export async function storePengaturan(trx: Trx, p: PengaturanTpp): Promise<PengaturanTpp> {
  const value = { ...p, hariLibur: [...p.hariLibur].sort((a, b) => a.tanggal.localeCompare(b.tanggal)) };
  await putSetting(trx, PENGATURAN_KEY, JSON.stringify(value));
  return value;
}

export async function pengaturanSave(core: CoreContext, actor: Actor, p: PengaturanTpp): Promise<PengaturanTpp> {
  requireRole(actor, 'operator', 'admin');
  return core.db.transaction().execute((trx) => storePengaturan(trx, p));
}
