/**
 * Central server load on PostgreSQL (DATABASE_URL, default the local `test` database) in a fresh
 * schema, dropped afterwards: a 10,000-pegawai demo instansi loaded through the server's db layer,
 * the server in its own process on 127.0.0.1 (port 0) so the load generator does not share its
 * event loop, and autocannon for 10 s per run on loopback.
 *
 * - server.mutations_per_s: accepted pegawai/upsert commands per second; each push carries
 *   COMMANDS_PER_PUSH commands, each a real update of a different pegawai (nama changes, baseVersion
 *   is the row's current version); the server applies each push's commands in one transaction.
 * - server.pulls_per_s: empty pulls (cursor at the head, checked empty first) per second.
 * - server.p99: p99 latency of the pull run, in ms.
 */
import autocannon from 'autocannon';
import { v7 } from 'uuid';
import type { PullResponse, PushCommand, PushResponse, SyncRow } from '../../shared/sync-protocol.js';
import { report } from '../report.js';
import { signCommand, type Signer } from '../../electron/core/auth/signing-keys.js';
import { json, pullToHead, withBenchServer, type Seeded } from '../central-server.js';

const DURATION_S = 10;
const COMMANDS_PER_PUSH = 25;
const SETTLE_MS = 5_000;

/** Builds push bodies that each update COMMANDS_PER_PUSH different pegawai at their current version. */
function mutationBodies(pegawai: readonly SyncRow<'pegawai'>[], signer: Signer): () => string {
  const actorUserId = signer.userId;
  const version = pegawai.map(() => 1);
  let next = 0;
  return () => {
    const commands: PushCommand[] = [];
    for (let k = 0; k < COMMANDS_PER_PUSH; k += 1) {
      const i = next % pegawai.length;
      next += 1;
      const p = pegawai[i];
      const v = version[i] ?? 1;
      if (!p) continue;
      version[i] = v + 1;
      const payload = { ...p, nama: `${p.nama.slice(0, 100)} v${v + 1}` };
      const cmd = { id: v7(), name: 'pegawai/upsert' as const, entityId: p.id, payload, createdAt: new Date().toISOString() };
      commands.push({ ...cmd, baseVersion: v, actorUserId, ...signCommand(signer, cmd) });
    }
    return JSON.stringify({ protocol: 1, commands });
  };
}

async function mutations(base: string, token: string, seeded: Seeded): Promise<void> {
  const body = mutationBodies(seeded.org.pegawai, seeded.adminSigner);
  let accepted = 0;
  let rejected = 0;
  const result = await autocannon({
    url: `${base}/v1/sync/push`,
    method: 'POST',
    connections: 8,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: body() }),
        onResponse: (status, text) => {
          if (status !== 200) return;
          const outcomes: PushResponse['outcomes'] = JSON.parse(text).outcomes;
          for (const o of outcomes) if (o.status === 'accepted') accepted += 1;
          else rejected += 1;
        },
      },
    ],
  });
  if (rejected > 0 || result.non2xx > 0) console.warn(`server bench: ${rejected} perintah ditolak, ${result.non2xx} jawaban bukan 2xx`);
  report('server', 'mutations_per_s', Math.round(accepted / result.duration), 'ops/s');
}

async function pulls(base: string, token: string, cursor: string): Promise<void> {
  const probe = await json<PullResponse>(await fetch(`${base}/v1/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } }));
  if (probe.changes.length > 0) throw new Error(`pull di kepala masih membawa ${probe.changes.length} perubahan`);
  const result = await autocannon({
    url: `${base}/v1/sync/pull?cursor=${cursor}&limit=1000`,
    connections: 32,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  if (result.non2xx > 0) console.warn(`server bench: ${result.non2xx} pull bukan 2xx`);
  report('server', 'pulls_per_s', Math.round(result['2xx'] / result.duration), 'req/s');
  report('server', 'p99', result.latency.p99, 'ms');
}

export async function run(): Promise<void> {
  await withBenchServer(async ({ base, seeded, accessToken }) => {
    const snapshot = await pullToHead(base, accessToken, '0');
    if (snapshot.rows < 10_000) throw new Error(`snapshot hanya ${snapshot.rows} baris`);
    await mutations(base, accessToken, seeded);
    // Let the pushes still in flight when autocannon stopped finish (before reading the head: a
    // push committing after it would make every "empty" pull carry its rows), and PostgreSQL's
    // autovacuum of the freshly updated rows run, so the pull figure measures pulls.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const head = await pullToHead(base, accessToken, snapshot.cursor);
    await pulls(base, accessToken, head.cursor);
  });
}
