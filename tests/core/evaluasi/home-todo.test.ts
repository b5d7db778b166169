/**
 * Beranda's evaluation counts are the totals of the lists they open (evaluasi/todo), for the
 * pegawai and for their penilai, as the evaluation moves: realisasi to fill, ratings to give,
 * periods closing, ratings to acknowledge; and the annual deadline reminder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUASI_TODO_KINDS } from '../../../shared/entities-evaluasi.js';
import { unwrap } from '../helpers.js';
import type { Person } from '../skp/fixture.js';
import { items, makeEvalWorld, type EvalWorld } from './fixture.js';

let w: EvalWorld;
beforeAll(async () => {
  w = await makeEvalWorld({ longSessions: true });
});
afterAll(async () => {
  await w.t.close();
});

/** Each Beranda count next to the total (and row count) of the list it opens. */
async function countsAndLists(who: Person): Promise<Record<string, [number | null, number, number]>> {
  const home = unwrap(await w.t.call('home/summary', { tahun: 2025 }, w.token[who]));
  const out: Record<string, [number | null, number, number]> = {};
  for (const jenis of EVALUASI_TODO_KINDS) {
    const list = unwrap(await w.t.call('evaluasi/todo', { tahun: 2025, jenis }, w.token[who]));
    out[jenis] = [home.evaluasi[jenis], list.total, list.rows.length];
  }
  return out;
}

function expectEqual(c: Record<string, [number | null, number, number]>): void {
  for (const [k, [count, total, rows]] of Object.entries(c)) {
    expect([k, count]).toEqual([k, total]);
    expect([k, rows]).toEqual([k, total]);
  }
}

describe('Beranda evaluation to-dos', () => {
  it('the pegawai has the current period to fill; the penilai has nothing to rate yet', async () => {
    const staf = await countsAndLists('staf');
    expectEqual(staf);
    expect(staf.isiRealisasi?.[0]).toBe(1);
    const row = unwrap(await w.t.call('evaluasi/todo', { tahun: 2025, jenis: 'isiRealisasi' }, w.token.staf)).rows[0];
    expect(row).toMatchObject({ skpId: w.skpId, periode: { key: 'TW1' }, sisaHari: 28 });
    const kabid = await countsAndLists('kabid');
    expectEqual(kabid);
    expect(kabid.beriNilai?.[0]).toBe(0);
  });

  it('reported: off the pegawai list, onto the penilai list; closing periods show within 14 days', async () => {
    unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items: items(w, 3, 1) }, w.token.staf));
    unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: 'TW1' }, w.token.staf));
    w.t.clock.advanceMinutes(17 * 24 * 60); // 2025-03-20: TW1 ends in 11 days
    const staf = await countsAndLists('staf');
    expectEqual(staf);
    expect([staf.isiRealisasi?.[0], staf.segeraDitutup?.[0]]).toEqual([0, 1]);
    const kabid = await countsAndLists('kabid');
    expectEqual(kabid);
    expect([kabid.beriNilai?.[0], kabid.segeraDitutup?.[0]]).toEqual([1, 1]);
    expectEqual(await countsAndLists('staf2'));
  });

  it('locked: the rating waits for acknowledgement, then nothing is left', async () => {
    unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TW1', ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null }, w.token.kabid));
    unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, w.token.kabid));
    const staf = await countsAndLists('staf');
    expectEqual(staf);
    expect([staf.terimaNilai?.[0], staf.segeraDitutup?.[0]]).toEqual([1, 0]);
    expect((await countsAndLists('kabid')).beriNilai?.[0]).toBe(0);
    unwrap(await w.t.call('evaluasi/acknowledge', { skpId: w.skpId, periode: 'TW1' }, w.token.staf));
    expect((await countsAndLists('staf')).terimaNilai?.[0]).toBe(0);
  });

  it('the annual deadline (instansi setting) is reminded only in its last 30 days', async () => {
    const admin = unwrap(await w.t.call('home/summary', { tahun: 2025 }, w.admin)).evaluasi;
    expect(admin.batasTahunan).toBeNull();
    w.t.clock.advanceMinutes((11 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 + 5) * 24 * 60); // 2026-01-05
    const s = unwrap(await w.t.call('home/summary', { tahun: 2025 }, w.token.staf)).evaluasi;
    expect(s.batasTahunan?.tanggal).toBe('2026-01-15');
    expect(s.batasTahunan?.sisaHari).toBe(10);
  });
});
