/**
 * Child process for the migration-crash test: opens the desk in the given data folder with the
 * app's migrations plus the crash probe, which stops midway and waits to be killed.
 */
import { createCore } from '../../../electron/core/app.js';
import { MIGRATIONS } from '../../../electron/core/db/migrations/index.js';
import { crashProbe, PROBE_NAME } from './crash-probe.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-child <dataDir>');
await createCore({ dataDir, migrations: { ...MIGRATIONS, [PROBE_NAME]: crashProbe('hang') } });
process.stdout.write('SELESAI-TANPA-BERHENTI\n');
