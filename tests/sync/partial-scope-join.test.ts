import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { applyInbox } from '../../electron/core/sync/pull.js';
import { parkedProblem } from '../../electron/core/sync/parked.js';
import type { SyncRow } from '../../shared/sync-protocol.js';
import { TestClient, command, type Device } from '../server/client.js';
import { PASSWORD, nextNip, pegawaiRow, seedOrg, type Org } from '../server/fixtures.js';
import { backends } from '../server/harness.js';
import { unwrap, type TestCore } from '../core/helpers.js';
import { makeDesk, startServer, type LoopbackServer } from './loopback.js';

/**
 * Issue 8, "never wedged": a sub-unit operator joins an empty desk while pegawai of the unit hold
 * jabatan of a sibling unit, accounts are linked to pegawai on another roster and a pegawai came
 * over with the old unit's jabatan. The desk receives what those rows refer to (scope closure)
 * and syncs; closure rows leave when nothing refers to them any more.
 */
for (const backend of backends()) {
  describe(`a partial-scope desk joins and keeps syncing (${backend.name})`, () => {
    let server: LoopbackServer;
    let api: TestClient;
    let org: Org;
    let root: Device;
    let desk: TestCore;

    beforeAll(async () => {
      server = await startServer(backend);
      api = new TestClient(server.app);
    });
    afterAll(async () => {
      await server.close();
    });
    beforeEach(async () => {
      org = await seedOrg(server.db);
      root = await api.device(org.users.admin.nip);
      desk = await makeDesk();
    });
    afterEach(async () => {
      await desk.close();
    });

    const asAdmin = async (name: Parameters<typeof command>[0], row: { id: string; [f: string]: unknown }, base: number | null) => {
      const [o] = await api.push(root, [command(name, row, base, org.users.admin.id)]);
      expect(o?.status).toBe('accepted');
    };
    const localIds = async (table: 'jabatan' | 'unitKerja' | 'pegawai' | 'user'): Promise<string[]> =>
      (await desk.core.context.db.selectFrom(table).select('id').execute()).map((r) => r.id);

    it('a U1 operator joins an empty desk whose pegawai hold sibling-unit jabatan, linked accounts and a transfer, and syncs', async () => {
      const { units, jabatan, pegawai, users } = org;
      const holdsSibling = pegawaiRow(units.a1.id, jabatan.kabidB.id);
      await asAdmin('pegawai/upsert', holdsSibling, null);
      const linked: SyncRow<'user'> = { ...users.pegawaiOnlyA, pegawaiId: pegawai.kabidB.id };
      await asAdmin('user/upsert', linked, 1);
      const transferred = pegawaiRow(units.b.id, jabatan.kabidB.id);
      await asAdmin('pegawai/upsert', transferred, null);
      await asAdmin('pegawai/upsert', { ...transferred, unitId: units.a.id }, 1);

      const status = unwrap(await desk.call('sync/connect', { serverUrl: server.url, nip: users.operatorA.nip, password: PASSWORD, deviceName: 'Meja Bidang A' }, null));
      expect(status.lastError).toBeNull();
      expect(status.state).toBe('idle');
      expect(await parkedProblem(desk.core.context.db)).toBeNull();
      expect(await localIds('jabatan')).toContain(jabatan.kabidB.id);
      expect(await localIds('unitKerja')).toContain(units.b.id);
      expect(await localIds('pegawai')).toEqual(expect.arrayContaining([holdsSibling.id, transferred.id, pegawai.kabidB.id]));

      const token = unwrap(await desk.call('auth/signIn', { nip: users.operatorA.nip, password: PASSWORD }, null)).token;
      const shown = unwrap(await desk.call('pegawai/get', { id: holdsSibling.id }, token));
      expect(shown.pegawai.jabatanId).toBe(jabatan.kabidB.id);

      // The sibling jabatan goes back to its own people: the closure rows leave this desk.
      await asAdmin('pegawai/upsert', { ...holdsSibling, jabatanId: jabatan.stafA1.id }, 1);
      await asAdmin('pegawai/upsert', { ...transferred, unitId: units.a.id, jabatanId: null }, 2);
      await asAdmin('user/upsert', { ...linked, pegawaiId: null }, 2);
      const again = unwrap(await desk.call('sync/now', {}, token));
      expect(again.state).toBe('idle');
      expect(await localIds('jabatan')).not.toContain(jabatan.kabidB.id);
      expect(await localIds('unitKerja')).not.toContain(units.b.id);
      expect(await localIds('pegawai')).not.toContain(pegawai.kabidB.id);
    });

    it('a row whose reference cannot be resolved is parked: the desk keeps syncing, the admin sees one problem without row contents', async () => {
      const { users } = org;
      // The unit's operator is also its admin here: the problem is shown to admins only.
      await asAdmin('user/upsert', { ...users.operatorA, roles: ['admin', 'operator'] }, 1);
      unwrap(await desk.call('sync/connect', { serverUrl: server.url, nip: users.operatorA.nip, password: PASSWORD, deviceName: 'Meja Bidang A' }, null));
      const db = desk.core.context.db;
      // A server row naming a jabatan that never arrives (an older server, a bug): staged as a pull would.
      const orphan = pegawaiRow(org.units.a.id, v7(), { nama: 'Rahasia Nama Orang', nip: nextNip() });
      await db.insertInto('syncInbox').values({ entity: 'pegawai', id: orphan.id, seq: '999999999', version: 1, row: JSON.stringify(orphan), readOnly: 0 }).execute();
      // An RHK of an SKP that never arrives: no SQLite foreign key, found through the reference map.
      const rhk: SyncRow<'rhk'> = {
        id: v7(), skpId: v7(), jenis: 'utama', urutan: 1, teks: 'RHK yatim', intervensiRhkId: null, jenisIntervensi: null, intervensiPerjanjianKinerja: null, perspektif: null, returnNote: null, asalRhkId: null, indikator: [],
      };
      await db.insertInto('syncInbox').values({ entity: 'rhk', id: rhk.id, seq: '999999998', version: 1, row: JSON.stringify(rhk), readOnly: 0 }).execute();
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        await applyInbox(db, new Date().toISOString());
      } finally {
        console.error = original;
      }
      expect(await localIds('pegawai')).not.toContain(orphan.id);
      const problem = await parkedProblem(db);
      expect(problem).toMatch(/^2 data dari server belum dapat ditampilkan/);
      expect(await desk.core.context.db.selectFrom('rhk').select('id').where('id', '=', rhk.id).execute()).toEqual([]);
      for (const text of [problem ?? '', ...logged]) {
        expect(text).not.toContain(orphan.nip);
        expect(text).not.toContain(orphan.nama);
        expect(text).not.toContain('$argon2id$');
      }
      const token = unwrap(await desk.call('auth/signIn', { nip: users.operatorA.nip, password: PASSWORD }, null)).token;
      const status = unwrap(await desk.call('sync/now', {}, token));
      expect(status.state).toBe('idle');
      expect(status.lastError).toBeNull();
      expect(unwrap(await desk.call('sync/problem', {}, token)).message).toBe(problem);
      const staff = unwrap(await desk.call('auth/signIn', { nip: users.pegawaiOnlyA.nip, password: PASSWORD }, null)).token;
      expect(unwrap(await desk.call('sync/problem', {}, staff)).message).toBeNull();
      expect(JSON.stringify(unwrap(await desk.call('sync/status', {}, staff)))).not.toContain(orphan.nip);
    });
  });
}
