/**
 * Shared set-up for tests that drive the real core: a fresh core on a throw-away data folder with
 * an in-memory SQLite database, a hand-driven clock, and small readers of the tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core/app.js';
import type { ArgsOf, Channel, CoreEvent, ResultOf } from '../../shared/contract.js';
import type { ErrorCode, Result } from '../../shared/result.js';

/** A clock that only moves when the test says so. */
export type FakeClock = { now: () => Date; advanceMinutes: (m: number) => void; advanceMs: (ms: number) => void };

export function fakeClock(start = '2025-03-03T01:00:00.000Z'): FakeClock {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advanceMinutes: (m) => {
      t += m * 60_000;
    },
    advanceMs: (ms) => {
      t += ms;
    },
  };
}

export type TestCore = {
  core: Core;
  clock: FakeClock;
  events: CoreEvent[];
  /** Typed call; returns the Result as the transport would. */
  call<C extends Channel>(channel: C, payload: ArgsOf<C>, token: string | null): Promise<Result<ResultOf<C>>>;
  close(): Promise<void>;
};

export async function makeCore(opts: { idleMinutes?: number; coreFactory?: (o: CoreOptions) => Promise<Core> } = {}): Promise<TestCore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'meja-core-'));
  const clock = fakeClock();
  const core = await (opts.coreFactory ?? createCore)({ dataDir, dbFile: ':memory:', clock: clock.now, idleMinutes: opts.idleMinutes ?? 30 });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  return {
    core,
    clock,
    events,
    // The core answers `Result<unknown>`; the contract says which value type each channel carries.
    call: async (channel, payload, token) => (await core.invoke(channel, payload, token)) as Result<ResultOf<typeof channel>>,
    close: async () => {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A valid PNS NIP (born 1985-03-12, CPNS 2010-01, male, sequence 003). */
export const ADMIN_NIP = '198503122010011003';
export const ADMIN_PASSWORD = 'rahasia-admin-1';

export const SETUP_ARGS = {
  instansi: { kode: 'PEMKAB', nama: 'Pemerintah Kabupaten Uji' },
  unit: { kode: '01', nama: 'Dinas Uji' },
  admin: { nip: ADMIN_NIP, jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin Uji', gelarBelakang: 'S.Kom.', golongan: 'III/b', password: ADMIN_PASSWORD },
} satisfies ArgsOf<'setup/init'>;

export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

export function expectFail(r: Result<unknown>, code: ErrorCode): { code: ErrorCode; message: string; issues?: { path: string; message: string }[] } {
  expect(r.ok ? 'ok' : r.error.code, r.ok ? 'call succeeded' : r.error.message).toBe(code);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

/** Sets up a fresh core with one admin; returns the admin's token. */
export async function setUp(t: TestCore): Promise<string> {
  return unwrap(await t.call('setup/init', SETUP_ARGS, null)).token;
}

export const TABLES = ['instansi', 'unitKerja', 'jabatan', 'pegawai', 'user', 'auditLog', 'outbox', 'setting'] as const;

/** Row counts of every table, for "nothing changed" checks. */
export async function rowCounts(core: Core): Promise<Record<(typeof TABLES)[number], number>> {
  const out: Partial<Record<(typeof TABLES)[number], number>> = {};
  for (const t of TABLES) {
    const r = await core.context.db.selectFrom(t).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return { instansi: 0, unitKerja: 0, jabatan: 0, pegawai: 0, user: 0, auditLog: 0, outbox: 0, setting: 0, ...out };
}

/** Indonesian, not zod's English defaults. */
export const ENGLISH = /\b(invalid input|expected|received|required|unrecognized|too (big|small)|must be)\b/i;

/**
 * Signs in an account an admin created and, as its owner must before anything else (the key of an
 * admin-set password is provisional), changes the password: to a new one and back to `password`,
 * so the test can keep using it. Returns the session token, now with a key of the owner's own.
 */
export async function signInReady(t: TestCore, nip: string, password: string): Promise<string> {
  const s = unwrap(await t.call('auth/signIn', { nip, password }, null));
  if (s.signingKey === 'ok') return s.token;
  unwrap(await t.call('auth/changePassword', { oldPassword: password, newPassword: `${password}#sementara` }, s.token));
  unwrap(await t.call('auth/changePassword', { oldPassword: `${password}#sementara`, newPassword: password }, s.token));
  return s.token;
}
