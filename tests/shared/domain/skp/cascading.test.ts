import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIntervensiLink, dependantsOf, filterAtasanRhk, foldText, pickAtasanSkp, planRhkDelete } from '../../../../shared/domain/skp/cascading.js';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { relinkAfterPerubahan } from '../../../../shared/domain/skp/versions.js';
import type { Skp } from '../../../../shared/domain/skp/types.js';
import { rhk, skpWith, u } from './fixtures.js';

const Y = { mulai: '2025-01-01', selesai: '2025-12-31' };
const atasan = (id: number, over: Partial<Skp>): Skp => skpWith('draft', { id: u(id), pegawaiId: u(2), jabatanId: u(12), ...over });

describe('pickAtasanSkp', () => {
  const penilai = { jabatanId: u(12), pegawaiIds: [u(2)] };

  it('is null when the penilai has no SKP overlapping the period', () => {
    expect(pickAtasanSkp(Y, penilai, [atasan(1, { periode: { tahun: 2024, mulai: '2024-01-01', selesai: '2024-12-31' } })])).toBeNull();
    expect(pickAtasanSkp(Y, penilai, [atasan(1, { jabatanId: u(77), pegawaiId: u(78) })])).toBeNull();
  });

  it('takes the newest version of the chain', () => {
    const v1 = atasan(1, { status: 'disetujui' });
    const v2 = atasan(2, { versi: 2, previousVersionId: u(1) });
    expect(pickAtasanSkp(Y, penilai, [v2, v1])?.id).toBe(u(2));
  });

  it('prefers the SKP covering most of the period, then the later one', () => {
    const first = atasan(1, { periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-03-31' } });
    const second = atasan(2, { periode: { tahun: 2025, mulai: '2025-04-01', selesai: '2025-12-31' } });
    expect(pickAtasanSkp(Y, penilai, [first, second])?.id).toBe(u(2));
    const half1 = atasan(3, { periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-07-01' } });
    const half2 = atasan(4, { periode: { tahun: 2025, mulai: '2025-07-02', selesai: '2025-12-31' } });
    expect(pickAtasanSkp(Y, penilai, [half1, half2])?.id).toBe(u(4)); // 182 vs 183 days
    const owner = { mulai: '2025-03-01', selesai: '2025-03-20' };
    const a = atasan(5, { periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-06-30' } });
    const b = atasan(6, { periode: { tahun: 2025, mulai: '2025-02-01', selesai: '2025-12-31' } });
    expect(pickAtasanSkp(owner, penilai, [a, b])?.id).toBe(u(6)); // same overlap: the later one
  });

  it('matches the penilai jabatan first, the acting pegawai (Plt.) only as a fallback', () => {
    const onJabatan = atasan(1, { pegawaiId: u(90) });
    const plt = atasan(2, { jabatanId: u(91) });
    expect(pickAtasanSkp(Y, penilai, [plt, onJabatan])?.id).toBe(u(1));
    expect(pickAtasanSkp(Y, penilai, [plt])?.id).toBe(u(2));
  });
});

describe('filterAtasanRhk', () => {
  const list = [
    rhk(1, { jenis: 'tambahan', urutan: 1, teks: 'Laporan kegiatan tambahan' }),
    rhk(2, { urutan: 2, teks: 'Tersusunnya Laporan Keuangan' }),
    rhk(3, { urutan: 1, teks: 'Meningkatnya kualitas pelayanan perizinan' }),
  ];

  it('lists utama first in form order for an empty query', () => {
    expect(filterAtasanRhk(list, '  ').map((r) => r.id)).toEqual([u(203), u(202), u(201)]);
  });

  it.each([
    ['laporan', [u(202), u(201)]],
    ['keu LAPORAN', [u(202)]],
    ['pelayanan   izin', [u(203)]],
    ['anggaran', []],
  ])('%j', (q, ids) => expect(filterAtasanRhk(list, q).map((r) => r.id)).toEqual(ids));

  it('folds case and diacritics', () => {
    expect(foldText('  Évaluasi  KINERJA ')).toBe('evaluasi kinerja');
    expect(filterAtasanRhk([rhk(1, { teks: 'Évaluasi kinerja' })], 'evaluasi').length).toBe(1);
  });
});

describe('checkIntervensiLink', () => {
  const mine = { skpId: u(100) };
  const target = { id: u(301), skpId: u(150) };
  it.each([
    ['valid link', target, { isPuncak: false, atasanSkpId: u(150) }, null],
    ['head of unit', target, { isPuncak: true, atasanSkpId: u(150) }, SKP_MSG.puncakTanpaAtasan],
    ['unknown target', null, { isPuncak: false, atasanSkpId: u(150) }, SKP_MSG.rhkAtasanTidakDitemukan],
    ['target in the same SKP', { id: u(205), skpId: u(100) }, { isPuncak: false, atasanSkpId: u(150) }, SKP_MSG.rhkSendiri],
    ['atasan has no SKP', target, { isPuncak: false, atasanSkpId: null }, SKP_MSG.atasanBelumAdaSkp],
    ['someone else’s SKP', { id: u(301), skpId: u(160) }, { isPuncak: false, atasanSkpId: u(150) }, SKP_MSG.rhkAtasanBukanMilikPenilai],
  ] as const)('%s', (_n, t, ctx, message) => {
    const r = checkIntervensiLink(mine, t, ctx);
    if (message === null) expect(r).toBeNull();
    else expect(r).toEqual({ ok: false, code: 'VALIDATION', message });
  });
});

describe('deleting an RHK that others intervene', () => {
  const target = { id: u(301), skpId: u(150) };
  const deps = [rhk(1, { intervensiRhkId: u(301) }), rhk(2, { intervensiRhkId: u(301) }), rhk(3, { intervensiRhkId: u(302) })];

  it('is free when nobody intervenes it', () => {
    expect(planRhkDelete(target, [rhk(3, { intervensiRhkId: u(302) })], null)).toEqual({ ok: true, relinks: [] });
  });

  it('is refused, naming how many, without re-linking', () => {
    expect(planRhkDelete(target, deps, null)).toEqual({ ok: false, code: 'CONFLICT', message: SKP_MSG.diintervensi(2) });
    expect(SKP_MSG.diintervensi(2)).toContain('2 RHK bawahan');
  });

  it('moves the links to another RHK of the same SKP', () => {
    expect(planRhkDelete(target, deps, { id: u(302), skpId: u(150) })).toEqual({
      ok: true,
      relinks: [{ rhkId: u(201), intervensiRhkId: u(302) }, { rhkId: u(202), intervensiRhkId: u(302) }],
    });
  });

  it.each([
    ['itself', { id: u(301), skpId: u(150) }, SKP_MSG.pindahKeDiriSendiri],
    ['an RHK of another SKP', { id: u(401), skpId: u(151) }, SKP_MSG.pindahKeSkpLain],
  ])('refuses moving the links to %s', (_n, to, message) => {
    expect(planRhkDelete(target, deps, to)).toMatchObject({ ok: false, code: 'VALIDATION', message });
  });

  it('never leaves a dangling link (property)', () => {
    const ids = [u(301), u(302), u(303)];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ids, null), { maxLength: 20 }), fc.option(fc.constantFrom(...ids), { nil: null }), (links, to) => {
        const subs = links.map((l, i) => rhk(i, { id: u(600 + i), intervensiRhkId: l }));
        const r = planRhkDelete(target, subs, to === null ? null : { id: to, skpId: u(150) });
        if (!r.ok) return;
        const moved = new Map(r.relinks.map((x) => [x.rhkId, x.intervensiRhkId]));
        const after = subs.map((s) => moved.get(s.id) ?? s.intervensiRhkId);
        expect(after).not.toContain(u(301));
      }),
    );
  });

  it('dependantsOf finds exactly the intervening RHK', () => {
    expect(dependantsOf(u(301), deps).map((r) => r.id)).toEqual([u(201), u(202)]);
  });
});

describe('relinkAfterPerubahan', () => {
  it('moves links to the copies and reports those whose target was dropped', () => {
    const subs = [rhk(1, { intervensiRhkId: u(301) }), rhk(2, { intervensiRhkId: u(302) }), rhk(3, { intervensiRhkId: u(999) }), rhk(4, { intervensiRhkId: null })];
    const newRhk = [{ id: u(401), asalRhkId: u(301) }, { id: u(403), asalRhkId: null }];
    expect(relinkAfterPerubahan(subs, newRhk, new Set([u(301), u(302)]))).toEqual({
      updates: [{ rhkId: u(201), intervensiRhkId: u(401) }],
      stale: [u(202)],
    });
  });
});
