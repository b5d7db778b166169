import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';
import { readLocalRows } from '../../electron/core/sync/local-rows.js';
import { serverRows } from './replica-rows.js';
import type { ArgsOf } from '../../shared/contract.js';

const NIP_SITI = '199001012015022001';
const NIP_BUDI = '198702022012121002';

function pegawai(nip: string, nama: string, golongan: string, unitId: string): ArgsOf<'pegawai/save'> {
  return { nip, gelarDepan: '', nama, gelarBelakang: '', jenisAsn: 'PNS', golongan, jabatanId: null, unitId, tmtMulai: null, tmtSelesai: null };
}

for (const backend of backends()) {
  describe(`first connect of a standalone desk to a server that has its instansi (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;
    let tokenA = '';
    let tokenB = '';
    const url = () => server.url;

    beforeAll(async () => {
      server = await startServer(backend);
      a = await makeDesk();
      b = await makeDesk();
      // Desk A: the unit as the server knows it (root, Sekretariat 01.01, Siti at III/a).
      tokenA = await setUp(a);
      const rootA = unwrap(await a.call('org/units', {}, tokenA))[0];
      if (!rootA) throw new Error('no root');
      const sek = unwrap(await a.call('org/unitSave', { parentId: rootA.id, kode: '01.01', nama: 'Sekretariat' }, tokenA));
      unwrap(await a.call('pegawai/save', pegawai(NIP_SITI, 'Siti Lestari', 'III/a', sek.id), tokenA));
      unwrap(await a.call('sync/connect', { serverUrl: url(), nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'A', bootstrapSecret: BOOTSTRAP_SECRET }, tokenA));
      // Desk B ran standalone with the same instansi, made its own ids and its own edits.
      tokenB = await setUp(b);
      const rootB = unwrap(await b.call('org/units', {}, tokenB))[0];
      if (!rootB) throw new Error('no root');
      const bidang = unwrap(await b.call('org/unitSave', { parentId: rootB.id, kode: '01.02', nama: 'Bidang Pembinaan' }, tokenB));
      unwrap(await b.call('pegawai/save', pegawai(NIP_SITI, 'Siti Lestari', 'III/b', rootB.id), tokenB));
      unwrap(await b.call('pegawai/save', pegawai(NIP_BUDI, 'Budi Santoso', 'II/c', bidang.id), tokenB));
    });
    afterAll(async () => {
      await a.close();
      await b.close();
      await server.close();
    });

    it('connecting without a preview is refused and changes nothing', async () => {
      const before = await readLocalRows(b.core.context.db);
      const r = await b.call('sync/connect', { serverUrl: url(), nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'B' }, tokenB);
      expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
      expect(await readLocalRows(b.core.context.db)).toEqual(before);
    });

    it('the preview matches rows by kode and NIP and says what will happen', async () => {
      const before = await readLocalRows(b.core.context.db);
      const preview = unwrap(await b.call('sync/connectPreview', { serverUrl: url(), nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'B' }, tokenB));
      expect(preview.counts.unit_kerja).toEqual({ same: 1, update: 0, upload: 1, download: 1 });
      // Siti differs (golongan, unit); Budi is only here; the admin's own pegawai row is the same.
      expect(preview.counts.pegawai).toEqual({ same: 1, update: 1, upload: 1, download: 0 });
      expect(preview.counts.instansi).toEqual({ same: 1, update: 0, upload: 0, download: 0 });
      expect(await readLocalRows(b.core.context.db), 'a preview changes no local data').toEqual(before);
    });

    it('confirming merges: both desks and the server end up with the union, the desk winning where it differs', async () => {
      const status = unwrap(await b.call('sync/connect', { serverUrl: url(), nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'B', confirmMerge: true }, tokenB));
      expect(status.lastError).toBeNull();
      const left = await b.core.context.db.selectFrom('outbox').selectAll().execute();
      expect(status.pending, JSON.stringify(left)).toBe(0);
      const conflicts = await b.core.context.db.selectFrom('syncConflict').select(['command', 'code', 'message', 'localPayload']).execute();
      expect(status.conflicts, JSON.stringify(conflicts)).toBe(0);
      unwrap(await a.call('sync/now', {}, tokenA));

      const instansiId = unwrap(await a.call('auth/me', {}, tokenA)).instansi.id;
      const expected = await serverRows(server.db, instansiId);
      const kodes = expected.unit_kerja.map((u) => (u as { kode: string }).kode).sort();
      expect(kodes).toEqual(['01', '01.01', '01.02']);
      const siti = expected.pegawai.find((p) => (p as { nip: string }).nip === NIP_SITI) as { golongan: string } | undefined;
      expect(siti?.golongan).toBe('III/b');
      expect(expected.pegawai.some((p) => (p as { nip: string }).nip === NIP_BUDI)).toBe(true);
      // The desks now hold exactly the server's rows (same ids).
      for (const d of [a, b]) expect(await readLocalRows(d.core.context.db)).toEqual(expected);
    });
  });
}
