/**
 * Accounts for pegawai, in bulk: name and NIP from the pegawai record, role 'pegawai', linked to
 * the pegawai, an initial password generated per person and shown once. Each account is the same
 * signed `user/upsert` command an admin's single save records, with a provisional key (the admin
 * saw the password), so its owner must change the password at the first sign-in.
 */
import { availableParallelism } from 'node:os';
import ExcelJS from 'exceljs';
import type { BulkAccountsPreview, BulkAccountsResult, InitialPasswordSlip } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { formatNamaLengkap } from '../../../shared/domain/nama.js';
import { AppFailure } from '../../../shared/result.js';
import { writeContext, type CoreContext } from '../context.js';
import { requireRole, requireUnitInScope, unitSubtree, type Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import { newAccountKey } from '../auth/signing-keys.js';
import { generateInitialPassword } from '../auth/initial-password.js';
import { accountCandidates, searchWords, type AccountCandidate } from '../db/repositories/user-list-repo.js';
import { findUserByNip, saveUser, type UserInput } from '../db/repositories/user-repo.js';
import { listUnits } from '../db/repositories/unit-repo.js';
import { XLSX_MIME } from './sheets/layout.js';
import { newId } from '../ids.js';

/** One run creates at most this many accounts (two argon2 runs each: about a minute per 2,000 on an office PC). */
export const MAX_ACCOUNTS_PER_RUN = 2000;

/** Accounts written per transaction: short enough that other calls never wait long on SQLite. */
const WRITE_CHUNK = 50;

type Selection = ParsedArgsOf<'users/bulkCreate'>;

async function candidatesOf(core: CoreContext, actor: Actor, s: Selection): Promise<AccountCandidate[]> {
  requireRole(actor, 'admin');
  let unitIds = [...actor.scopeUnitIds];
  if (s.unitId) {
    requireUnitInScope(actor, s.unitId);
    unitIds = s.subUnits ? [...unitSubtree(await listUnits(core.db), s.unitId)].filter((u) => actor.scopeUnitIds.has(u)) : [s.unitId];
  }
  return accountCandidates(core.db, { unitIds, pegawaiIds: s.pegawaiIds, words: searchWords(s.query ?? '') });
}

/**
 * How many pegawai the selection matches and how many of them already have an account.
 *
 * @example
 * const p = await bulkPreview(core, admin, { unitId, subUnits: true }); // { matched: 31, withAccount: 3, toCreate: 28, ... }
 */
export async function bulkPreview(core: CoreContext, actor: Actor, s: Selection): Promise<BulkAccountsPreview> {
  const all = await candidatesOf(core, actor, s);
  const withAccount = all.filter((c) => c.hasAccount).length;
  return { matched: all.length, withAccount, toCreate: all.length - withAccount, maxPerRun: MAX_ACCOUNTS_PER_RUN };
}

/** The account's name: the full name with gelar when it fits the account's 120 characters. */
function accountName(c: AccountCandidate): string {
  const full = formatNamaLengkap(c);
  return full.length <= 120 ? full : c.nama;
}

/** Runs `fn` over `items` with at most `limit` at once, in order of the results. */
async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next;
      next += 1;
      const item = items[i] as T;
      out[i] = await fn(item, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Distinct passwords within the run (collisions are astronomically rare, but slips must differ). */
function distinctPasswords(n: number): string[] {
  const seen = new Set<string>();
  while (seen.size < n) seen.add(generateInitialPassword());
  return [...seen];
}

async function slipsWorkbook(slips: readonly InitialPasswordSlip[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kata sandi awal');
  ws.columns = [
    { header: 'Nama', key: 'nama', width: 40 },
    { header: 'NIP', key: 'nip', width: 22, style: { numFmt: '@' } },
    { header: 'Unit kerja', key: 'unitNama', width: 36 },
    { header: 'Jabatan', key: 'jabatanNama', width: 36 },
    { header: 'Kata sandi awal', key: 'password', width: 18, style: { numFmt: '@' } },
    { header: 'Catatan', key: 'catatan', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  // NIP as text: 18 digits would lose their last digits as a number.
  for (const s of slips) ws.addRow({ nama: s.nama, nip: s.nip, unitNama: s.unitNama, jabatanNama: s.jabatanNama ?? '', password: s.password, catatan: 'Ganti saat masuk pertama' });
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/**
 * Creates an account for every selected pegawai without one (the others are reported as
 * skipped). Passwords are hashed a few at a time on libuv's thread pool, so the core keeps
 * answering meanwhile; progress goes to the caller's window. Accounts are written in short
 * transactions, each with its signed `user/upsert` in the outbox.
 *
 * @example
 * const r = await bulkCreate(core, admin, { unitId, subUnits: true }, token);
 * r.created[0]; // { nama, nip, unitNama, jabatanNama, password, userId }
 */
export async function bulkCreate(core: CoreContext, actor: Actor, s: Selection, token: string | null = null): Promise<BulkAccountsResult> {
  const started = performance.now();
  const all = await candidatesOf(core, actor, s);
  const todo = all.filter((c) => !c.hasAccount);
  const skipped = all.filter((c) => c.hasAccount).map((c) => ({ nama: formatNamaLengkap(c), nip: c.nip }));
  if (todo.length > MAX_ACCOUNTS_PER_RUN) {
    throw new AppFailure(
      'VALIDATION',
      `Pilihan ini mencakup ${todo.length.toLocaleString('id-ID')} pegawai tanpa akun; paling banyak ${MAX_ACCOUNTS_PER_RUN.toLocaleString('id-ID')} akun dapat dibuat sekali jalan. Pilih unit kerja yang lebih kecil.`,
    );
  }
  const progress = (phase: string, done: number): void =>
    core.emit({ name: 'progress', payload: { operation: 'users/bulkCreate', phase, done, total: todo.length } }, token ? { token } : undefined);
  progress('kata-sandi', 0);

  const passwords = distinctPasswords(todo.length);
  // Leave a thread of the pool (and a core) for everything else the desk does meanwhile.
  const parallel = Math.max(1, Math.min(3, availableParallelism() - 1));
  let hashed = 0;
  const prepared = await pool(todo, parallel, async (c, i): Promise<{ row: UserInput; slip: InitialPasswordSlip }> => {
    const password = passwords[i] ?? generateInitialPassword();
    const id = newId();
    // A password the admin saw makes a provisional key, exactly as users/save does.
    const [passwordHash, keys] = await Promise.all([hashPassword(password), newAccountKey(password, id, [], true)]);
    hashed += 1;
    if (hashed % 10 === 0 || hashed === todo.length) progress('kata-sandi', hashed);
    const nama = accountName(c);
    return {
      row: { id, nip: c.nip, nama, roles: ['pegawai'], unitId: c.unitId, pegawaiId: c.pegawaiId, aktif: true, passwordHash, signingKeys: keys.signingKeys, wrappedKey: keys.wrappedKey },
      slip: { userId: id, nama, nip: c.nip, unitNama: c.unitNama, jabatanNama: c.jabatanNama, password },
    };
  });

  const created: InitialPasswordSlip[] = [];
  for (let at = 0; at < prepared.length; at += WRITE_CHUNK) {
    const chunk = prepared.slice(at, at + WRITE_CHUNK);
    await core.db.transaction().execute(async (trx) => {
      const ctx = writeContext(core, actor);
      for (const { row, slip } of chunk) {
        // Someone may have made this account meanwhile (another admin, a pull): leave theirs.
        if (await findUserByNip(trx, row.nip)) {
          skipped.push({ nama: slip.nama, nip: slip.nip });
          continue;
        }
        await saveUser(trx, ctx, row, undefined);
        created.push(slip);
      }
    });
    progress('simpan', Math.min(at + WRITE_CHUNK, prepared.length));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (created.length > 0) core.emit({ name: 'data/changed', payload: { entities: ['user'] } });
  const stamp = core.clock().toISOString().slice(0, 10);
  return {
    created,
    skipped,
    xlsx: { fileName: `kata-sandi-awal-${stamp}.xlsx`, base64: await slipsWorkbook(created), mimeType: XLSX_MIME },
    elapsedMs: Math.round(performance.now() - started),
  };
}
