/** Pegawai search on real SQLite: every word in any order, NIP typed with spaces, gelar and punctuation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, demoEnv, type Env } from '../sheets/helpers.js';

let env: Env;
let people: { id: string; nip: string; nama: string; gelarDepan: string; gelarBelakang: string }[];
beforeAll(async () => {
  env = await demoEnv(60);
  people = await env.core.context.db.selectFrom('pegawai').select(['id', 'nip', 'nama', 'gelarDepan', 'gelarBelakang']).execute();
}, 30_000);
afterAll(async () => {
  await env.core.close();
});

const search = (query: string) => call(env, 'pegawai/search', { query, offset: 0, limit: 100 });

function twoWordPerson() {
  const p = people.find((x) => x.nama.trim().split(/\s+/).length >= 2);
  if (!p) throw new Error('no two-word name in the demo');
  return p;
}

describe('pegawai/search', () => {
  it('finds a name by its words in reverse order, in any case', async () => {
    const p = twoWordPerson();
    const reversed = p.nama.split(/\s+/).reverse().join(' ').toUpperCase();
    const r = await search(reversed);
    expect(r.rows.map((x) => x.id)).toContain(p.id);
    // Every hit holds every word.
    for (const row of r.rows) for (const w of reversed.toLowerCase().split(' ')) expect(row.namaLengkap.toLowerCase()).toContain(w);
    expect(r.total).toBe(r.rows.length);
  });

  it('finds a name from fragments of its words and ignores punctuation between them', async () => {
    const p = twoWordPerson();
    const [first = '', second = ''] = p.nama.split(/\s+/);
    const r = await search(`${second.slice(0, 3)}, ${first.slice(0, 3)}.`);
    expect(r.rows.map((x) => x.id)).toContain(p.id);
  });

  it('matches gelar as words too, and a word nobody has finds nobody', async () => {
    const withGelar = people.find((x) => x.gelarBelakang.length > 0);
    if (withGelar) {
      const gelar = withGelar.gelarBelakang.split(/[,\s]+/)[0] ?? '';
      const r = await search(`${gelar} ${withGelar.nama.split(/\s+/)[0] ?? ''}`);
      expect(r.rows.map((x) => x.id)).toContain(withGelar.id);
    }
    const none = await search(`${twoWordPerson().nama} qqqzzz`);
    expect(none).toEqual({ total: 0, rows: [] });
  });

  it('finds a NIP typed with spaces as a prefix, and not from its middle', async () => {
    const p = people[0];
    if (!p) throw new Error('no demo pegawai');
    const spaced = `${p.nip.slice(0, 8)} ${p.nip.slice(8, 14)}`;
    const r = await search(spaced);
    expect(r.rows.map((x) => x.id)).toContain(p.id);
    for (const row of r.rows) expect(row.nip.startsWith(p.nip.slice(0, 14))).toBe(true);
    const full = await search(`${p.nip.slice(0, 8)} ${p.nip.slice(8, 14)} ${p.nip.slice(14, 15)} ${p.nip.slice(15)}`);
    expect(full.rows.map((x) => x.id)).toEqual([p.id]);
    const middle = await search(p.nip.slice(4, 16));
    expect(middle.rows.map((x) => x.id)).not.toContain(p.id);
  });

  it('pages with the total of all hits', async () => {
    const all = await call(env, 'pegawai/search', { query: '', offset: 0, limit: 10 });
    expect(all.total).toBe(people.length);
    expect(all.rows).toHaveLength(10);
    const next = await call(env, 'pegawai/search', { query: '', offset: 10, limit: 10 });
    expect(next.rows.map((r) => r.id)).not.toContain(all.rows[0]?.id);
  });
});
