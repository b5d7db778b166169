/**
 * The central server for benchmarks: PostgreSQL (DATABASE_URL, default the local `test`
 * database) in a fresh schema dropped afterwards, seeded with the demo generator's 10,000-pegawai
 * unit through the server's own db layer, and the server in its own process on 127.0.0.1 (port 0)
 * so load generators and desks do not share its event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { v7 } from 'uuid';
import { generateDemoUnit } from '../electron/core/demo/generate.js';
import { hashPassword } from '../server/auth/password.js';
import { newAccountKey, type Signer } from '../electron/core/auth/signing-keys.js';
import { connectDatabase } from '../server/db/connect.js';
import { importOrg, type OrgImport } from '../server/services/import-org.js';
import type { EnrollResponse, PullResponse, SyncRow, TokenResponse } from '../shared/sync-protocol.js';

export const PASSWORD = 'bench-rahasia';

/** `adminSigner`: the admin's unwrapped signing key, so load generators sign as a desk would. */
export type Seeded = { org: OrgImport; adminNip: string; adminSigner: Signer };

/** The desk's demo unit with ids, plus an admin/operator account at the top unit. */
export async function demoOrg(): Promise<Seeded> {
  const demo = generateDemoUnit({ pegawaiCount: 10_000, seed: 2022 });
  const instansi: SyncRow<'instansi'> = { id: v7(), kode: demo.instansi.kode, nama: demo.instansi.nama, isDemo: true };
  const unitId = new Map(demo.units.map((u) => [u.kode, v7()]));
  const jabatanId = new Map(demo.jabatan.map((j) => [j.kode, v7()]));
  const need = (m: Map<string, string>, k: string): string => m.get(k) ?? '';
  const units = demo.units.map((u) => ({ id: need(unitId, u.kode), instansiId: instansi.id, parentId: u.parentKode ? need(unitId, u.parentKode) : null, kode: u.kode, nama: u.nama }));
  const jabatan = demo.jabatan.map((j) => ({ id: need(jabatanId, j.kode), unitId: need(unitId, j.unitKode), kode: j.kode, nama: j.nama, jenis: j.jenis, atasanJabatanId: j.atasanKode ? need(jabatanId, j.atasanKode) : null, kelas: j.kelas }));
  const pegawai = demo.pegawai.map(({ jabatanKode, unitKode, ...p }) => ({ ...p, id: v7(), jabatanId: need(jabatanId, jabatanKode), unitId: need(unitId, unitKode), tmtMulai: null, tmtSelesai: null }));
  const adminNip = '198001012005011001';
  const root = units[0];
  if (!root) throw new Error('demo tanpa unit');
  const adminId = v7();
  const keys = await newAccountKey(PASSWORD, adminId, [], false);
  const admin: SyncRow<'user'> = { id: adminId, nip: adminNip, nama: 'Operator Bench', roles: ['admin', 'operator'], unitId: root.id, pegawaiId: null, aktif: true, passwordHash: await hashPassword(PASSWORD), signingKeys: keys.signingKeys, wrappedKey: keys.wrappedKey };
  return { org: { instansi, units, jabatan, pegawai, users: [admin] }, adminNip, adminSigner: keys.signer };
}

export async function startServer(url: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: url, MEJA_SERVER_HOST: '127.0.0.1', MEJA_SERVER_PORT: '0', MEJA_SERVER_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /berjalan di (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server berhenti (kode ${code}) sebelum siap`)));
  });
  return { child, base };
}

export async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const body: T = await res.json();
  return body;
}

/** Pages from `cursor` to the head, as a desk's sync does; returns the new cursor. */
export async function pullToHead(base: string, token: string, cursor: string): Promise<{ cursor: string; rows: number }> {
  let at = cursor;
  let rows = 0;
  for (;;) {
    const page = await json<PullResponse>(await fetch(`${base}/v1/sync/pull?cursor=${at}&limit=5000`, { headers: { authorization: `Bearer ${token}` } }));
    rows += page.changes.length;
    at = page.cursor;
    if (!page.hasMore) return { cursor: at, rows };
  }
}


export type BenchServer = { base: string; seeded: Seeded; accessToken: string };

/** Runs `fn` against a freshly seeded server and an enrolled bench device, then cleans up. */
export async function withBenchServer(fn: (s: BenchServer) => Promise<void>): Promise<void> {
  const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  let server: ChildProcess | null = null;
  try {
    const seeded = await demoOrg();
    const conn = await connectDatabase({ url: baseUrl, searchPath: schema });
    await importOrg(conn.db, seeded.org, { now: new Date(), deviceId: null });
    await conn.close();

    const url = new URL(baseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const started = await startServer(url.toString());
    server = started.child;
    const { base } = started;
    const post = (path: string, payload: unknown): Promise<Response> =>
      fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const device = await json<EnrollResponse>(await post('/v1/devices/enroll', { nip: seeded.adminNip, password: PASSWORD, deviceName: 'Bench' }));
    const { accessToken } = await json<TokenResponse>(await post('/v1/auth/token', { deviceId: device.deviceId, deviceSecret: device.deviceSecret }));
    await fn({ base, seeded, accessToken });
  } finally {
    server?.kill('SIGTERM');
    if (server) await new Promise((resolve) => server?.once('exit', resolve));
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
