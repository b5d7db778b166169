/**
 * Static migration registry: explicit imports (no directory scan) so migrations work inside an asar
 * archive and in bundles. Append-only: never edit or reorder a shipped migration.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-sync.js';
import * as m0003 from './0003-skp.js';
import * as m0004 from './0004-signing-keys.js';
import * as m0005 from './0005-evaluasi.js';
import * as m0006 from './0006-print-registry.js';
import * as m0007 from './0007-kehadiran.js';
import * as m0008 from './0008-print-uploaded.js';
import * as m0009 from './0009-print-upload-refused.js';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-sync': m0002,
  '0003-skp': m0003,
  '0004-signing-keys': m0004,
  '0005-evaluasi': m0005,
  '0006-print-registry': m0006,
  '0007-kehadiran': m0007,
  '0008-print-uploaded': m0008,
  '0009-print-upload-refused': m0009,
};
