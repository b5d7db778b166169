import { describe, expect, it } from 'vitest';
import { BERAKHLAK, NILAI_BERAKHLAK, normalizePerilaku, perilakuAwal } from '../../../../shared/domain/skp/berakhlak.js';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { checkPeriode, clashingSkp, overlapDays, periodeTahunan } from '../../../../shared/domain/skp/periode.js';
import { applyRhkToMany, draftFromPrevious, draftFromTemplate, newSkp, templateFromSkp } from '../../../../shared/domain/skp/template.js';
import { latestVersion, versionChains, versionInForce } from '../../../../shared/domain/skp/versions.js';
import { GLOSSARY } from '../../../../shared/domain/glossary.js';
import { idMaker, iki, rhk, skpWith, u } from './fixtures.js';

describe('BerAKHLAK', () => {
  it('has the seven values in form order, each with three panduan lines', () => {
    expect(BERAKHLAK.map((b) => b.nama)).toEqual(['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']);
    for (const b of BERAKHLAK) {
      expect(b.panduan).toHaveLength(3);
      expect(GLOSSARY.BerAKHLAK.id).toContain(b.nama);
    }
  });

  it('perilakuAwal and normalizePerilaku give one row per value in order', () => {
    expect(perilakuAwal().map((p) => p.nilai)).toEqual(NILAI_BERAKHLAK);
    const n = normalizePerilaku([{ nilai: 'loyal', ekspektasiKhusus: 'a' }, { nilai: 'loyal', ekspektasiKhusus: 'b' }, { nilai: 'raja', ekspektasiKhusus: 'x' }]);
    expect(n.map((p) => p.nilai)).toEqual(NILAI_BERAKHLAK);
    expect(n.find((p) => p.nilai === 'loyal')?.ekspektasiKhusus).toBe('a');
  });
});

describe('periode', () => {
  it.each([
    [{ tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' }, []],
    [{ tahun: 2025, mulai: '2025-07-01', selesai: '2025-06-30' }, [SKP_MSG.periodeTerbalik]],
    [{ tahun: 2025, mulai: '2024-12-01', selesai: '2025-06-30' }, [SKP_MSG.periodeLuarTahun]],
    [{ tahun: 2025, mulai: '2025-02-30', selesai: '2025-06-30' }, ['Tanggal periode tidak valid.']],
  ])('%j', (p, problems) => expect(checkPeriode(p)).toEqual(problems));

  it('overlapDays counts inclusive days', () => {
    expect(overlapDays(periodeTahunan(2024), periodeTahunan(2024))).toBe(366);
    expect(overlapDays({ mulai: '2025-01-01', selesai: '2025-01-31' }, { mulai: '2025-01-31', selesai: '2025-02-10' })).toBe(1);
    expect(overlapDays({ mulai: '2025-01-01', selesai: '2025-01-31' }, { mulai: '2025-02-01', selesai: '2025-02-10' })).toBe(0);
  });

  it('one SKP per pegawai per period per jabatan (a mid-year move opens another)', () => {
    const first = skpWith('disetujui', { id: u(1), periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-06-30' } });
    const v2 = skpWith('draft', { id: u(2), versi: 2, previousVersionId: u(1), periode: first.periode });
    const later = { id: u(3), pegawaiId: first.pegawaiId, jabatanId: first.jabatanId, periode: { tahun: 2025, mulai: '2025-07-01', selesai: '2025-12-31' } };
    expect(clashingSkp(later, [first, v2])).toBeNull();
    expect(clashingSkp({ ...later, periode: periodeTahunan(2025) }, [first, v2])?.id).toBe(u(1));
    expect(clashingSkp({ ...later, jabatanId: u(77), periode: periodeTahunan(2025) }, [first])).toBeNull();
  });
});

describe('versions', () => {
  const v1 = skpWith('disetujui', { id: u(1) });
  const v2 = skpWith('disetujui', { id: u(2), versi: 2, previousVersionId: u(1) });
  const v3 = skpWith('diajukan', { id: u(3), versi: 3, previousVersionId: u(2) });
  const other = skpWith('draft', { id: u(4) });
  const orphan = skpWith('draft', { id: u(5), versi: 2, previousVersionId: u(99) });

  it('groups chains, keeps orphans, finds the latest and the one in force', () => {
    const chains = versionChains([v3, other, v1, v2, orphan]);
    expect(chains.get(u(1))?.map((s) => s.id)).toEqual([u(1), u(2), u(3)]);
    expect(chains.get(u(4))?.map((s) => s.id)).toEqual([u(4)]);
    expect(chains.get(u(5))?.map((s) => s.id)).toEqual([u(5)]);
    expect(latestVersion(chains.get(u(1)) ?? [])?.id).toBe(u(3));
    expect(versionInForce(chains.get(u(1)) ?? [])?.id).toBe(u(2));
    expect(versionInForce([other])).toBeNull();
  });
});

describe('templates and bulk help', () => {
  const fields = { id: u(700), pegawaiId: u(1), jabatanId: u(11), unitId: u(21), periode: periodeTahunan(2026), pendekatan: 'kuantitatif' as const };

  it('newSkp is a versi-1 draft with seven perilaku rows', () => {
    expect(newSkp(fields)).toMatchObject({ status: 'draft', versi: 1, previousVersionId: null, riwayat: [], penilai: null });
    expect(newSkp(fields).perilaku).toHaveLength(7);
  });

  it('copies last period as a draft with links cleared and rows renumbered', () => {
    const last = skpWith('disetujui', { lampiran: { dukunganSumberDaya: ['A'], skemaPertanggungjawaban: [], konsekuensi: [] } });
    const rows = [rhk(1, { urutan: 3 }), rhk(2, { jenis: 'tambahan', urutan: 5 }), rhk(3, { urutan: 7, returnNote: 'x' })];
    const { skp, rhk: copies } = draftFromPrevious(last, rows, fields, idMaker());
    expect(skp).toMatchObject({ id: u(700), status: 'draft', lampiran: last.lampiran });
    expect(copies.map((c) => [c.jenis, c.urutan, c.intervensiRhkId, c.jenisIntervensi, c.returnNote, c.asalRhkId, c.skpId])).toEqual([
      ['utama', 1, null, null, null, u(201), u(700)],
      ['tambahan', 1, null, null, null, u(202), u(700)],
      ['utama', 2, null, null, null, u(203), u(700)],
    ]);
  });

  it('template round trip: from an SKP, then a draft from the template', () => {
    const src = skpWith('disetujui', { pendekatan: 'kualitatif' });
    const t = templateFromSkp(src, [rhk(1), rhk(9, { skpId: u(999) })], u(800), '2025-01-01T00:00:00.000Z');
    expect(t).toMatchObject({ id: u(800), jabatanId: src.jabatanId, pendekatan: 'kualitatif' });
    expect(t.rhk).toHaveLength(1);
    const { skp, rhk: rows } = draftFromTemplate(t, { id: u(701), pegawaiId: u(2), jabatanId: src.jabatanId, unitId: u(21), periode: periodeTahunan(2026) }, idMaker());
    expect(skp.pendekatan).toBe('kualitatif');
    expect(rows[0]).toMatchObject({ skpId: u(701), urutan: 1, intervensiRhkId: null, teks: rhk(1).teks, asalRhkId: null });
    expect(rows[0]?.indikator[0]?.id).not.toBe(rhk(1).indikator[0]?.id);
  });

  it('applyRhkToMany appends one row at the end of its group in each SKP', () => {
    const t = { jenis: 'utama' as const, teks: 'Terlaksananya pembelajaran', perspektif: null, indikator: [iki(1)] };
    const out = applyRhkToMany(t, [{ skpId: u(1), existing: [{ jenis: 'utama', urutan: 2 }, { jenis: 'tambahan', urutan: 5 }] }, { skpId: u(2), existing: [] }], idMaker());
    expect(out.map((x) => [x.skpId, x.urutan])).toEqual([[u(1), 3], [u(2), 1]]);
    expect(new Set(out.map((x) => x.id)).size).toBe(2);
  });
});
