/**
 * Instansi settings for pelaksanaan and penilaian (periodic evaluation monthly or quarterly, the
 * annual deadline, effective minutes per month). Read by every evaluation service; written by an
 * admin of the whole instansi (the row syncs to every desk).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { writeContext, type CoreContext } from '../../context.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import type { ParsedArgsOf } from '../../../../shared/contract.js';
import type { PengaturanKinerja } from '../../../../shared/domain/evaluasi/types.js';
import type { PengaturanKinerjaView } from '../../../../shared/entities-evaluasi.js';
import { AppFailure } from '../../../../shared/result.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { saveDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { pengaturanOf } from '../../db/repositories/evaluasi-query-repo.js';
import { derivedId } from '../../ids.js';

/**
 * Used until an admin saves the settings. [unconfirmed] '01-15' for the annual deadline and 6,750
 * effective minutes per month: both vary per instansi (DOMAIN.md "Pelaksanaan").
 */
export const PENGATURAN_DEFAULT = { periodeEvaluasi: 'triwulanan', batasEvaluasiTahunan: '01-15', menitEfektifBulanan: 6750 } as const satisfies Omit<
  PengaturanKinerja,
  'id' | 'instansiId'
>;

/**
 * The settings in force on this desk (the defaults when none is saved).
 *
 * @example
 * (await pengaturan(core.db)).periodeEvaluasi; // 'triwulanan'
 */
export async function pengaturan(db: Kysely<Database>): Promise<PengaturanKinerjaView> {
  const instansi = await getInstansi(db);
  const stored = instansi ? await pengaturanOf(db, instansi.id) : undefined;
  if (!stored) return { ...PENGATURAN_DEFAULT, tersimpan: false };
  const { periodeEvaluasi, batasEvaluasiTahunan, menitEfektifBulanan } = stored.row;
  return { periodeEvaluasi, batasEvaluasiTahunan, menitEfektifBulanan, tersimpan: true };
}

export async function settingsGet(core: CoreContext): Promise<PengaturanKinerjaView> {
  return pengaturan(core.db);
}

/** Admins whose scope is the whole instansi (the row is instansi-wide). */
export async function settingsSave(core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/settingsSave'>): Promise<PengaturanKinerjaView> {
  requireRole(actor, 'admin');
  const units = await listUnits(core.db);
  if (!units.every((u) => actor.scopeUnitIds.has(u.id))) throw new AppFailure('FORBIDDEN', 'Pengaturan kinerja berlaku untuk seluruh instansi; hanya admin tingkat instansi yang dapat mengubahnya.');
  await core.db.transaction().execute(async (trx) => {
    const instansi = await getInstansi(trx);
    if (!instansi) throw new AppFailure('NOT_SET_UP');
    const existing = await pengaturanOf(trx, instansi.id);
    const row: PengaturanKinerja = { id: existing?.row.id ?? derivedId('pengaturan_kinerja', instansi.id), instansiId: instansi.id, ...a };
    await saveDoc(trx, writeContext(core, actor), 'pengaturan_kinerja', 'pengaturanKinerja/upsert', row, existing);
  });
  core.emit({ name: 'data/changed', payload: { entities: ['pengaturan_kinerja'] } });
  return pengaturan(core.db);
}
