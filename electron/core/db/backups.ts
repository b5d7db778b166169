/**
 * Pre-migration copies of the desk's database: taken with `VACUUM INTO` (a consistent copy even
 * while WAL holds recent commits) into `<data folder>/backups/` before the first pending migration
 * runs, the last three kept. When a migration fails anyway, the start-up screen lists them and
 * restores one (see ../recovery.ts).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { BackupCopy } from '../../../shared/entities.js';
import { dateParts, formatDate } from '../../../shared/format/tanggal.js';

export const BACKUP_FOLDER = 'backups';
/** How many pre-migration copies stay; older ones are deleted after a new one is taken. */
export const KEEP_COPIES = 3;
const NAME = /^pre-migration-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d+))?\.sqlite$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `pre-migration-YYYYMMDD-HHMMSS.sqlite` in the desk's local time (what the person sees). */
export function copyName(now: Date, suffix = 0): string {
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `pre-migration-${stamp}${suffix > 0 ? `-${suffix}` : ''}.sqlite`;
}

/** The copy a file name stands for, or null when the name is not one of ours. */
export function parseCopyName(name: string): BackupCopy | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map((part) => part ?? '');
  // The name holds local wall-clock time already, so it is read as a date-only day plus the time.
  if (!dateParts(`${y}-${mo}-${d}`)) return null;
  return { id: name, takenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}`, label: `${formatDate(`${y}-${mo}-${d}`, 'id')} ${h}.${mi}` };
}

/** Orders copies by time, then by the suffix of two taken in the same second. */
function sortKey(c: BackupCopy): string {
  return `${c.takenAt}#${(NAME.exec(c.id)?.[7] ?? '0').padStart(6, '0')}`;
}

/** The copies in `dir`, newest first. */
export function listCopies(dir: string): BackupCopy[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map(parseCopyName)
    .filter((c): c is BackupCopy => c !== null)
    .map((c) => ({ c, key: sortKey(c) }))
    .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
    .map(({ c }) => c);
}

/** Copies the open database into `dir` and keeps only the newest `KEEP_COPIES`. Returns the copy's file name. */
export async function takeCopy<DB>(db: Kysely<DB>, dir: string, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  let suffix = 0;
  while (existsSync(join(dir, copyName(now, suffix)))) suffix += 1;
  const name = copyName(now, suffix);
  await sql`vacuum into ${join(dir, name)}`.execute(db);
  for (const old of listCopies(dir).slice(KEEP_COPIES)) rmSync(join(dir, old.id), { force: true });
  return name;
}

/**
 * Puts copy `id` in place of `dbFile`, which must be closed. The file being replaced is kept next
 * to the copies (`before-restore-….sqlite`), so a restore never destroys anything.
 */
export function restoreCopy(dbFile: string, dir: string, id: string, now: Date): void {
  const copy = listCopies(dir).find((c) => c.id === id);
  if (!copy) throw new Error(`no such copy: ${id.slice(0, 80)}`);
  const staged = `${dbFile}.restoring`;
  copyFileSync(join(dir, copy.id), staged);
  const kept = join(dir, copyName(now).replace('pre-migration-', 'before-restore-'));
  if (existsSync(dbFile)) renameSync(dbFile, kept);
  // A WAL left beside the old file belongs to it, not to the copy: it goes along.
  if (existsSync(`${dbFile}-wal`)) renameSync(`${dbFile}-wal`, `${kept}-wal`);
  rmSync(`${dbFile}-shm`, { force: true });
  renameSync(staged, dbFile);
}
