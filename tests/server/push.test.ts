import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { MAX_PUSH_COMMANDS, type SyncRow } from '../../shared/sync-protocol.js';
import { command } from './client.js';
import { signed } from './keys.js';
import { pegawaiRow } from './fixtures.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';

describe.each(backends())('push on $name', (backend) => {
  const w = usePushWorld(backend);
  const stored = (id: string) => w.db.selectFrom('pegawai').selectAll().where('instansiId', '=', w.org.instansi.id).where('id', '=', id).executeTakeFirst();

  it('accepts a new row at version 1 and each update with a version bump and a newer seq', async () => {
    const p = pegawaiRow(w.org.units.a.id, null);
    const [created] = await w.api.push(w.devA, [command('pegawai/upsert', p, null, w.org.users.operatorA.id)]);
    expect(created).toMatchObject({ status: 'accepted', version: 1 });
    const renamed = { ...p, nama: 'Siti Aminah', gelarBelakang: 'S.Pd.' };
    const [updated] = await w.api.push(w.devA, [command('pegawai/upsert', renamed, 1, w.org.users.operatorA.id)]);
    expect(updated).toMatchObject({ status: 'accepted', version: 2 });
    if (created?.status !== 'accepted' || updated?.status !== 'accepted') throw new Error('not accepted');
    expect(BigInt(updated.seq)).toBeGreaterThan(BigInt(created.seq));
    expect(await stored(p.id)).toMatchObject({ nama: 'Siti Aminah', gelarBelakang: 'S.Pd.', version: 2, seq: updated.seq, updatedByDevice: w.devA.deviceId });
  });

  it('applies a replayed command id once and answers with the same outcome', async () => {
    const p = pegawaiRow(w.org.units.a.id, null);
    const cmd = command('pegawai/upsert', p, null, w.org.users.operatorA.id);
    const first = await w.api.push(w.devA, [cmd]);
    const before = await stored(p.id);
    const again = await w.api.push(w.devA, [cmd, cmd]);
    expect(again).toEqual([first[0], first[0]]);
    expect(await stored(p.id)).toEqual(before);
    const applied = await w.db.selectFrom('appliedCommand').select('id').where('id', '=', cmd.id).execute();
    expect(applied).toHaveLength(1);
  });

  it('stores rejections too, so a retry hears the same answer', async () => {
    const cmd = command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null, { nip: '123' }), null, w.org.users.operatorA.id);
    const [first] = await w.api.push(w.devA, [cmd]);
    const [second] = await w.api.push(w.devA, [cmd]);
    expect(first).toMatchObject({ status: 'rejected', code: 'INVALID_NIP' });
    expect(second).toEqual(first);
  });

  it("refuses another device's command id and changes nothing", async () => {
    const p = pegawaiRow(w.org.units.a.id, null);
    const cmd = command('pegawai/upsert', p, null, w.org.users.operatorA.id);
    await w.api.push(w.devA, [cmd]);
    const before = await stored(p.id);
    const forged = { ...cmd, payload: { ...p, nama: 'Diubah Penyusup' }, baseVersion: 1 };
    const [outcome] = await w.api.push(w.devRoot, [forged]);
    expect(outcome).toEqual({ id: cmd.id, status: 'rejected', code: 'REPLAYED_ELSEWHERE', message: 'Perintah ini sudah pernah dikirim dari perangkat lain; tidak ada yang diubah.' });
    expect(await stored(p.id)).toEqual(before);
  });

  it('answers STALE with the current row and version when the edit was made on an old version', async () => {
    const p = w.org.pegawai.kabidA;
    const [ok] = await w.api.push(w.devRoot, [command('pegawai/upsert', { ...p, nama: 'Versi Pusat' }, 1, w.org.users.admin.id)]);
    expect(ok?.status).toBe('accepted');
    const [stale] = await w.api.push(w.devA, [command('pegawai/upsert', { ...p, nama: 'Versi Meja A' }, 1, w.org.users.operatorA.id)]);
    expect(stale).toMatchObject({ status: 'rejected', code: 'STALE', currentVersion: 2, current: { ...p, nama: 'Versi Pusat' } });
    expect(await stored(p.id)).toMatchObject({ nama: 'Versi Pusat', version: 2 });
  });

  it('refuses rows outside the device subtree or the actor scope, and other units’ ids', async () => {
    const opA = w.org.users.operatorA.id;
    const outcomes = await w.api.push(w.devA, [
      command('pegawai/upsert', pegawaiRow(w.org.units.b.id, null), null, opA),
      command('pegawai/upsert', { ...w.org.pegawai.kabidB, nama: 'Dibajak' }, 1, opA),
      command('pegawai/upsert', { ...w.org.pegawai.kabidB, unitId: w.org.units.a.id }, 1, opA),
      command('pegawai/upsert', pegawaiRow(w.org.units.b.id, null), null, w.org.users.admin.id),
      command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null), null, w.org.users.operatorB.id),
    ]);
    for (const o of outcomes) expect(o).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(outcomes.every((o) => o.status === 'rejected' && o.current === undefined)).toBe(true);
    expect(await stored(w.org.pegawai.kabidB.id)).toMatchObject({ nama: w.org.pegawai.kabidB.nama, unitId: w.org.units.b.id, version: 1 });
  });

  it('refuses actors without the role, unknown actors and missing actors', async () => {
    const p = () => pegawaiRow(w.org.units.a.id, null);
    const [pegawaiRole, unknown, none] = await w.api.push(w.devA, [
      command('pegawai/upsert', p(), null, w.org.users.pegawaiOnlyA.id),
      command('pegawai/upsert', p(), null, v7()),
      command('pegawai/upsert', p(), null, null),
    ]);
    expect(pegawaiRole).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', message: expect.stringContaining('tidak memiliki peran operator atau admin') });
    expect(unknown).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    expect(none).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const account: SyncRow<'user'> = { ...w.org.users.pegawaiOnlyA, nama: 'Diubah operator' };
    const [notAdmin] = await w.api.push(w.devA, [command('user/upsert', account, 1, w.org.users.operatorA.id)]);
    expect(notAdmin).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const [byAdmin] = await w.api.push(w.devRoot, [command('user/upsert', account, 1, w.org.users.admin.id)]);
    expect(byAdmin).toMatchObject({ status: 'accepted', version: 2 });
  });

  it('refuses an invalid NIP with the Indonesian reason', async () => {
    const [o] = await w.api.push(w.devA, [command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null, { nip: '198513322010130000' }), null, w.org.users.operatorA.id)]);
    expect(o).toMatchObject({ status: 'rejected', code: 'INVALID_NIP' });
    if (o?.status !== 'rejected') throw new Error('accepted');
    expect(o.message).toContain('8 digit pertama NIP harus tanggal lahir yang valid');
    expect(o.message).toContain('Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).');
  });

  it('answers CONFLICT with the current row for a NIP held by another id', async () => {
    const taken = w.org.pegawai.stafA1;
    const [o] = await w.api.push(w.devA, [command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null, { nip: taken.nip }), null, w.org.users.operatorA.id)]);
    expect(o).toMatchObject({ status: 'rejected', code: 'CONFLICT', current: taken, currentVersion: 1 });
    const [hidden] = await w.api.push(w.devA, [command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null, { nip: w.org.pegawai.kabidB.nip }), null, w.org.users.operatorA.id)]);
    expect(hidden).toMatchObject({ status: 'rejected', code: 'CONFLICT' });
    expect(hidden).not.toHaveProperty('current');
  });

  it('rejects a payload that does not fit its entity, never with a 500', async () => {
    const p = pegawaiRow(w.org.units.a.id, null);
    const outcomes = await w.api.push(w.devA, [
      command('pegawai/upsert', { ...p, extra: true }, null, w.org.users.operatorA.id),
      // Signed as sent: the id mismatch is what is refused, not the signature.
      signed({ ...command('pegawai/upsert', p, null, w.org.users.operatorA.id), entityId: v7() }),
      command('jabatan/upsert', p, null, w.org.users.operatorA.id),
    ]);
    for (const o of outcomes) expect(o).toMatchObject({ status: 'rejected', code: 'VALIDATION' });
    expect(outcomes[0]).toMatchObject({ message: expect.stringContaining('Isian tidak dikenal: extra') });
  });

  it('refuses an oversized body with 413, malformed JSON and extra fields with 400', async () => {
    const big = { protocol: 1, commands: [command('pegawai/upsert', { id: v7(), filler: 'x'.repeat(6 * 1024 * 1024) }, null, null)] };
    const r413 = await w.api.pushRaw(w.devA.token, big);
    expect(r413.statusCode).toBe(413);
    expect(r413.json()).toEqual({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'Data yang dikirim terlalu besar.' } });
    const bad = await w.api.pushRaw(w.devA.token, '{"protocol":1,"commands":[');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Data yang dikirim bukan JSON yang valid atau tidak lengkap.' } });
    const extra = await w.api.pushRaw(w.devA.token, { protocol: 1, commands: [command('pegawai/upsert', pegawaiRow(w.org.units.a.id, null), null, null)], admin: true });
    expect(extra.statusCode).toBe(400);
    expect(extra.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Data yang dikirim tidak valid.' } });
    const tooMany = Array.from({ length: MAX_PUSH_COMMANDS + 1 }, () => command('pegawai/upsert', { id: v7() }, null, null));
    expect((await w.api.pushRaw(w.devA.token, { protocol: 1, commands: tooMany })).statusCode).toBe(400);
  });
});
