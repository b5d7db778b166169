/**
 * Who may lock and reopen an evaluation, table-driven on a real core: only the pejabat penilai —
 * not the owner, not a colleague, not the atasan's atasan, not an operator/admin, not a penilai of
 * another unit. Every refusal changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/result.js';
import { expectFail, unwrap } from '../helpers.js';
import { skpCounts, type Person } from '../skp/fixture.js';
import { items, makeEvalWorld, type EvalWorld } from './fixture.js';

let w: EvalWorld;
const rating = { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai', umpanBalikHasilKerja: null, umpanBalikPerilaku: null, catatan: null, alasanPredikat: null } as const;

beforeAll(async () => {
  w = await makeEvalWorld();
  unwrap(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items: items(w, 3, 1) }, w.token.staf));
  unwrap(await w.t.call('realisasi/report', { skpId: w.skpId, periode: 'TW1' }, w.token.staf));
  unwrap(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TW1', ...rating }, w.token.kabid));
});
afterAll(async () => {
  await w.t.close();
});

type Who = Person | 'admin';
const token = (who: Who) => (who === 'admin' ? w.admin : w.token[who]);

// staf's SKP: penilai kabid; kadis is the atasan pejabat penilai; staf2 a colleague; kabidB heads another bidang.
const LOCK: [Who, ErrorCode | 'ok'][] = [
  ['staf', 'FORBIDDEN'],
  ['staf2', 'NOT_FOUND'],
  ['kadis', 'FORBIDDEN'],
  ['kabidB', 'NOT_FOUND'],
  ['stafB', 'NOT_FOUND'],
  ['admin', 'FORBIDDEN'],
  ['kabid', 'ok'],
];
const REOPEN: [Who, ErrorCode | 'ok'][] = LOCK;

describe('evaluasi/lock', () => {
  it.each(LOCK)('%s → %s', async (who, expected) => {
    if (expected === 'ok') {
      expect(unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, token(who))).terkunci).toBe(true);
      return;
    }
    const before = await skpCounts(w);
    expectFail(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, token(who)), expected);
    expect(await skpCounts(w)).toEqual(before);
  });
});

describe('evaluasi/reopen (period locked above)', () => {
  it.each(REOPEN)('%s → %s', async (who, expected) => {
    const args = { skpId: w.skpId, periode: 'TW1', alasan: 'Ada bukti yang terlewat.' } as const;
    if (expected === 'ok') {
      expect(unwrap(await w.t.call('evaluasi/reopen', args, token(who))).terkunci).toBe(false);
      return;
    }
    const before = await skpCounts(w);
    expectFail(await w.t.call('evaluasi/reopen', args, token(who)), expected);
    expect(await skpCounts(w)).toEqual(before);
  });
});

describe('a locked period refuses edits from every role with LOCKED', () => {
  it.each<Who>(['staf', 'kabid', 'admin'])('%s', async (who) => {
    if (!unwrap(await w.t.call('evaluasi/session', { skpId: w.skpId, periode: 'TW1' }, w.token.kabid)).terkunci) {
      unwrap(await w.t.call('evaluasi/lock', { skpId: w.skpId, periode: 'TW1' }, w.token.kabid));
    }
    const before = await skpCounts(w);
    expectFail(await w.t.call('evaluasi/rate', { skpId: w.skpId, periode: 'TW1', ...rating }, token(who)), 'LOCKED');
    expectFail(await w.t.call('realisasi/save', { skpId: w.skpId, periode: 'TW1', items: items(w, 9, 9) }, token(who)), 'LOCKED');
    expectFail(await w.t.call('laporan/save', { skpId: w.skpId, tanggal: '2025-02-03', kegiatan: 'Rapat', rhkId: null, output: '', volume: 1, menit: 60 }, token(who)), 'LOCKED');
    expect(await skpCounts(w)).toEqual(before);
  });
});
