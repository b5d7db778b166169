import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { PulledChange, SyncRow } from '../../shared/sync-protocol.js';
import { command } from './client.js';
import { pegawaiRow } from './fixtures.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

describe.each(backends())('concurrent pushes on $name', (backend) => {
  const w = usePushWorld(backend);

  it('accepts exactly one of two edits made on the same version; the other is STALE', async () => {
    const p = w.org.pegawai.kabidA;
    for (let round = 1; round <= 5; round += 1) {
      const [a, b] = await Promise.all([
        w.api.push(w.devA, [command('pegawai/upsert', { ...p, nama: `A${round}` }, round, w.org.users.operatorA.id)]),
        w.api.push(w.devRoot, [command('pegawai/upsert', { ...p, nama: `R${round}` }, round, w.org.users.admin.id)]),
      ]);
      expect([a[0]?.status, b[0]?.status].sort()).toEqual(['accepted', 'rejected']);
      expect([a[0], b[0]].find((o) => o?.status === 'rejected')).toMatchObject({ code: 'STALE', currentVersion: round + 1 });
    }
    const row = await w.db.selectFrom('pegawai').select('version').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.version).toBe(6);
  });

  it('applies one command id delivered three times at once exactly once', async () => {
    const cmd = command('pegawai/upsert', { ...w.org.pegawai.stafA1, nama: 'Sekali saja' }, 1, w.org.users.operatorA.id);
    const outcomes = (await Promise.all([1, 2, 3].map(() => w.api.push(w.devA, [cmd])))).flat();
    expect(outcomes).toEqual([outcomes[0], outcomes[0], outcomes[0]]);
    expect(outcomes[0]).toMatchObject({ status: 'accepted', version: 2 });
    const row = await w.db.selectFrom('pegawai').select('version').where('id', '=', cmd.entityId).executeTakeFirstOrThrow();
    expect(row.version).toBe(2);
  });

  it('never lets two concurrent atasan edits close a cycle', async () => {
    const mk = (kode: string): SyncRow<'jabatan'> => ({ id: v7(), unitId: w.org.units.a.id, kode: `${w.org.instansi.kode}-${kode}`, nama: kode, jenis: 'pelaksana', atasanJabatanId: null, kelas: 7 });
    const x = mk('X');
    const y = mk('Y');
    await w.api.push(w.devA, [command('jabatan/upsert', x, null, w.org.users.operatorA.id), command('jabatan/upsert', y, null, w.org.users.operatorA.id)]);
    const [ox, oy] = await Promise.all([
      w.api.push(w.devA, [command('jabatan/upsert', { ...x, atasanJabatanId: y.id }, 1, w.org.users.operatorA.id)]),
      w.api.push(w.devRoot, [command('jabatan/upsert', { ...y, atasanJabatanId: x.id }, 1, w.org.users.admin.id)]),
    ]);
    expect([ox[0]?.status, oy[0]?.status]).toContain('rejected');
  });

  it('pulls every row exactly at its final version while writers commit concurrently', async () => {
    const start = await w.api.pullAll(w.devRoot);
    const seen = new Map<string, PulledChange>();
    let cursor = start.cursor;
    let writing = true;
    // The puller stops when the writers finish or fail, and gives up after a deadline, so a stuck
    // writer fails this test instead of leaving a puller running (and the run hanging) for ever.
    const deadline = Date.now() + 60_000;
    const puller = (async () => {
      while (writing) {
        if (Date.now() > deadline) throw new Error('the writers did not finish within 60 s while pulls were being served');
        const page = await w.api.pull(w.devRoot, cursor, 7);
        for (const c of page.changes) seen.set(c.id, c);
        cursor = page.cursor;
        // Yield to the writers: on PGlite every step resolves as a microtask and would starve them.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const created: string[] = [];
    const writers = Promise.all(
      [w.devA, w.devRoot, w.devB].map(async (d, i) => {
        const actor = [w.org.users.operatorA, w.org.users.admin, w.org.users.operatorB][i]?.id ?? null;
        const unit = [w.org.units.a, w.org.units.root, w.org.units.b][i]?.id ?? '';
        for (let k = 0; k < 8; k += 1) {
          const rows = [pegawaiRow(unit, null), pegawaiRow(unit, null)];
          created.push(...rows.map((r) => r.id));
          await w.api.push(d, rows.map((r) => command('pegawai/upsert', r, null, actor)));
        }
      }),
    ).finally(() => {
      writing = false;
    });
    // Either failing fails the test at once: a failed puller does not wait for stuck writers.
    await Promise.all([writers, puller]);
    const rest = await w.api.pullAll(w.devRoot, cursor, 7);
    for (const c of rest.pages.flatMap((p) => p.changes)) seen.set(c.id, c);
    expect(created.filter((id) => seen.get(id)?.version !== 1)).toEqual([]);
  });
});
