import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_ERROR_MESSAGES } from '../../shared/sync-protocol.js';
import { ADMIN_NIP, ADMIN_PASSWORD, setUp, signInReady, unwrap, type TestCore } from '../core/helpers.js';
import { backends } from '../server/harness.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/** A second valid PNS NIP (born 1990-01-01, CPNS 2015-03, female, sequence 001). */
const OPERATOR_NIP = '199001012015032001';
const OPERATOR_PASSWORD = 'operator-123';

for (const backend of backends()) {
  describe(`a desk whose enrolling operator is deactivated (${backend.name})`, () => {
    let server: LoopbackServer;
    let a: TestCore;
    let b: TestCore;

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

    it('stops syncing with a clear Indonesian message as soon as the admin deactivates the operator', async () => {
      const admin = await setUp(a);
      const unitId = unwrap(await a.call('org/units', {}, admin))[0]?.id ?? '';
      const operator = unwrap(await a.call('users/save', { nip: OPERATOR_NIP, nama: 'Operator Dua', roles: ['operator'], unitId, aktif: true, password: OPERATOR_PASSWORD }, admin));
      // The operator replaces the admin-set password (with the same one, in two steps) before working.
      await signInReady(a, OPERATOR_NIP, OPERATOR_PASSWORD);
      expect(unwrap(await a.call('sync/connect', { serverUrl: server.url, nip: ADMIN_NIP, password: ADMIN_PASSWORD, deviceName: 'Meja admin', bootstrapSecret: BOOTSTRAP_SECRET }, admin)).state).toBe('idle');

      // The operator's own desk joins with the operator's account and syncs.
      expect(unwrap(await b.call('sync/connect', { serverUrl: server.url, nip: OPERATOR_NIP, password: OPERATOR_PASSWORD, deviceName: 'Meja operator' }, null)).state).toBe('idle');
      const opToken = unwrap(await b.call('auth/signIn', { nip: OPERATOR_NIP, password: OPERATOR_PASSWORD }, null)).token;
      expect(unwrap(await b.call('sync/now', {}, opToken)).state).toBe('idle');

      unwrap(await a.call('users/save', { id: operator.id, nip: OPERATOR_NIP, nama: 'Operator Dua', roles: ['operator'], unitId, aktif: false }, admin));
      expect(unwrap(await a.call('sync/now', {}, admin))).toMatchObject({ state: 'idle', pending: 0, conflicts: 0 });

      // The operator's desk still holds a live access token: refused all the same.
      const status = unwrap(await b.call('sync/now', {}, opToken));
      expect(status.state).toBe('error');
      expect(status.lastError).toBe(SYNC_ERROR_MESSAGES.DEVICE_ACCOUNT_INACTIVE);
    }, 120_000);
  });
}
