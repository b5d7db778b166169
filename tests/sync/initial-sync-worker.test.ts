/**
 * The initial sync of a joining desk applies the whole unit at once; on a desk's database file
 * that apply runs in the job worker (electron/core/jobs), on its own connection. This joins an
 * empty file-backed desk to a server and checks the unit arrived whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/app.js';
import { ADMIN_NIP, ADMIN_PASSWORD, makeCore, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { backends } from '../server/harness.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/** A second valid PNS NIP (born 1990-01-01, CPNS 2015-02, female, sequence 001). */
const NIP_SITI = '199001012015022001';

const [pglite] = backends();

describe('initial sync of a file-backed desk', () => {
  let server: LoopbackServer;
  let a: TestCore;
  let b: TestCore;

  beforeAll(async () => {
    if (!pglite) throw new Error('no backend');
    server = await startServer(pglite);
    a = await makeDesk();
    // Not :memory: — the database file a job worker can open too.
    b = await makeCore({ coreFactory: (o) => createCore({ ...o, dbFile: undefined, sync: { autoStart: false } }) });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await server.close();
  });

  it('applies the first snapshot in the worker and ends idle with the whole unit', async () => {
    expect(b.core.context.jobs.mode).toBe('worker');
    const tokenA = await setUp(a);
    const root = unwrap(await a.call('org/units', {}, tokenA))[0];
    if (!root) throw new Error('no root unit');
    const child = unwrap(await a.call('org/unitSave', { parentId: root.id, kode: '01.01', nama: 'Sekretariat' }, tokenA));
    unwrap(
      await a.call('pegawai/save', { nip: NIP_SITI, gelarDepan: '', nama: 'Siti Lestari', gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: null, unitId: child.id, tmtMulai: null, tmtSelesai: null }, tokenA),
    );
    unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, tokenA));

    const status = unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja B' }, null));
    expect(status.lastError).toBeNull();
    expect(status.state).toBe('idle');
    const tokenB = unwrap(await b.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
    expect(unwrap(await b.call('pegawai/search', { query: 'lestari', offset: 0, limit: 10 }, tokenB)).rows.map((r) => r.nip)).toEqual([NIP_SITI]);
    expect(unwrap(await b.call('org/units', {}, tokenB)).map((u) => u.kode).sort()).toEqual(['01', '01.01']);
    // The worker emptied the inbox in the same transaction that applied it.
    const rows = await b.core.context.db.selectFrom('syncInbox').select('id').execute();
    expect(rows).toEqual([]);
  });
});
