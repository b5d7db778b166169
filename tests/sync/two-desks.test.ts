import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';
import type { ArgsOf } from '../../shared/contract.js';

/** A second valid PNS NIP (born 1990-01-01, CPNS 2015-02, female, sequence 001). */
const NIP_SITI = '199001012015022001';

for (const backend of backends()) {
  describe(`two desks and a server on loopback (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let tokenA = '';
    let tokenB = '';
    let sitiId = '';

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('a desk that ran standalone connects later and uploads its unit (bootstrap)', async () => {
      tokenA = await setUp(a);
      const units = unwrap(await a.call('org/units', {}, tokenA));
      const root = units[0];
      if (!root) throw new Error('no root unit');
      const child = unwrap(await a.call('org/unitSave', { parentId: root.id, kode: '01.01', nama: 'Sekretariat' }, tokenA));
      const siti: ArgsOf<'pegawai/save'> = {
        nip: NIP_SITI, gelarDepan: '', nama: 'Siti Lestari', gelarBelakang: 'S.E.', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: null, unitId: child.id, tmtMulai: null, tmtSelesai: null,
      };
      sitiId = unwrap(await a.call('pegawai/save', siti, tokenA)).id;
      const status = unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja A', bootstrapSecret: BOOTSTRAP_SECRET }, tokenA));
      expect(status.lastError).toBeNull();
      expect(status.state).toBe('idle');
      expect(status.pending).toBe(0);
      expect(status.conflicts).toBe(0);
    });

    it('a new, empty desk joins with the admin account and receives the whole unit', async () => {
      const status = unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja B' }, null));
      expect(status.state).toBe('idle');
      expect(status.received).toBeGreaterThanOrEqual(5);
      const info = unwrap(await b.call('app/info', {}, null));
      expect(info.isSetUp).toBe(true);
      tokenB = unwrap(await b.call('auth/signIn', { nip: ADMIN_NIP, password: ADMIN_PASSWORD }, null)).token;
      const found = unwrap(await b.call('pegawai/search', { query: 'lestari', offset: 0, limit: 10 }, tokenB));
      expect(found.rows.map((r) => r.nip)).toEqual([NIP_SITI]);
      expect(unwrap(await b.call('org/units', {}, tokenB)).map((u) => u.kode).sort()).toEqual(['01', '01.01']);
    });

    it('an edit on one desk appears on the other after sync', async () => {
      const p = unwrap(await a.call('pegawai/get', { id: sitiId }, tokenA)).pegawai;
      unwrap(await a.call('pegawai/save', { ...p, golongan: 'III/b' }, tokenA));
      expect(unwrap(await a.call('sync/now', {}, tokenA)).pending).toBe(0);
      unwrap(await b.call('sync/now', {}, tokenB));
      expect(unwrap(await b.call('pegawai/get', { id: sitiId }, tokenB)).pegawai.golongan).toBe('III/b');
    });

    it('edits of the same row on both desks end in a visible conflict with both texts kept', async () => {
      const onB = unwrap(await b.call('pegawai/get', { id: sitiId }, tokenB)).pegawai;
      unwrap(await b.call('pegawai/save', { ...onB, nama: 'Siti Lestari Handayani' }, tokenB)); // B is offline for now
      const onA = unwrap(await a.call('pegawai/get', { id: sitiId }, tokenA)).pegawai;
      unwrap(await a.call('pegawai/save', { ...onA, nama: 'Siti Lestariningsih' }, tokenA));
      unwrap(await a.call('sync/now', {}, tokenA));

      const after = unwrap(await b.call('sync/now', {}, tokenB));
      expect(after.conflicts).toBe(1);
      const [conflict] = unwrap(await b.call('sync/conflicts', {}, tokenB));
      expect(conflict?.localPayload).toMatchObject({ nama: 'Siti Lestari Handayani' });
      expect(conflict?.serverPayload).toMatchObject({ nama: 'Siti Lestariningsih' });
      // The replica follows the server; the person's text lives on in the conflict.
      expect(unwrap(await b.call('pegawai/get', { id: sitiId }, tokenB)).pegawai.nama).toBe('Siti Lestariningsih');

      unwrap(await b.call('sync/resolveConflict', { id: conflict?.id ?? '', choice: 'mine' }, tokenB));
      const resolved = unwrap(await b.call('sync/now', {}, tokenB));
      expect(resolved.conflicts).toBe(0);
      expect(resolved.pending).toBe(0);
      unwrap(await a.call('sync/now', {}, tokenA));
      expect(unwrap(await a.call('pegawai/get', { id: sitiId }, tokenA)).pegawai.nama).toBe('Siti Lestari Handayani');
    });
  });
}
