/**
 * A desk killed mid-transaction: its process ends with SIGKILL while writing to the desk's file
 * database (see kill-child.ts); then the desk opens the same file again and carries on. What was
 * committed before stays (and syncs); nothing of the torn transaction is visible.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Desk } from './desk.js';

export const HALF_WRITTEN = 'setengah-tertulis';
const CHILD = fileURLToPath(new URL('./kill-child.ts', import.meta.url));

function waitFor(child: ReturnType<typeof spawn>, line: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`kill-child: no ${line} after ${ms} ms: ${err.slice(-500)}`)), ms);
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes(`${line}\n`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kill-child exited (${code}) before ${line}: ${err.slice(-500)}`));
    });
  });
}

/** Kills the desk's process while it writes; returns after the desk reopened its file. */
export async function killMidWrite(d: Desk, nip: string, password: string, edits: number): Promise<void> {
  await d.close();
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, d.dir, nip, password, String(edits)], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitFor(child, 'IN_TX', 90_000);
  } finally {
    child.kill('SIGKILL');
  }
  if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  await d.reopen(nip, password);
  const db = d.core.context.db;
  const torn = [
    ...(await db.selectFrom('pegawai').select('id').where('nama', '=', HALF_WRITTEN).execute()),
    ...(await db.selectFrom('unitKerja').select('id').where('nama', '=', HALF_WRITTEN).execute()),
    ...(await db.selectFrom('setting').select('key as id').where('key', 'like', `${HALF_WRITTEN}%`).execute()),
  ];
  if (torn.length > 0) throw new Error(`${d.name}: ${torn.length} rows of a killed transaction survived the kill`);
}
