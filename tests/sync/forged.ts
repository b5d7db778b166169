/**
 * Forged commands, sent by someone holding a desk's device secret (it sits in the desk's file) who
 * overheard that desk's real commands on the wire:
 *   - 'actor': a copy of a real command naming another account as its author;
 *   - 'payload': a real command's signature carried over to another payload.
 * Either is otherwise valid (fresh command id, the row's current server version, which the
 * signature does not cover), so the server can only refuse it by checking who signed what.
 */
import { randomUUID } from 'node:crypto';
import { COMMAND_ENTITY, commandOutcomeSchema, type CommandOutcome, type PushCommand, type SyncEntity } from '../../shared/sync-protocol.js';
import { fetchTransport } from '../../electron/core/sync/transport.js';
import { readSyncConfig } from '../../electron/core/sync/sync-settings.js';
import type { ServerDb } from '../../server/db/connect.js';
import { pick } from './ops.js';
import type { Desk } from './desk.js';

export type ForgeKind = 'actor' | 'payload';
export type Forgery = { command: PushCommand; outcome: CommandOutcome };

const TABLE = {
  instansi: 'instansi',
  unit_kerja: 'unitKerja',
  jabatan: 'jabatan',
  pegawai: 'pegawai',
  user: 'user',
  skp: 'skp',
  rhk: 'rhk',
  skp_template: 'skpTemplate',
  pengaturan_kinerja: 'pengaturanKinerja',
  penilai_override: 'penilaiOverride',
  realisasi: 'realisasi',
  laporan_harian: 'laporanHarian',
  umpan_balik: 'umpanBalik',
  evaluasi: 'evaluasi',
  predikat_organisasi: 'predikatOrganisasi',
} as const satisfies Record<SyncEntity, string>;

async function serverVersion(db: ServerDb, instansiId: string, entity: SyncEntity, id: string): Promise<number | null> {
  const table = TABLE[entity];
  const r = await db.selectFrom(table).select('version').where('id', '=', id).where(table === 'instansi' ? 'id' : 'instansiId', '=', instansiId).executeTakeFirst();
  return r?.version ?? null;
}

/** Another text in the payload, same shape: `nama` or `teks` changed. */
function otherPayload(payload: unknown): unknown {
  if (typeof payload !== 'object' || payload === null) return null;
  const p: Record<string, unknown> = { ...payload };
  if (typeof p.nama === 'string') return { ...p, nama: `${p.nama.slice(0, 100)} (palsu)` };
  if (typeof p.teks === 'string') return { ...p, teks: `${p.teks.slice(0, 100)} (palsu)` };
  return null;
}

/** The server may wrap successes as { ok: true, value } (see api-client `unwrap`). */
function valueOf(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null) return {};
  const b: Record<string, unknown> = { ...body };
  return b.ok === true && typeof b.value === 'object' && b.value !== null ? { ...b.value } : b;
}

/** Builds and pushes one forgery from what `desk` sent; null when nothing fitting was overheard. */
export async function forge(desk: Desk, server: { url: string; db: ServerDb }, instansiId: string, kind: ForgeKind, i: number): Promise<Forgery | null> {
  const creds = await readSyncConfig(desk.core.context.db, desk.core.context.secrets);
  const seen = pick(desk.net.overheard, i);
  if (!creds || !seen || seen.actorUserId === null) return null;
  let forged: PushCommand;
  if (kind === 'actor') {
    const others = await server.db.selectFrom('user').select('id').where('instansiId', '=', instansiId).where('aktif', '=', true).where('id', '!=', seen.actorUserId).orderBy('id').execute();
    const other = pick(others, i);
    if (!other) return null;
    forged = { ...seen, id: randomUUID(), actorUserId: other.id };
  } else {
    const payload = otherPayload(seen.payload);
    if (payload === null) return null;
    forged = { ...seen, id: randomUUID(), payload };
  }
  forged.baseVersion = await serverVersion(server.db, instansiId, COMMAND_ENTITY[forged.name], forged.entityId);
  if ((forged.name === 'rhk/delete' || forged.name === 'laporanHarian/delete') && forged.baseVersion === null) return null;

  const net = fetchTransport(server.url, 10_000);
  const token = await net({ method: 'POST', path: '/v1/auth/token', body: { deviceId: creds.deviceId, deviceSecret: creds.deviceSecret } });
  const accessToken = valueOf(token.body).accessToken;
  if (token.status !== 200 || typeof accessToken !== 'string') throw new Error(`forge: no device token (${token.status})`);
  const reply = await net({ method: 'POST', path: '/v1/sync/push', token: accessToken, body: { protocol: 1, commands: [forged] } });
  if (reply.status >= 400) return { command: forged, outcome: { id: forged.id, status: 'rejected', code: `HTTP_${reply.status}`, message: JSON.stringify(reply.body).slice(0, 200) } };
  const outcomes = valueOf(reply.body).outcomes;
  const outcome = Array.isArray(outcomes) ? commandOutcomeSchema.safeParse(outcomes[0]) : null;
  if (!outcome?.success) throw new Error(`forge: unexpected push answer ${reply.status}`);
  return { command: forged, outcome: outcome.data };
}
