import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../server/harness.js';
import { unwrap, type TestCore } from '../core/helpers.js';
import { BOOTSTRAP_SECRET, makeDesk, startServer, type LoopbackServer } from './loopback.js';

/**
 * A desk holding the demo unit is refused at connect (and at its merge preview) with a message
 * saying what to do, and nothing changes on either side: made-up pegawai never reach the server.
 */
const backend = backends()[0];
if (backend) {
  describe('a demo desk cannot be connected to a server', () => {
    let server: LoopbackServer;
    let desk: TestCore;
    let token: string;
    let demoNip: string;
    let demoPassword: string;

    beforeAll(async () => {
      server = await startServer(backend);
      desk = await makeDesk();
      const demo = unwrap(await desk.call('setup/loadDemo', { pegawaiCount: 5 }, null));
      token = demo.token;
      demoPassword = demo.demoPassword;
      demoNip = demo.user.nip;
    });
    afterAll(async () => {
      await desk.close();
      await server.close();
    });

    it.each(['sync/connect', 'sync/connectPreview'] as const)('%s answers in Indonesian and changes nothing', async (channel) => {
      const pegawaiBefore = await desk.core.context.db.selectFrom('pegawai').select('id').execute();
      const args = { serverUrl: server.url, nip: demoNip, password: demoPassword, deviceName: 'Meja demo' };
      const r = channel === 'sync/connect' ? await desk.call(channel, { ...args, bootstrapSecret: BOOTSTRAP_SECRET }, token) : await desk.call(channel, args, token);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toContain('data demo');
      expect(unwrap(await desk.call('sync/status', {}, token))).toMatchObject({ serverUrl: null });
      expect(await desk.core.context.db.selectFrom('pegawai').select('id').execute()).toEqual(pegawaiBefore);
      expect(await server.db.selectFrom('instansi').select('id').execute()).toEqual([]);
      expect(await server.db.selectFrom('device').select('id').execute()).toEqual([]);
    });
  });
}
