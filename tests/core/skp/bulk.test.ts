import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFail, unwrap } from '../helpers.js';
import { draftWithRhk, IKI, makeWorld, PERIODE, type World } from './fixture.js';

let w: World;
const LAMPIRAN = { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: [] };
const RHK = { jenis: 'utama' as const, teks: 'Terlaksananya layanan administrasi', perspektif: null, indikator: [...IKI] };

beforeAll(async () => {
  w = await makeWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('SKP template per jabatan', () => {
  it('operators save it; the holder starts a draft from it; others cannot write it', async () => {
    expectFail(await w.t.call('skp/templateSave', { jabatanId: w.jabatan.staf, pendekatan: 'kuantitatif', rhk: [RHK], lampiran: LAMPIRAN }, w.token.kabid), 'FORBIDDEN');
    const bad = { ...RHK, indikator: [{ aspek: 'kuantitas' as const, teks: 'x', target: { kind: 'kualitatif' as const, teks: 'baik' } }] };
    expectFail(await w.t.call('skp/templateSave', { jabatanId: w.jabatan.staf, pendekatan: 'kuantitatif', rhk: [bad], lampiran: LAMPIRAN }, w.admin), 'VALIDATION');
    const t = unwrap(await w.t.call('skp/templateSave', { jabatanId: w.jabatan.staf, pendekatan: 'kuantitatif', rhk: [RHK, { ...RHK, jenis: 'tambahan', teks: 'Panitia' }], lampiran: LAMPIRAN }, w.admin));
    expect(t.jabatanNama).toBe('Jabatan STAF');
    expect(unwrap(await w.t.call('skp/templateGet', { jabatanId: w.jabatan.staf }, w.token.staf2))?.rhk.length).toBe(2);
    expectFail(await w.t.call('skp/templateGet', { jabatanId: w.jabatan.staf }, w.token.stafB), 'NOT_FOUND');
    const d = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.staf2, periode: PERIODE, pendekatan: 'kualitatif', dariTemplat: true }, w.token.staf2));
    expect(d.skp.pendekatan).toBe('kuantitatif');
    expect(d.skp.lampiran).toEqual(LAMPIRAN);
    expect(d.rhk.map((r) => [r.jenis, r.urutan, r.teks, r.menungguRhkAtasan])).toEqual([
      ['utama', 1, RHK.teks, true],
      ['tambahan', 1, 'Panitia', false],
    ]);
    const outbox = await w.t.core.context.db.selectFrom('outbox').select('command').where('entity', '=', 'skp_template').execute();
    expect(outbox.map((o) => o.command)).toEqual(['skpTemplate/upsert']);
  });
});

describe('apply one RHK to many holders of a jabatan', () => {
  it('adds it to each editable SKP and skips the rest with a reason', async () => {
    const staf = await draftWithRhk(w, 'staf', 1);
    expectFail(await w.t.call('skp/applyRhkToMany', { jabatanId: w.jabatan.staf, tahun: 2025, rhk: RHK }, w.token.kabid), 'FORBIDDEN');
    const r = unwrap(await w.t.call('skp/applyRhkToMany', { jabatanId: w.jabatan.staf, tahun: 2025, rhk: { ...RHK, teks: 'Pengelolaan arsip' }, pegawaiIds: [w.pegawai.staf, w.pegawai.staf2, w.pegawai.stafB] }, w.admin));
    expect(r.done.map((d) => d.pegawaiId).sort()).toEqual([w.pegawai.staf, w.pegawai.staf2].sort());
    expect(r.skipped.map((s) => s.pegawaiId)).toEqual([w.pegawai.stafB]);
    const d = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(d.rhk.filter((x) => x.jenis === 'utama').map((x) => [x.urutan, x.teks])).toEqual([[1, 'RHK staf 1'], [2, 'Pengelolaan arsip']]);
    const audit = unwrap(await w.t.call('audit/list', { entityId: d.rhk[1]?.id ?? '', limit: 5 }, w.admin));
    expect(audit.map((a) => a.action)).toEqual(['rhk/terapkanMassal']);
  });
});

describe('copy last period', () => {
  it('makes next year\'s drafts with links cleared; skips who has nothing to copy or already has one', async () => {
    const kabid = await draftWithRhk(w, 'kabid', 1);
    const staf = unwrap(await w.t.call('skp/list', { tahun: 2025, offset: 0, limit: 50 }, w.token.staf)).rows[0];
    unwrap(await w.t.call('rhk/link', { id: unwrap(await w.t.call('skp/get', { id: staf?.id ?? '' }, w.token.staf)).rhk[0]?.id ?? '', intervensiRhkId: kabid.rhkIds[0] ?? '', jenisIntervensi: 'langsung' }, w.token.staf));
    const periode = { tahun: 2026, mulai: '2026-01-01', selesai: '2026-12-31' };
    expectFail(await w.t.call('skp/copyLastPeriod', { pegawaiIds: [w.pegawai.staf], dariTahun: 2025, periode }, w.token.staf), 'FORBIDDEN');
    const r = unwrap(await w.t.call('skp/copyLastPeriod', { pegawaiIds: [w.pegawai.staf, w.pegawai.kadis], dariTahun: 2025, periode }, w.admin));
    expect(r.done.map((d) => d.pegawaiId)).toEqual([w.pegawai.staf]);
    expect(r.skipped.map((s) => s.pegawaiId)).toEqual([w.pegawai.kadis]);
    const copy = unwrap(await w.t.call('skp/get', { id: r.done[0]?.id ?? '' }, w.token.staf));
    expect(copy.skp.periode).toEqual(periode);
    expect(copy.rhk.length).toBe(2);
    expect(copy.rhk.every((x) => x.intervensiRhkId === null && x.asalRhkId !== null)).toBe(true);
    const again = unwrap(await w.t.call('skp/copyLastPeriod', { pegawaiIds: [w.pegawai.staf], dariTahun: 2025, periode }, w.admin));
    expect(again.done).toEqual([]);
    expect(again.skipped[0]?.message).toContain('beririsan');
  });
});
