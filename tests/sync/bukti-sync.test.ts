import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncApiClient } from '../../electron/core/sync/api-client.js';
import { downloadMissingBukti, uploadPendingBukti } from '../../electron/core/sync/bukti-sync.js';
import { fetchTransport } from '../../electron/core/sync/transport.js';
import { upsertDocRow } from '../../electron/core/db/repositories/evaluasi-doc-repo.js';
import { sha256Of, writeVerifiedBukti } from '../../electron/core/files/bukti-store.js';
import type { EnrollResponse } from '../../shared/sync-protocol.js';
import { seedOrg } from '../server/fixtures.js';
import { backends } from '../server/harness.js';
import { PASSWORD } from '../server/fixtures.js';
import { makeDesk, startServer, type LoopbackServer } from './loopback.js';

describe.each(backends())('evidence files between a desk and the server ($name)', (backend) => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startServer(backend);
  });
  afterAll(async () => server.close());

  it('uploads the files pending realisasi name, once, and downloads the ones local rows name', async () => {
    const org = await seedOrg(server.db);
    const net = fetchTransport(server.url);
    const enrolled = await net({ method: 'POST', path: '/v1/devices/enroll', body: { nip: org.users.operatorA.nip, password: PASSWORD, deviceName: 'Meja A' } });
    const creds = enrolled.body as EnrollResponse;
    const api = new SyncApiClient(net, () => ({ deviceId: creds.deviceId, deviceSecret: creds.deviceSecret }));
    const desk = await makeDesk();
    const core = desk.core.context;
    const pdf = Buffer.from('%PDF-1.4 bukti dukung triwulan I');
    const sha256 = sha256Of(pdf);
    writeVerifiedBukti(core.dataDir, sha256, pdf);
    const realisasi = {
      id: v7(),
      skpId: v7(),
      periode: 'TW1',
      items: [{ rhkId: v7(), indikatorId: v7(), rencanaNilai: 1, rencanaTeks: null, nilai: 1, teks: null, bukti: [{ kind: 'file', sha256, nama: 'bukti.pdf', mime: 'application/pdf', ukuran: pdf.length }] }],
      status: 'draft',
      catatanRevisi: null,
      dilaporkanAt: null,
    };
    await core.db
      .insertInto('outbox')
      .values({ id: v7(), command: 'realisasi/upsert', entity: 'realisasi', entityId: realisasi.id, payload: JSON.stringify(realisasi), actorUserId: null, createdAt: new Date().toISOString(), status: 'pending', error: null, baseVersion: null, baseCommandId: null, keyVersion: null, signature: null })
      .execute();
    expect(await uploadPendingBukti(core, api)).toBe(1);
    expect(await uploadPendingBukti(core, api), 'the server holds it now: nothing is sent again').toBe(0);
    expect(await server.db.selectFrom('buktiFile').select(['sha256', 'mime', 'ukuran']).execute()).toEqual([{ sha256, mime: 'application/pdf', ukuran: pdf.length }]);

    // Another desk (or this one after losing its copy) holds the row but not the file.
    await core.db.deleteFrom('outbox').execute();
    await core.db.transaction().execute((trx) => upsertDocRow(trx, 'realisasi', realisasi, new Date().toISOString()));
    rmSync(path.join(core.dataDir, 'bukti', sha256.slice(0, 2), sha256));
    expect(await downloadMissingBukti(core, api)).toBe(1);
    expect(existsSync(path.join(core.dataDir, 'bukti', sha256.slice(0, 2), sha256))).toBe(true);
    expect(await downloadMissingBukti(core, api)).toBe(0);
    await desk.close();
  });
});
