/** skp/list and skp/inbox search read every word in any order, name and NIP alike, as the pegawai search. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCore, unwrap, type TestCore } from '../helpers.js';

let t: TestCore;
let token: string;
// The test core's clock stands in March 2025 (helpers.ts fakeClock): the demo's SKP are of that year.
const tahun = 2025;

beforeAll(async () => {
  t = await makeCore();
  token = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 60 }, null)).token;
});
afterAll(async () => {
  await t.close();
});

describe('SKP list search by words', () => {
  it('finds an SKP by its owner name words reversed, by a NIP typed with spaces, and not by a word nobody has', async () => {
    const all = unwrap(await t.call('skp/list', { tahun, offset: 0, limit: 200 }, token));
    // Someone whose name (without gelar) has two words, so that reversing them means something.
    const row = all.rows.find((r) => r.namaLengkap.split(',')[0]?.replace(/^(Dr|Hj|H|Ir|Drs|Dra)\.\s*/g, '').trim().split(/\s+/).length === 2);
    if (!row) throw new Error('the demo has no two-word name');
    const [first, last] = (row.namaLengkap.split(',')[0] ?? '').replace(/^(Dr|Hj|H|Ir|Drs|Dra)\.\s*/g, '').trim().split(/\s+/);
    const reversed = unwrap(await t.call('skp/list', { tahun, query: `${last} ${first}`, offset: 0, limit: 200 }, token));
    expect(reversed.rows.map((r) => r.id)).toContain(row.id);
    for (const r of reversed.rows) {
      const name = r.namaLengkap.toLowerCase();
      expect(name.includes((first ?? '').toLowerCase()) && name.includes((last ?? '').toLowerCase())).toBe(true);
    }
    const spaced = `${row.nip.slice(0, 8)} ${row.nip.slice(8, 14)}`;
    const byNip = unwrap(await t.call('skp/list', { tahun, query: spaced, offset: 0, limit: 200 }, token));
    expect(byNip.rows.map((r) => r.id)).toContain(row.id);
    for (const r of byNip.rows) expect(r.nip.startsWith(row.nip.slice(0, 14))).toBe(true);
    const none = unwrap(await t.call('skp/list', { tahun, query: `${first} zzzqx`, offset: 0, limit: 200 }, token));
    expect(none.total).toBe(0);
  });

  it('applies the same reading to the Persetujuan search', async () => {
    const waiting = unwrap(await t.call('skp/inbox', { tahun, tab: 'diUnitSaya', offset: 0, limit: 200 }, token));
    const row = waiting.rows[0];
    if (!row) throw new Error('the demo has no submitted SKP');
    const words = (row.namaLengkap.split(',')[0] ?? '').split(/\s+/).filter((w) => w.length > 2 && !w.endsWith('.'));
    const found = unwrap(await t.call('skp/inbox', { tahun, tab: 'diUnitSaya', query: [...words].reverse().join(' '), offset: 0, limit: 200 }, token));
    expect(found.rows.map((r) => r.id)).toContain(row.id);
  });
});
