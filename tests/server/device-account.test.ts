import { describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app.js';
import { command, TestClient, type Device } from './client.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

const INACTIVE = {
  code: 'DEVICE_ACCOUNT_INACTIVE',
  message:
    'Akun yang mendaftarkan perangkat ini sudah nonaktif atau tidak lagi berperan operator/admin, sehingga perangkat ini tidak dapat sinkronisasi. Daftarkan ulang perangkat ini dengan akun operator atau admin yang aktif.',
};

describe.each(backends())('a device credential ends with its enrolling account on $name', (backend) => {
  const w = usePushWorld(backend);

  /** Token, pull and push of `d` through `api`: each refused with DEVICE_ACCOUNT_INACTIVE. */
  async function expectRefused(api: TestClient, d: Device): Promise<void> {
    const token = await api.token(d.deviceId, d.deviceSecret);
    const pull = await api.pullRaw(d.token, '0', 10);
    const push = await api.pushRaw(d.token, { protocol: 1, commands: [command('unit/upsert', { ...w.org.units.a1, nama: 'Tidak boleh' }, 1, w.org.users.operatorA.id)] });
    for (const r of [token, pull, push]) {
      expect(r.statusCode).toBe(403);
      expect(r.json()).toEqual({ ok: false, error: INACTIVE });
    }
  }

  it('deactivating the operator (pushed by an admin) stops its device at once: no token, and its live token neither pulls nor pushes', async () => {
    await w.api.pull(w.devA, '0');
    const [outcome] = await w.api.push(w.devRoot, [command('user/upsert', { ...w.org.users.operatorA, aktif: false }, 1, w.org.users.admin.id)]);
    expect(outcome?.status).toBe('accepted');
    await expectRefused(w.api, w.devA);
    const unit = await w.db.selectFrom('unitKerja').select('nama').where('id', '=', w.org.units.a1.id).executeTakeFirstOrThrow();
    expect(unit.nama).toBe(w.org.units.a1.nama);
    // Other devices are not affected.
    await w.api.pull(w.devB, '0');
  });

  it('an account left with only the pegawai role no longer holds its device, and a reactivated operator does again', async () => {
    await w.db.updateTable('user').set({ roles: ['pegawai'] }).where('id', '=', w.org.users.operatorB.id).execute();
    // A fresh server process (cold device cache), as another instance behind a load balancer.
    const other = buildServer({ db: w.db });
    try {
      const api = new TestClient(other);
      await expectRefused(api, w.devB);
      await w.db.updateTable('user').set({ roles: ['operator'] }).where('id', '=', w.org.users.operatorB.id).execute();
      const again = buildServer({ db: w.db });
      try {
        const t = await new TestClient(again).token(w.devB.deviceId, w.devB.deviceSecret);
        expect(t.statusCode).toBe(200);
      } finally {
        await again.close();
      }
    } finally {
      await other.close();
    }
  });

  it('a deleted account no longer holds its device', async () => {
    await w.db.updateTable('user').set({ deleted: true }).where('id', '=', w.org.users.operatorA.id).execute();
    const other = buildServer({ db: w.db });
    try {
      await expectRefused(new TestClient(other), w.devA);
    } finally {
      await other.close();
    }
  });
});
