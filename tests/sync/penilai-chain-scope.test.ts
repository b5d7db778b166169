import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../shared/domain/nip.js';
import { readLocalRows } from '../../electron/core/sync/local-rows.js';
import { backends } from '../server/harness.js';
import { Desk } from './desk.js';
import { FaultyNetwork } from './faulty-network.js';
import { BOOTSTRAP_SECRET, startServer, type LoopbackServer } from './loopback.js';
import { rowDiff } from './row-diff.js';
import { serverRowsInScope } from './scope-rows.js';
import { buildWorld, WORLD_PASSWORD, worldNip } from './world.js';

/**
 * Replays property seed 986570717 in a few steps: Kabid 1's atasan becomes Kabid 2 (whose atasan
 * is the Kadis), so the Sub-bidang desk's read-only atasan chain is three jabatan long. Its own
 * jabatan (Analis 1A) has Kabid 1 as penilai and Kabid 2 as atasan penilai: those two accounts
 * come in full; the Kadis, three steps up, is nobody's penilai here: before the change the desk held
 * that account in full, after it only a stub when a row here names it, or nothing (see
 * server/services/pull/closure.ts and electron/core/sync/lapsed-scope.ts). The property test's
 * oracle (scope-rows.ts) must say the same.
 */
for (const backend of backends()) {
  describe(`penilai accounts on a sub-unit desk under a long atasan chain (${backend.name})`, () => {
    let server: LoopbackServer;
    const desks: Desk[] = [];
    beforeAll(async () => {
      server = await startServer(backend);
    });
    afterAll(async () => {
      for (const d of desks) await d.dispose();
      await server.close();
    });

    it('no longer holds the Kadis (three steps up) in full, holds the penilai and atasan penilai in full, exactly as the oracle says', { timeout: 120_000 }, async () => {
      // The rates stay NO_FAULTS: nothing is dropped, whatever the generator says.
      const random = () => 0.5;
      const d0 = await Desk.open('P0', new FaultyNetwork(random));
      desks.push(d0);
      const d2 = await Desk.open('P2', new FaultyNetwork(random));
      desks.push(d2);
      const adminNip = makeNip({ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: 777 });
      const setup = await d0.call('setup/init', {
        instansi: { kode: 'PC-1', nama: 'Instansi rantai' },
        unit: { kode: 'PC-01', nama: 'Unit teratas' },
        admin: { nip: adminNip, jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin', gelarBelakang: '', golongan: 'III/b', password: WORLD_PASSWORD },
      });
      if (!setup.ok) throw new Error(setup.error.message);
      d0.token = setup.value.token;
      const instansiId = setup.value.instansi.id;
      expect((await d0.call('sync/connect', { serverUrl: server.url, nip: adminNip, password: WORLD_PASSWORD, deviceName: 'P0', bootstrapSecret: BOOTSTRAP_SECRET })).ok).toBe(true);
      const run = 1;
      const world = await buildWorld(d0, run, adminNip);
      expect((await d0.call('sync/now', {})).ok).toBe(true);
      const joined = await d2.call('sync/connect', { serverUrl: server.url, nip: world.op1aNip, password: WORLD_PASSWORD, deviceName: 'P2' });
      if (!joined.ok) throw new Error(joined.error.message);
      await d2.signIn(world.op1aNip, WORLD_PASSWORD);
      // world.ts: person 0 holds the Kadis jabatan, 1 Kabid 1, 2 Kabid 2. 'full' = hash and key
      // here; null = a stub or not here at all (nothing on this desk names the account).
      const hashes = async () => {
        const users = await d2.core.context.db.selectFrom('user').select(['nip', 'passwordHash', 'wrappedKey']).execute();
        const of = (i: number) => {
          const u = users.find((x) => x.nip === worldNip(run, i));
          return u?.passwordHash.startsWith('$argon2id$') && u.wrappedKey !== null ? 'full' : null;
        };
        return { kadis: of(0), kabid1: of(1), kabid2: of(2) };
      };
      // Before: the Kadis is atasan penilai of Analis 1A (Analis 1A -> Kabid 1 -> Kadis).
      expect(await hashes()).toEqual({ kadis: 'full', kabid1: 'full', kabid2: null });

      // Kabid 1 now answers to Kabid 2: the chain above the Sub-bidang is Kabid 1, Kabid 2, Kadis.
      const jabatan = await server.db.selectFrom('jabatan').selectAll().where('instansiId', '=', instansiId).execute();
      const byKode = (k: string) => {
        const j = jabatan.find((x) => x.kode === `R${run}-${k}`);
        if (!j) throw new Error(`no jabatan ${k}`);
        return j;
      };
      const kabid1 = byKode('KABID1');
      const saved = await d0.call('org/jabatanSave', { id: kabid1.id, unitId: kabid1.unitId, kode: kabid1.kode, nama: kabid1.nama, jenis: 'administrator', atasanJabatanId: byKode('KABID2').id, kelas: kabid1.kelas });
      if (!saved.ok) throw new Error(saved.error.message);
      expect((await d0.call('sync/now', {})).ok).toBe(true);
      const synced = await d2.call('sync/now', {});
      expect(synced.ok ? synced.value.state : synced.error.message).toBe('idle');

      const local = await readLocalRows(d2.core.context.db);
      expect(await hashes()).toEqual({ kadis: null, kabid1: 'full', kabid2: 'full' });

      const unit = await server.db.selectFrom('device').select('unitId').where('instansiId', '=', instansiId).where('name', '=', 'P2').executeTakeFirstOrThrow();
      expect(unit.unitId).toBe(world.units.u1a);
      expect(rowDiff(local, await serverRowsInScope(server.db, instansiId, unit.unitId))).toEqual([]);
    });
  });
}
