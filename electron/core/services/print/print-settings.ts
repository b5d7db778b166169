/**
 * The instansi's paper and margins, kept in this desk's setting table (not synced yet: each office
 * prints on its own paper). Unknown or damaged values fall back to the defaults field by field.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import { requireRole } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import { getSetting, putSetting } from '../../db/repositories/setting-repo.js';
import { printArgSchemas } from '../../../../shared/contract-print.js';
import { DEFAULT_PRINT_SETTINGS, type PrintSettings } from '../../../../shared/print/settings.js';

const KEY = 'print.settings';

export async function readPrintSettings(db: Kysely<Database>): Promise<PrintSettings> {
  const raw = await getSetting(db, KEY);
  if (raw === null) return DEFAULT_PRINT_SETTINGS;
  try {
    const parsed = printArgSchemas['print/settingsSave'].safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_PRINT_SETTINGS;
  } catch {
    return DEFAULT_PRINT_SETTINGS;
  }
}

/** Admins and operators set the paper for the whole desk. */
export async function savePrintSettings(core: CoreContext, actor: Actor, s: PrintSettings): Promise<PrintSettings> {
  requireRole(actor, 'admin', 'operator');
  await core.db.transaction().execute((trx) => putSetting(trx, KEY, JSON.stringify(s)));
  return readPrintSettings(core.db);
}
