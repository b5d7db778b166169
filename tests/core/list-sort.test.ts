/** pegawai/search and skp/list order the whole list by the chosen column (the screens page through it). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PegawaiRow, SkpSort, SkpSummary } from '../../shared/entities.js';
import { expectFail, makeCore, unwrap, type TestCore } from './helpers.js';

let t: TestCore;
let token: string;

beforeAll(async () => {
  t = await makeCore();
  token = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 60 }, null)).token;
});
afterAll(async () => {
  await t.close();
});

/** Every row, page by page, the way the virtual list asks for them. */
async function all(sort?: 'nama' | 'nip' | 'jabatan' | 'unit', desc?: boolean): Promise<PegawaiRow[]> {
  const out: PegawaiRow[] = [];
  for (let offset = 0; ; offset += 25) {
    const page = unwrap(await t.call('pegawai/search', { query: '', offset, limit: 25, ...(sort ? { sort } : {}), ...(desc ? { desc } : {}) }, token));
    out.push(...page.rows);
    if (out.length >= page.total) return out;
  }
}

const collate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('pegawai/search sort', () => {
  it('orders by NIP both ways, over page boundaries, without losing or repeating anyone', async () => {
    const up = await all('nip');
    expect(up).toHaveLength(60);
    expect(new Set(up.map((r) => r.id)).size).toBe(60);
    expect(up.map((r) => r.nip)).toEqual([...up.map((r) => r.nip)].sort(collate));
    const down = await all('nip', true);
    expect(down.map((r) => r.nip)).toEqual([...up.map((r) => r.nip)].reverse());
  });

  it('orders by unit and by jabatan name, names breaking ties', async () => {
    const byUnit = await all('unit');
    expect(byUnit.map((r) => r.unitNama)).toEqual([...byUnit.map((r) => r.unitNama)].sort(collate));
    expect(new Set(byUnit.map((r) => r.unitNama)).size).toBeGreaterThan(1);
    const byJabatan = await all('jabatan', true);
    const names = byJabatan.map((r) => r.jabatanNama ?? '');
    expect(names).toEqual([...names].sort(collate).reverse());
  });

  it('keeps the name order by default', async () => {
    const byDefault = await all();
    const byName = await all('nama');
    expect(byDefault.map((r) => r.id)).toEqual(byName.map((r) => r.id));
    expect(byDefault[0]?.id).not.toBe(byDefault[59]?.id);
  });

  it('refuses an unknown column', async () => {
    const bad: unknown = { query: '', offset: 0, limit: 10, sort: 'gaji' };
    expectFail(await t.core.invoke('pegawai/search', bad, token), 'VALIDATION');
  });
});

const TAHUN = 2025;
const RANK = { draft: 0, dikembalikan: 1, diajukan: 2, disetujui: 3 } as const;

async function allSkp(sort?: SkpSort, desc?: boolean): Promise<SkpSummary[]> {
  const out: SkpSummary[] = [];
  for (let offset = 0; ; offset += 20) {
    const page = unwrap(await t.call('skp/list', { tahun: TAHUN, offset, limit: 20, ...(sort ? { sort } : {}), ...(desc ? { desc } : {}) }, token));
    out.push(...page.rows);
    if (out.length >= page.total) return out;
  }
}

describe('skp/list sort', () => {
  it('orders by status in workflow order, both ways, names breaking ties', async () => {
    const rows = await allSkp('status');
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const ranks = rows.map((r) => RANK[r.status]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBeGreaterThan(1);
    const down = (await allSkp('status', true)).map((r) => RANK[r.status]);
    expect(down).toEqual([...ranks].reverse());
  });

  it('orders by unit and jabatan; by pegawai name by default', async () => {
    const byUnit = (await allSkp('unit')).map((r) => r.unitNama);
    expect(byUnit).toEqual([...byUnit].sort(collate));
    const byJabatan = (await allSkp('jabatan', true)).map((r) => r.jabatanNama);
    expect(byJabatan).toEqual([...byJabatan].sort(collate).reverse());
    expect((await allSkp()).map((r) => r.id)).toEqual((await allSkp('nama')).map((r) => r.id));
  });
});
