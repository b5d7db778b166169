/**
 * A penilai override (Plt.) replaces the structural penilai for SKP approval and for evaluation;
 * withdrawn, the jabatan tree applies again. A penilai below pengawas level is warned about.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, unwrap } from '../helpers.js';
import { IKI, linkAll, makeWorld, PERIODE, type World } from '../skp/fixture.js';

let w: World;
let kabidRhk = '';
beforeAll(async () => {
  w = await makeWorld();
  const kabid = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.kabid, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.kabid));
  kabidRhk = unwrap(await w.t.call('rhk/save', { skpId: kabid.skp.id, jenis: 'utama', teks: 'RHK kabid', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid)).rhk[0]?.id ?? '';
});
afterAll(async () => {
  await w.t.close();
});

const pltArgs = () => ({ pegawaiId: w.pegawai.staf, penilaiPegawaiId: w.pegawai.kabidB, jenis: 'plt', mulai: '2025-01-01', selesai: null, alasan: 'Plt. Kabid selama kabid cuti besar (SK 12/2025).' }) as const;

describe('penilai override', () => {
  it('only operators/admins in scope set one; a reason is required; the list carries names and totals', async () => {
    expectFail(await w.t.call('penilai/overrideSave', pltArgs(), w.token.kabid), 'FORBIDDEN');
    expectFail(await w.t.call('penilai/overrideSave', { ...pltArgs(), alasan: '' }, w.admin), 'VALIDATION');
    const o = unwrap(await w.t.call('penilai/overrideSave', pltArgs(), w.admin));
    expect(o).toMatchObject({ berlaku: true, dibatalkan: false, unitId: w.unit.a, peringatan: [] });
    expect(o.penilai.namaLengkap).toBe('Pegawai kabidB');
    const list = unwrap(await w.t.call('penilai/overrides', { unitId: w.unit.a }, w.admin));
    expect(list.total).toBe(1);
    expect(unwrap(await w.t.call('penilai/overrides', { pegawaiId: w.pegawai.staf }, w.token.staf)).total).toBe(1);
    expectFail(await w.t.call('penilai/overrides', { pegawaiId: w.pegawai.staf }, w.token.staf2), 'FORBIDDEN');
  });

  it('skp/approve honours the override: the Plt. approves, the structural penilai no longer can', async () => {
    const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.staf, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.staf));
    const d = unwrap(await w.t.call('rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'RHK staf', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.staf));
    await linkAll(w, 'staf', d.rhk.map((r) => r.id), kabidRhk);
    unwrap(await w.t.call('skp/submit', { id: skp.skp.id }, w.token.staf));
    // Persetujuan "Menunggu saya" follows the override: the Plt.'s inbox holds it, the structural penilai's does not.
    const waiting = async (token: string) => unwrap(await w.t.call('skp/inbox', { tab: 'menungguSaya', offset: 0, limit: 50 }, token)).rows.map((r) => r.id);
    expect(await waiting(w.token.kabidB)).toContain(skp.skp.id);
    expect(await waiting(w.token.kabid)).not.toContain(skp.skp.id);
    expectFail(await w.t.call('skp/approve', { id: skp.skp.id, delegasi: null }, w.token.kabid), 'FORBIDDEN');
    const approved = unwrap(await w.t.call('skp/approve', { id: skp.skp.id, delegasi: null }, w.token.kabidB));
    expect(approved.skp.status).toBe('disetujui');
    expect(approved.skp.penilai).toMatchObject({ penilaiPegawaiId: w.pegawai.kabidB, penilaiJabatanId: w.jabatan.kabidB });

    // Evaluation follows the same override.
    const s = unwrap(await w.t.call('evaluasi/session', { skpId: skp.skp.id, periode: 'TW1' }, w.token.kabidB));
    expect(s.capacity.penilai).toBe(true);
    const rate = { skpId: skp.skp.id, periode: 'TW1', ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_atas', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null } as const;
    expectFail(await w.t.call('evaluasi/rate', rate, w.token.kabid), 'FORBIDDEN');
    const rated = unwrap(await w.t.call('evaluasi/rate', rate, w.token.kabidB));
    expect(rated.predikat).toBe('baik');
    expect(rated.evaluasi?.penilaiPegawaiId).toBe(w.pegawai.kabidB);

    // Withdrawn: the jabatan tree applies again.
    const id = unwrap(await w.t.call('penilai/overrides', { pegawaiId: w.pegawai.staf }, w.admin)).rows[0]?.id ?? '';
    expect(unwrap(await w.t.call('penilai/overrideCancel', { id }, w.admin)).berlaku).toBe(false);
    expectFail(await w.t.call('evaluasi/rate', rate, w.token.kabidB), 'NOT_FOUND');
    expect(unwrap(await w.t.call('evaluasi/rate', rate, w.token.kabid)).capacity.penilai).toBe(true);
    expect(unwrap(await w.t.call('penilai/overrides', { unitId: w.unit.a }, w.admin)).total).toBe(0);
    expect(unwrap(await w.t.call('penilai/overrides', { unitId: w.unit.a, termasukDibatalkan: true }, w.admin)).total).toBe(1);
  });

  it('warns, never refuses, when the penilai sits below pengawas level', async () => {
    const o = unwrap(await w.t.call('penilai/overrideSave', { ...pltArgs(), pegawaiId: w.pegawai.staf2, penilaiPegawaiId: w.pegawai.staf, jenis: 'koreksi', alasan: 'Koreksi data atasan.' }, w.admin));
    expect(o.peringatan.join(' ')).toMatch(/di bawah jenjang pengawas/);
  });
});
