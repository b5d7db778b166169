/**
 * Static migration registry: explicit imports (no directory scan), so the server also runs from a
 * bundle. Append-only: never edit or reorder a shipped migration.
 */
import type { Migration } from 'kysely/migration';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-skp.js';
import * as m0003 from './0003-signing-keys.js';
import * as m0004 from './0004-evaluasi.js';
import * as m0005 from './0005-print-registry.js';
import * as m0006 from './0006-print-doc-id-text.js';

export const SERVER_MIGRATIONS: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-skp': m0002,
  '0003-signing-keys': m0003,
  '0004-evaluasi': m0004,
  '0005-print-registry': m0005,
  '0006-print-doc-id-text': m0006,
};
