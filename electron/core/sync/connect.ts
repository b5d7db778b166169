import type { CoreContext } from '../context.js';
import { AppFailure } from '../../../shared/result.js';
import { syncRowSchemas, type SyncEntity } from '../../../shared/sync-protocol.js';
import { getInstansi } from '../db/repositories/instansi-repo.js';
import { findUserById, keysOf } from '../db/repositories/user-repo.js';
import { findPegawai } from '../db/repositories/pegawai-repo.js';
import { listUnits } from '../db/repositories/unit-repo.js';
import { recordChange } from '../db/repositories/changes.js';
import { requireRole, type Actor } from '../auth/actor.js';
import { SyncApiClient, ServerRefusal } from './api-client.js';
import type { SyncTransport } from './transport.js';
import { hasSyncConfig, saveSyncConfig } from './sync-settings.js';
import { saveShadow } from './push.js';
import { commitMerge, planFromStaged } from './merge.js';
import { stagedSigner } from './merge-accounts.js';
import { UPSERT_COMMAND, type MergeCounts } from './merge-plan.js';
import { CURSOR_KEY, stagePage } from './pull.js';
import { putSetting } from '../db/repositories/setting-repo.js';
import { clearPreparedMerge, readPreparedMerge, savePreparedMerge } from './sync-settings.js';

function sameRow(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

export type ConnectInput = { serverUrl: string; nip: string; password: string; deviceName: string; bootstrapSecret?: string; confirmMerge?: boolean };

/**
 * Enrolls this desk with the central server. An empty desk (first run) just enrolls and pulls its
 * unit. A desk that ran standalone enrolls with its admin's account; if the server does not know
 * the instansi yet, the server's bootstrap secret lets it upload its instansi, top unit and admin,
 * and the rest of its data follows through the ordinary outbox.
 */
/**
 * Demo rows are made up and carry no author: the server refuses each of them as unsigned and they
 * would pile up as hundreds of conflicts. Nor may invented pegawai reach the instansi's real data.
 */
const DEMO_CANNOT_CONNECT =
  'Meja ini berisi data demo, yang hanya untuk mencoba dan tidak boleh dikirim ke server. Untuk menyambungkan ke server, jalankan Meja Kinerja dengan folder data baru yang masih kosong.';

function refuseDemo(local: { isDemo: boolean } | null): void {
  if (local?.isDemo) throw new AppFailure('VALIDATION', DEMO_CANNOT_CONNECT);
}

export async function connectDesk(core: CoreContext, actor: Actor | null, input: ConnectInput, transport: SyncTransport): Promise<void> {
  const local = await getInstansi(core.db);
  refuseDemo(local);
  if (await hasSyncConfig(core.db)) {
    // Enrolled, but the first download did not finish: joining again just resumes it.
    if (!local) return;
    throw new AppFailure('CONFLICT', 'Meja ini sudah tersambung ke server.');
  }
  if (local) {
    if (!actor) throw new AppFailure('UNAUTHENTICATED');
    requireRole(actor, 'admin');
  }
  const api = new SyncApiClient(transport, () => null);
  const serverUrl = normalizeUrl(input.serverUrl);
  const prepared = await readPreparedMerge(core.db, core.secrets);
  if (local && actor && input.confirmMerge && prepared?.serverUrl === serverUrl) {
    // The re-sent rows are signed by the person confirming, with their key as the server holds it.
    const signer = await stagedSigner(core.db, input.nip, input.password);
    if (!signer) throw new AppFailure('BAD_CREDENTIALS', 'Kata sandi akun server salah; penggabungan tidak dilakukan.');
    await commitMerge(core, actor.user.id, signer);
    await core.db.transaction().execute(async (trx) => {
      await saveSyncConfig(trx, prepared, core.secrets);
      await clearPreparedMerge(trx);
    });
    return;
  }
  try {
    const enrolled = await api.enroll(input.nip, input.password, input.deviceName);
    if (local && enrolled.instansiId !== local.id) {
      throw new AppFailure('VALIDATION', 'Server sudah memiliki instansi ini. Lihat pratinjau penggabungan (berdasarkan kode dan NIP), lalu konfirmasi.');
    }
    await core.db.transaction().execute((trx) => saveSyncConfig(trx, { serverUrl, deviceId: enrolled.deviceId, deviceSecret: enrolled.deviceSecret }, core.secrets));
    return;
  } catch (e) {
    if (e instanceof AppFailure) throw e;
    const unknownAccount = e instanceof ServerRefusal && (e.code === 'BAD_CREDENTIALS' || e.code === 'NOT_FOUND');
    if (!(local && unknownAccount && input.bootstrapSecret && actor)) throw asAppFailure(e);
  }
  await bootstrap(core, actor, local, serverUrl, input, api);
}


function normalizeUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * The preview of a first-connect merge: enrolls this desk (the credentials are kept aside until
 * the merge is confirmed), stages the server's snapshot of the unit without applying it, and
 * says, per kind of row, how many match, will update the server, will be uploaded or downloaded.
 */
export async function previewMerge(core: CoreContext, actor: Actor, input: ConnectInput, transport: SyncTransport): Promise<Record<SyncEntity, MergeCounts>> {
  requireRole(actor, 'admin');
  if (await hasSyncConfig(core.db)) throw new AppFailure('CONFLICT', 'Meja ini sudah tersambung ke server.');
  const local = await getInstansi(core.db);
  if (!local) throw new AppFailure('VALIDATION', 'Meja ini masih kosong: langsung sambungkan tanpa pratinjau.');
  refuseDemo(local);
  const serverUrl = normalizeUrl(input.serverUrl);
  let enrolled;
  try {
    enrolled = await new SyncApiClient(transport, () => null).enroll(input.nip, input.password, input.deviceName);
  } catch (e) {
    throw asAppFailure(e);
  }
  const creds = { deviceId: enrolled.deviceId, deviceSecret: enrolled.deviceSecret };
  const api = new SyncApiClient(transport, () => creds, () => core.clock().getTime());
  await core.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('syncInbox').execute();
    await putSetting(trx, CURSOR_KEY, '0');
    await savePreparedMerge(trx, { serverUrl, ...creds }, core.secrets);
  });
  try {
    let cursor = '0';
    for (;;) {
      const page = await api.pull(cursor, 5000);
      await stagePage(core.db, page);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
  } catch (e) {
    throw asAppFailure(e);
  }
  return (await planFromStaged(core)).counts;
}

function asAppFailure(e: unknown): unknown {
  if (e instanceof ServerRefusal) return new AppFailure(e.code === 'BAD_CREDENTIALS' ? 'BAD_CREDENTIALS' : 'FORBIDDEN', e.message);
  if (e instanceof Error && e.name === 'NetworkError') return new AppFailure('INTERNAL', e.message);
  return e;
}

async function bootstrap(core: CoreContext, actor: Actor, local: { id: string; kode: string; nama: string; isDemo: boolean }, serverUrl: string, input: ConnectInput, api: SyncApiClient): Promise<void> {
  const user = await findUserById(core.db, actor.user.id);
  const root = (await listUnits(core.db)).find((u) => u.parentId === null);
  if (!user || !root) throw new AppFailure('INTERNAL');
  const pegawai = user.pegawaiId ? await findPegawai(core.db, user.pegawaiId) : undefined;
  // The server takes the admin's pegawai row without a jabatan (jabatan arrive later by push).
  const sentPegawai = pegawai ? { ...pegawai, unitId: root.id, jabatanId: null } : null;
  const sent = {
    instansi: syncRowSchemas.instansi.parse(local),
    unit: syncRowSchemas.unit_kerja.parse(root),
    // The admin uploads their own account, signed in here: its keys go as they are, so what the
    // desk signed before connecting (its outbox) verifies and is accepted (server/README.md).
    user: syncRowSchemas.user.parse({ id: user.id, nip: user.nip, nama: user.nama, roles: actor.user.roles, unitId: root.id, pegawaiId: user.pegawaiId, aktif: true, passwordHash: user.passwordHash, ...keysOf(user) }),
    pegawai: sentPegawai ? syncRowSchemas.pegawai.parse(sentPegawai) : null,
  };
  let enrolled;
  try {
    enrolled = await api.bootstrap({ bootstrapSecret: input.bootstrapSecret, ...sent, deviceName: input.deviceName });
  } catch (e) {
    throw asAppFailure(e);
  }
  const now = core.clock().toISOString();
  await core.db.transaction().execute(async (trx) => {
    await saveSyncConfig(trx, { serverUrl, deviceId: enrolled.deviceId, deviceSecret: enrolled.deviceSecret }, core.secrets);
    // The uploaded rows exist on the server at version 1: their queued creations are done, and
    // where the local row says more (the admin's jabatan), one new edit carries the difference.
    const uploaded: [SyncEntity, { id: string }, unknown][] = [
      ['instansi', sent.instansi, local],
      ['unit_kerja', sent.unit, root],
      ['user', sent.user, sent.user],
    ];
    if (sent.pegawai && pegawai) uploaded.push(['pegawai', sent.pegawai, pegawai]);
    for (const [entity, row, current] of uploaded) {
      await trx.deleteFrom('outbox').where('entityId', '=', row.id).where('status', '=', 'pending').execute();
      await saveShadow(trx, entity, row.id, 1, row);
      if (!sameRow(current, row)) {
        await recordChange(trx, { actorUserId: actor.user.id, now }, { command: UPSERT_COMMAND[entity], entity, entityId: row.id, action: 'update', before: row, after: current });
      }
    }
  });
}
