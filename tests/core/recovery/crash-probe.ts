/**
 * A test-only migration that is injected into a core (never registered): it changes an existing
 * table and adds one of its own, so a half-applied run shows (the column stays, and running the
 * migration again fails on it). With `hang`, it stops midway inside the migration and says so on
 * stdout, for a parent process to kill it there.
 */
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';

export const PROBE_NAME = '9000-test-crash-probe';
export const MIDWAY = 'MIGRASI-DI-TENGAH';

export function crashProbe(mode: 'hang' | 'finish'): Migration {
  return {
    up: async (db) => {
      await sql`alter table pegawai add column crash_probe text`.execute(db);
      await sql`create table crash_probe (id integer primary key, note text not null)`.execute(db);
      await sql`insert into crash_probe (note) values ('ditulis di tengah migrasi')`.execute(db);
      if (mode === 'hang') {
        process.stdout.write(`${MIDWAY}\n`);
        // Keeps the process (and the open transaction) alive until the parent's SIGKILL.
        await new Promise(() => setInterval(() => undefined, 1_000));
      }
    },
  };
}
