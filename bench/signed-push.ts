/**
 * What signatures cost a push: 100 pegawai updates pushed to a server that verifies every
 * signature, against the same kind of push, unsigned, to a server built with verification off
 * (`unsafeSkipSignatureCheck`, a benchmark-only option), on one PostgreSQL schema seeded with the
 * 10,000-pegawai demo unit. Both servers run in this process over `inject` (no sockets), rounds
 * alternate so drift hits both, and the medians are compared. Signing happens when the desk records
 * a command (outbox), not at push, so it is not in the timed part.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { v7 } from 'uuid';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../server/app.js';
import { connectDatabase } from '../server/db/connect.js';
import { importOrg } from '../server/services/import-org.js';
import type { EnrollResponse, PushCommand, PushResponse, SyncRow, TokenResponse } from '../shared/sync-protocol.js';
import { signCommand, type Signer } from '../electron/core/auth/signing-keys.js';
import { demoOrg, PASSWORD } from './central-server.js';

const COMMANDS = 100;
const ROUNDS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function token(app: FastifyInstance, nip: string): Promise<string> {
  const e = await app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { nip, password: PASSWORD, deviceName: 'Bench tanda tangan' } });
  const d = e.json<EnrollResponse>();
  const t = await app.inject({ method: 'POST', url: '/v1/auth/token', payload: { deviceId: d.deviceId, deviceSecret: d.deviceSecret } });
  return t.json<TokenResponse>().accessToken;
}

/** 100 updates of distinct pegawai at their current versions, signed by `signer` or not. */
function batch(pegawai: SyncRow<'pegawai'>[], versions: Map<string, number>, from: number, signer: Signer, sign: boolean): PushCommand[] {
  return pegawai.slice(from, from + COMMANDS).map((p) => {
    const v = versions.get(p.id) ?? 1;
    versions.set(p.id, v + 1);
    const cmd = { id: v7(), name: 'pegawai/upsert' as const, entityId: p.id, payload: { ...p, nama: `${p.nama.slice(0, 100)} v${v + 1}` }, createdAt: new Date().toISOString() };
    const signature = sign ? signCommand(signer, cmd) : { keyVersion: null, signature: null };
    return { ...cmd, baseVersion: v, actorUserId: signer.userId, ...signature };
  });
}

async function timedPush(app: FastifyInstance, accessToken: string, commands: PushCommand[]): Promise<number> {
  const body = JSON.stringify({ protocol: 1, commands });
  const t0 = performance.now();
  const r = await app.inject({ method: 'POST', url: '/v1/sync/push', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, payload: body });
  const ms = performance.now() - t0;
  const outcomes = r.json<PushResponse>().outcomes;
  const refused = outcomes.filter((o) => o.status !== 'accepted');
  if (r.statusCode !== 200 || refused.length > 0) throw new Error(`push ditolak: ${r.statusCode} ${JSON.stringify(refused[0] ?? r.body).slice(0, 300)}`);
  return ms;
}

/**
 * Median ms of a verified signed push of 100 commands, and the median over rounds of (signed ÷
 * unsigned) for pushes made back to back (paired, so load from elsewhere on the machine cancels).
 */
export async function signedPushFigures(): Promise<{ signedMs: number; ratio: number }> {
  const baseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `bench_sig_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const conn = await connectDatabase({ url: baseUrl, searchPath: schema });
  const verifying = buildServer({ db: conn.db });
  const trusting = buildServer({ db: conn.db, unsafeSkipSignatureCheck: true });
  try {
    const seeded = await demoOrg();
    await importOrg(conn.db, seeded.org, { now: new Date(), deviceId: null });
    const tokenV = await token(verifying, seeded.adminNip);
    const tokenT = await token(trusting, seeded.adminNip);
    const pegawai = seeded.org.pegawai;
    const versions = new Map<string, number>();
    const signed: number[] = [];
    const unsigned: number[] = [];
    // Round 0 warms both paths (JIT, caches, the key) and is not counted.
    for (let r = 0; r <= ROUNDS; r += 1) {
      const at = (r * 2 * COMMANDS) % (pegawai.length - 2 * COMMANDS);
      // Which goes first alternates, so neither always meets the other's leftovers (GC, vacuum).
      const pushSigned = () => timedPush(verifying, tokenV, batch(pegawai, versions, at, seeded.adminSigner, true));
      const pushUnsigned = () => timedPush(trusting, tokenT, batch(pegawai, versions, at + COMMANDS, seeded.adminSigner, false));
      let s: number;
      let u: number;
      if (r % 2 === 0) {
        s = await pushSigned();
        u = await pushUnsigned();
      } else {
        u = await pushUnsigned();
        s = await pushSigned();
      }
      if (process.env.MEJA_BENCH_DEBUG) console.error(`round ${r}: signed ${s.toFixed(1)} ms, unsigned ${u.toFixed(1)} ms`);
      if (r > 0) {
        signed.push(s);
        unsigned.push(u);
      }
    }
    return { signedMs: median(signed), ratio: median(signed.map((x, i) => x / (unsigned[i] ?? NaN))) };
  } finally {
    await verifying.close();
    await trusting.close();
    await conn.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
