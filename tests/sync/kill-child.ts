/**
 * Run as a child process by kill-mid-write.ts: opens a desk's file database with the real core,
 * makes `edits` ordinary edits (each committed), then starts one more transaction that writes a
 * lot (more than SQLite's page cache holds, so pages reach the WAL file) and says IN_TX. The
 * parent kills it with SIGKILL there: the file holds a committed prefix and a torn, uncommitted
 * transaction.
 */
import { sql } from 'kysely';
import { createCore } from '../../electron/core/app.js';
import { HALF_WRITTEN } from './kill-mid-write.js';

const [dir, nip, password, editsText] = process.argv.slice(2);
if (!dir || !nip || !password) throw new Error('usage: kill-child <dir> <nip> <password> <edits>');
const core = await createCore({ dataDir: dir, sync: { autoStart: false } });
const signIn = await core.invoke('auth/signIn', { nip, password }, null);
if (!signIn.ok) throw new Error(`kill-child: sign-in failed: ${signIn.error.message}`);
const token = (signIn.value as { token: string }).token;

const found = await core.invoke('pegawai/search', { query: '', offset: 0, limit: 50 }, token);
const rows = found.ok ? (found.value as { rows: { id: string }[] }).rows : [];
for (let i = 0; i < Number(editsText ?? 0) && rows.length > 0; i += 1) {
  const id = rows[i % rows.length]?.id ?? '';
  const got = await core.invoke('pegawai/get', { id }, token);
  if (!got.ok) continue;
  const p = (got.value as { pegawai: Record<string, unknown> }).pegawai;
  await core.invoke('pegawai/save', { ...p, golongan: i % 2 === 0 ? 'IV/b' : 'II/c' }, token);
}
process.stdout.write('EDITS_DONE\n');

// Keeps the process alive while the transaction below waits to be killed.
setInterval(() => undefined, 1000);
const db = core.context.db;
await sql`pragma cache_size = 8`.execute(db);
await db.transaction().execute(async (trx) => {
  await trx.updateTable('pegawai').set({ nama: HALF_WRITTEN }).execute();
  await trx.updateTable('unitKerja').set({ nama: HALF_WRITTEN }).execute();
  const filler = 'x'.repeat(2000);
  for (let i = 0; i < 400; i += 1) await trx.insertInto('setting').values({ key: `${HALF_WRITTEN}.${i}`, value: filler }).execute();
  process.stdout.write('IN_TX\n');
  await new Promise(() => undefined);
});
