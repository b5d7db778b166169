/**
 * Riwayat for operators and admins: the audit log of their units in words, filtered and paged with
 * its total, the people in it, and the filtered list as an xlsx.
 */
import { MAX_AUDIT_EXPORT, type ParsedArgsOf } from '../../../../shared/contract.js';
import type { AuditActor, AuditPage, FileDownload } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { requireRole, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import { today } from '../../context.js';
import { auditActors, searchAudit, type AuditFilter } from '../../db/repositories/audit-query.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { auditItems } from './audit-items.js';
import { auditWorkbook } from './audit-workbook.js';
import { XLSX_MIME } from '../sheets/layout.js';

/** The caller's units, or null when they cover the whole instansi (no scope filter needed). */
async function scopeOf(core: CoreContext, actor: Actor): Promise<string[] | null> {
  requireRole(actor, 'admin', 'operator');
  const whole = (await listUnits(core.db)).every((u) => actor.scopeUnitIds.has(u.id));
  return whole ? null : [...actor.scopeUnitIds];
}

/** A local calendar day's start as an instant (the desk's time zone: the core runs on the desk). */
function localDayStart(isoDate: string, plusDays = 0): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(y, m - 1, d + plusDays).toISOString();
}

async function filterOf(core: CoreContext, actor: Actor, a: ParsedArgsOf<'audit/export'>): Promise<AuditFilter> {
  if (a.from && a.to && a.to < a.from) throw new AppFailure('VALIDATION', 'Tanggal akhir tidak boleh sebelum tanggal awal.');
  return {
    unitIds: await scopeOf(core, actor),
    actorUserId: a.actorUserId,
    entity: a.entity,
    fromAt: a.from ? localDayStart(a.from) : undefined,
    toAt: a.to ? localDayStart(a.to, 1) : undefined,
  };
}

/**
 * @example
 * const page = await searchAuditPage(core, actor, { entity: 'skp', offset: 0, limit: 50 });
 */
export async function searchAuditPage(core: CoreContext, actor: Actor, a: ParsedArgsOf<'audit/search'>): Promise<AuditPage> {
  const { total, rows } = await searchAudit(core.db, await filterOf(core, actor, a), a.offset, a.limit);
  return { total, rows: await auditItems(core.db, rows) };
}

export async function listAuditActors(core: CoreContext, actor: Actor): Promise<AuditActor[]> {
  return auditActors(core.db, await scopeOf(core, actor));
}

/** The whole filtered list as a workbook; a list longer than MAX_AUDIT_EXPORT is refused, never cut. */
export async function exportAudit(core: CoreContext, actor: Actor, a: ParsedArgsOf<'audit/export'>): Promise<FileDownload> {
  const filter = await filterOf(core, actor, a);
  const { total, rows } = await searchAudit(core.db, filter, 0, MAX_AUDIT_EXPORT + 1);
  if (total > MAX_AUDIT_EXPORT) {
    throw new AppFailure('VALIDATION', `Riwayat terpilih berisi ${total} baris; ekspor paling banyak ${MAX_AUDIT_EXPORT}. Persempit dengan filter tanggal atau pengguna.`);
  }
  const base64 = await auditWorkbook(await auditItems(core.db, rows));
  return { fileName: `riwayat-${today(core)}.xlsx`, base64, mimeType: XLSX_MIME };
}
