/**
 * What the core answers when a migration failed at start: the recovery screen's two calls, and
 * MIGRATION_FAILED for everything else (nobody can sign in to a database that did not open).
 */
import { join } from 'node:path';
import { argSchemas } from '../../shared/contract.js';
import type { RecoveryInfo } from '../../shared/entities.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { BACKUP_FOLDER, listCopies } from './db/backups.js';

export function backupDirOf(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER);
}

export function recoveryInfo(dataDir: string, reason: string | null): RecoveryInfo {
  return { failed: reason !== null, reason, copies: listCopies(backupDirOf(dataDir)) };
}

/** The message shown on the recovery screen: which migration failed, never row contents. */
export function failureReason(migrationName: string): string {
  return `Pembaruan basis data (${migrationName}) gagal saat aplikasi dimulai. Data Anda belum diubah oleh pembaruan itu.`;
}

export async function dispatchWhileFailed(
  channel: string,
  payload: unknown,
  state: { dataDir: string; reason: string; restore: (id: string) => Promise<RecoveryInfo> },
): Promise<Result<unknown>> {
  if (channel === 'recovery/status') return ok(recoveryInfo(state.dataDir, state.reason));
  if (channel === 'recovery/restore') {
    const parsed = argSchemas['recovery/restore'].safeParse(payload);
    if (!parsed.success) return fail('VALIDATION');
    if (!listCopies(backupDirOf(state.dataDir)).some((c) => c.id === parsed.data.id)) return fail('NOT_FOUND', 'Salinan tidak ditemukan.');
    try {
      return ok(await state.restore(parsed.data.id));
    } catch (e) {
      console.error('[meja] pemulihan dari salinan gagal:', e);
      return fail('INTERNAL', 'Pemulihan dari salinan gagal. Salinan dan berkas lama tetap ada di folder backups.');
    }
  }
  return fail('MIGRATION_FAILED', state.reason);
}
