import { beforeEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { SKP_MSG } from '../../shared/domain/skp/messages.js';
import type { PulledChange, SyncRow } from '../../shared/sync-protocol.js';
import { command, type Device } from './client.js';
import { backends } from './harness.js';
import { usePushWorld } from './push-setup.js';
import { NOW, rhkRow, seedSkpAccounts, skpRow, stepped } from './skp-fixtures.js';

describe.each(backends())('SKP push and pull on $name', (backend) => {
  const w = usePushWorld(backend);
  let acc: Awaited<ReturnType<typeof seedSkpAccounts>>;
  /** kabidA's SKP (unit A, head of A on desk A) with one RHK; stafA1's draft linked to it. */
  let atasanSkp: SyncRow<'skp'>;
  let atasanRhk: SyncRow<'rhk'>;
  let skp: SyncRow<'skp'>;
  let rhk: SyncRow<'rhk'>;

  beforeEach(async () => {
    acc = await seedSkpAccounts(w.db, w.org);
    atasanSkp = skpRow(w.org.pegawai.kabidA);
    atasanRhk = rhkRow(atasanSkp.id, { intervensiPerjanjianKinerja: 'Meningkatnya mutu layanan' });
    skp = skpRow(w.org.pegawai.stafA1);
    rhk = rhkRow(skp.id, { intervensiRhkId: atasanRhk.id, jenisIntervensi: 'langsung' });
    const outcomes = [
      ...(await w.api.push(w.devA, [command('skp/upsert', atasanSkp, null, w.org.users.operatorA.id)])),
      ...(await w.api.push(w.devA, [command('rhk/upsert', atasanRhk, null, acc.kabidA.id)])),
      ...(await w.api.push(w.devA, [command('skp/upsert', skp, null, acc.stafA1.id), command('rhk/upsert', rhk, null, acc.stafA1.id)])),
    ];
    expect(outcomes.map((o) => (o.status === 'rejected' ? o.message : o.status))).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
  });

  const submit = () => stepped(skp, { type: 'ajukan' }, acc.stafA1.id, w.org.pegawai.stafA1.id, [rhk], [w.org.pegawai.kabidA.id]);
  const penilai = () => ({ penilaiPegawaiId: w.org.pegawai.kabidA.id, penilaiJabatanId: w.org.jabatan.kabidA.id, atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null });

  it('accepts the owner editing and submitting, and the pejabat penilai approving', async () => {
    const edited = { ...rhk, teks: 'Tersusunnya laporan keuangan bulanan' };
    const diajukan = submit();
    const [e, s] = await w.api.push(w.devA, [command('rhk/upsert', edited, 1, acc.stafA1.id), command('skp/upsert', diajukan, 1, acc.stafA1.id)]);
    expect(e).toMatchObject({ status: 'accepted', version: 2 });
    expect(s).toMatchObject({ status: 'accepted', version: 2 });
    const approved = stepped(diajukan, { type: 'setujui', penilai: penilai() }, acc.kabidA.id, w.org.pegawai.kabidA.id, [edited], [w.org.pegawai.kabidA.id]);
    const [a] = await w.api.push(w.devA, [command('skp/upsert', approved, 2, acc.kabidA.id)]);
    expect(a).toMatchObject({ status: 'accepted', version: 3 });
  });

  it('refuses a second SKP of the same pegawai and jabatan for an overlapping period, from any desk', async () => {
    // Another desk started one offline too: the server holds `skp` already.
    const second = skpRow(w.org.pegawai.stafA1, { periode: { tahun: 2025, mulai: '2025-07-01', selesai: '2025-12-31' } });
    const [o] = await w.api.push(w.devRoot, [command('skp/upsert', second, null, w.org.users.admin.id)]);
    expect(o).toMatchObject({ status: 'rejected', code: 'CONFLICT', message: SKP_MSG.periodeTumpangTindih, currentVersion: 1 });
    const laterHalf = skpRow(w.org.pegawai.stafA1, { periode: { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' } });
    const [ok] = await w.api.push(w.devRoot, [command('skp/upsert', laterHalf, null, w.org.users.admin.id)]);
    expect(ok).toMatchObject({ status: 'accepted' });
  });

  it('refuses illegal transitions and edits the status does not allow', async () => {
    const jump = { ...skp, status: 'disetujui' as const };
    const [j] = await w.api.push(w.devA, [command('skp/upsert', jump, 1, acc.kabidA.id)]);
    expect(j).toMatchObject({ status: 'rejected', code: 'ILLEGAL_TRANSITION', message: 'Status SKP tidak dapat berubah dari Draf menjadi Disetujui.' });
    const [forged] = await w.api.push(w.devA, [command('skp/upsert', { ...skp, returnNote: 'catatan palsu' }, 1, acc.stafA1.id)]);
    expect(forged).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: 'Status, catatan dan persetujuan SKP hanya berubah melalui langkah alur kerja.' });
    const [s] = await w.api.push(w.devA, [command('skp/upsert', submit(), 1, acc.stafA1.id)]);
    expect(s?.status).toBe('accepted');
    const [late] = await w.api.push(w.devA, [command('rhk/upsert', { ...rhk, teks: 'Diubah setelah diajukan' }, 1, acc.stafA1.id)]);
    expect(late).toMatchObject({ status: 'rejected', code: 'ILLEGAL_TRANSITION', message: SKP_MSG.tidakDapatDiubah('Diajukan') });
    const [back] = await w.api.push(w.devA, [command('skp/upsert', skp, 2, acc.stafA1.id)]);
    expect(back).toMatchObject({ status: 'rejected', code: 'ILLEGAL_TRANSITION' });
  });

  it('refuses a pegawai approving their own SKP', async () => {
    const diajukan = submit();
    await w.api.push(w.devA, [command('skp/upsert', diajukan, 1, acc.stafA1.id)]);
    // The desk's rule would never build this row; a forged push carries it anyway.
    const event = { at: NOW, action: 'setujui' as const, from: 'diajukan' as const, to: 'disetujui' as const, actorUserId: acc.stafA1.id, delegasi: null, catatan: null };
    const own = { ...diajukan, status: 'disetujui' as const, penilai: penilai(), approvedAt: NOW, approvedByUserId: acc.stafA1.id, riwayat: [...diajukan.riwayat, event] };
    const [o] = await w.api.push(w.devA, [command('skp/upsert', own, 2, acc.stafA1.id)]);
    expect(o).toMatchObject({ status: 'rejected', code: 'FORBIDDEN', message: SKP_MSG.tidakBolehSetujuiSendiri });
  });

  it("refuses another unit's SKP and RHK ids, and links to RHK that are not the penilai's", async () => {
    const [r, s, n] = await w.api.push(w.devB, [
      command('rhk/upsert', { ...rhk, teks: 'Dari unit B' }, 1, w.org.users.operatorB.id),
      command('skp/upsert', skpRow(w.org.pegawai.stafA1), null, w.org.users.operatorB.id),
      command('rhk/upsert', rhkRow(skp.id), null, w.org.users.operatorB.id),
    ]);
    for (const o of [r, s, n]) expect(o).toMatchObject({ status: 'rejected', code: 'FORBIDDEN' });
    const other = rhkRow(skp.id, { urutan: 2, intervensiRhkId: rhk.id, jenisIntervensi: 'langsung' });
    const [self] = await w.api.push(w.devA, [command('rhk/upsert', other, null, acc.stafA1.id)]);
    expect(self).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: SKP_MSG.rhkSendiri });
    const [gone] = await w.api.push(w.devA, [command('rhk/upsert', { ...other, intervensiRhkId: v7() }, null, acc.stafA1.id)]);
    expect(gone).toMatchObject({ status: 'rejected', code: 'VALIDATION', message: SKP_MSG.rhkAtasanTidakDitemukan });
  });

  it('refuses deleting an RHK others intervene, and deletes it once they moved away', async () => {
    const [d] = await w.api.push(w.devA, [command('rhk/delete', { id: atasanRhk.id }, 1, acc.kabidA.id)]);
    expect(d).toMatchObject({ status: 'rejected', code: 'CONFLICT', message: SKP_MSG.diintervensi(1) });
    const [u] = await w.api.push(w.devA, [command('rhk/upsert', { ...rhk, intervensiRhkId: null, jenisIntervensi: null }, 1, acc.stafA1.id)]);
    const [ok] = await w.api.push(w.devA, [command('rhk/delete', { id: atasanRhk.id }, 1, acc.kabidA.id)]);
    expect(u?.status).toBe('accepted');
    expect(ok).toMatchObject({ status: 'accepted', version: 2 });
    const changes = (await w.api.pullAll(w.devA)).pages.flatMap((p) => p.changes);
    expect(changes.find((c) => c.id === atasanRhk.id)).toMatchObject({ entity: 'rhk', row: null, version: 2 });
  });

  it("gives a subordinate unit's device the atasan chain's SKP and RHK read-only, and nothing to a sibling", async () => {
    const devA1: Device = await w.api.device(acc.operatorA1.nip);
    const key = (c: PulledChange) => `${c.entity}:${c.id}`;
    const a1 = new Map((await w.api.pullAll(devA1)).pages.flatMap((p) => p.changes).map((c) => [key(c), c]));
    expect(a1.get(`skp:${atasanSkp.id}`)).toMatchObject({ readOnly: true, version: 1, row: atasanSkp });
    expect(a1.get(`rhk:${atasanRhk.id}`)).toMatchObject({ readOnly: true, row: atasanRhk });
    expect(a1.get(`skp:${skp.id}`)).toMatchObject({ readOnly: false, row: skp });
    expect(a1.get(`rhk:${rhk.id}`)).toMatchObject({ readOnly: false, row: rhk });
    const b = (await w.api.pullAll(w.devB)).pages.flatMap((p) => p.changes);
    expect(b.filter((c) => c.entity === 'skp' || c.entity === 'rhk')).toEqual([]);
  });
});
