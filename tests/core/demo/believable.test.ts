/**
 * The demo reads like a real dinas (issue 9, item 10): penilai are structural heads, RHK are
 * written per jabatan, the year's steps are spread over time, and every pegawai can sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import { demoSkp } from '../../../electron/core/demo/skp.js';
import { DEMO_PASSWORD } from '../../../electron/core/services/setup-service.js';
import type { SkpStatusEvent } from '../../../shared/domain/skp/types.js';
import { makeCore, unwrap, type TestCore } from '../helpers.js';

const STRUCTURAL = ['jpt_pratama', 'administrator', 'pengawas'];
const NOW = '2025-11-20T03:00:00.000Z';

/** The generated unit and its SKP for `n` pegawai, with kode as ids (pure, no database). */
function generated(n: number, seed = 2022) {
  const d = generateDemoUnit({ pegawaiCount: n, seed });
  const units = new Map(d.units.map((u) => [u.kode, { nama: u.nama, parentId: u.parentKode }]));
  let next = 0;
  const out = demoSkp({
    tahun: 2025, now: NOW, units, operatorUserId: 'op', userOf: new Map(), newId: () => `id-${next++}`,
    jabatan: d.jabatan.map((j) => ({ id: j.kode, nama: j.nama, atasanJabatanId: j.atasanKode, unitId: j.unitKode })),
    pegawai: d.pegawai.map((p) => ({ id: p.nip, jabatanId: p.jabatanKode, unitId: p.unitKode })),
  });
  return { d, ...out };
}

const BIG = generated(10_000);

describe('the demo tree', () => {
  it.each([30, 300, 10_000])('gives every jabatan of %i pegawai a structural atasan one level up, the head of its own unit for staff', (n) => {
    const { d } = n === 10_000 ? BIG : generated(n);
    const byKode = new Map(d.jabatan.map((j) => [j.kode, j]));
    const level = (kode: string | null): number => {
      let l = 0;
      for (let k = kode; k; k = byKode.get(k)?.atasanKode ?? null) l += 1;
      return l;
    };
    for (const j of d.jabatan) {
      if (j.atasanKode === null) continue;
      const atasan = byKode.get(j.atasanKode);
      expect(atasan, j.nama).toBeDefined();
      expect(STRUCTURAL, `${j.nama} → ${atasan?.nama}`).toContain(atasan?.jenis);
      expect(level(j.atasanKode)).toBe(level(j.kode) - 1);
      // Staff (fungsional, pelaksana) report to the head of their own sub-unit, never to a colleague.
      if (!STRUCTURAL.includes(j.jenis)) expect(atasan?.unitKode, j.nama).toBe(j.unitKode);
    }
    expect(d.jabatan.some((j) => j.jenis === 'fungsional' && /Ahli Muda/.test(j.nama))).toBe(true);
  });

  it('has no analyst as anyone\'s atasan in the 10,000-pegawai unit', () => {
    const atasanKode = new Set(BIG.d.jabatan.map((j) => j.atasanKode));
    const heads = BIG.d.jabatan.filter((j) => atasanKode.has(j.kode));
    expect(heads.every((j) => STRUCTURAL.includes(j.jenis))).toBe(true);
    expect(heads.map((j) => j.nama).filter((x) => /^Kepala (Seksi|Sub Bagian) /.test(x)).length).toBeGreaterThanOrEqual(30);
  });
});

describe('the demo RHK', () => {
  it('are written for each jabatan, without a jabatan name pasted on every text', () => {
    const jabatanOf = new Map(BIG.skp.map((s) => [s.id, s.jabatanId]));
    const namaOf = new Map(BIG.d.jabatan.map((j) => [j.kode, j.nama]));
    const utama = BIG.rhk.filter((r) => r.jenis === 'utama');
    for (const r of utama) {
      expect(r.teks).not.toMatch(/\(.*\)\s*$/);
      expect(r.teks).not.toContain(namaOf.get(jabatanOf.get(r.skpId) ?? '') ?? '§');
    }
    // Texts by jabatan (one profession's jenjang, e.g. Ahli Pertama and Ahli Muda, count as one):
    // two different jabatan share none of their texts.
    const byNama = new Map<string, Set<string>>();
    for (const r of utama) {
      const nama = (namaOf.get(jabatanOf.get(r.skpId) ?? '') ?? '').replace(/ (Ahli (Pertama|Muda|Madya)|Terampil)$/, '');
      const set = byNama.get(nama) ?? new Set<string>();
      set.add(r.teks);
      byNama.set(nama, set);
    }
    const names = [...byNama.keys()];
    expect(names.length).toBeGreaterThan(20);
    for (const a of names) {
      for (const b of names) {
        if (a >= b) continue;
        const sa = byNama.get(a) ?? new Set();
        const shared = [...(byNama.get(b) ?? [])].filter((x) => sa.has(x)).length;
        expect(shared, `${a} / ${b}`).toBe(0);
      }
    }
    expect(new Set(utama.map((r) => r.teks)).size).toBeGreaterThan(300);
    // Within one SKP the six UTAMA texts differ.
    const perSkp = new Map<string, string[]>();
    for (const r of utama) perSkp.set(r.skpId, [...(perSkp.get(r.skpId) ?? []), r.teks]);
    for (const texts of perSkp.values()) expect(new Set(texts).size).toBe(texts.length);
  });

  it('cascade from the atasan RHK that shares their words when one does', () => {
    const teksOf = new Map(BIG.rhk.map((r) => [r.id, r.teks]));
    const linked = BIG.rhk.filter((r) => r.intervensiRhkId !== null);
    expect(linked.length).toBeGreaterThan(BIG.rhk.length / 2);
    const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));
    const sharing = linked.filter((r) => {
      const w = words(teksOf.get(r.intervensiRhkId ?? '') ?? '');
      return [...words(r.teks)].some((x) => w.has(x));
    });
    expect(sharing.length / linked.length).toBeGreaterThan(0.3);
  });
});

describe('the demo timestamps', () => {
  it('spread over the year up to now, in working order, and repeat for a seed', () => {
    const created = BIG.skp.map((s) => BIG.stamps.get(s.id)?.createdAt ?? '');
    expect(created.every((c) => c >= '2025-01-01' && c <= NOW)).toBe(true);
    expect(new Set(created.map((c) => c.slice(0, 7))).size).toBeGreaterThanOrEqual(6);
    expect(new Set(created).size).toBeGreaterThan(created.length * 0.8);
    const steps: SkpStatusEvent[] = BIG.skp.flatMap((s) => s.riwayat);
    expect(new Set(steps.map((e) => e.at)).size).toBeGreaterThan(steps.length * 0.8);
    for (const s of BIG.skp) {
      const stamp = BIG.stamps.get(s.id);
      const ats = s.riwayat.map((e) => e.at);
      expect([...ats].sort()).toEqual(ats);
      if (ats.length > 0) {
        expect((ats[0] ?? '') >= (stamp?.createdAt ?? '~')).toBe(true);
        expect(stamp?.updatedAt).toBe(ats.at(-1));
      }
      for (const at of ats) expect(at <= NOW).toBe(true);
      if (s.status === 'disetujui' && ats.length > 0) expect(s.approvedAt).toBe(ats.at(-1));
      // Working days only (Jakarta time is UTC+7: 07:30–16:00 stays on the same UTC date).
      for (const at of [stamp?.createdAt ?? '', ...ats]) expect([0, 6]).not.toContain(new Date(at).getUTCDay());
    }
    const again = generated(10_000);
    expect(again.stamps).toEqual(BIG.stamps);
    expect(again.skp.map((s) => s.riwayat)).toEqual(BIG.skp.map((s) => s.riwayat));
  });
});

describe('the loaded demo', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await makeCore();
    unwrap(await t.call('setup/loadDemo', { pegawaiCount: 300 }, null));
  });
  afterAll(async () => {
    await t.close();
  });

  it('has one account per pegawai, signs in any of them with the demo password, and stores the spread times', async () => {
    const db = t.core.context.db;
    const pegawai = await db.selectFrom('pegawai').select(['id', 'nip']).execute();
    const users = await db.selectFrom('user').select(['pegawaiId', 'nip', 'roles']).execute();
    expect(users).toHaveLength(pegawai.length);
    expect(new Set(users.map((u) => u.pegawaiId)).size).toBe(pegawai.length);
    expect(users.filter((u) => u.roles !== '["pegawai"]').map((u) => JSON.parse(u.roles))).toEqual([['admin', 'operator']]);
    // A staff member (not an atasan) signs in and sees their own SKP.
    const staff = await db
      .selectFrom('pegawai as p')
      .innerJoin('skp as s', 's.pegawaiId', 'p.id')
      .select(['p.nip', 'p.id'])
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('jabatan as j').select('j.id').whereRef('j.atasanJabatanId', '=', 'p.jabatanId'))))
      .orderBy('p.nip', 'desc')
      .executeTakeFirstOrThrow();
    const s = unwrap(await t.call('auth/signIn', { nip: staff.nip, password: DEMO_PASSWORD }, null));
    expect(s.isAtasan).toBe(false);
    expect(s.user.roles).toEqual(['pegawai']);
    const mine = unwrap(await t.call('skp/list', { tahun: 2025, pegawaiId: staff.id, offset: 0, limit: 5 }, s.token));
    expect(mine.total).toBe(1);
    const stamps = await db.selectFrom('skp').select(['createdAt', 'updatedAt']).execute();
    expect(new Set(stamps.map((r) => r.createdAt)).size).toBeGreaterThan(stamps.length * 0.8);
    expect(stamps.every((r) => r.createdAt <= r.updatedAt && r.updatedAt <= t.clock.now().toISOString())).toBe(true);
  });

  it('records the penilai of approved SKP as the structural head above the pegawai', async () => {
    const rows = await t.core.context.db
      .selectFrom('skp as s')
      .innerJoin('jabatan as j', 'j.id', 's.jabatanId')
      .select(['s.penilai', 'j.atasanJabatanId'])
      .where('s.status', '=', 'disetujui')
      .where('j.atasanJabatanId', 'is not', null)
      .execute();
    expect(rows.length).toBeGreaterThan(20);
    const jabatan = new Map((await t.core.context.db.selectFrom('jabatan').select(['id', 'jenis']).execute()).map((j) => [j.id, j.jenis]));
    const holder = new Map((await t.core.context.db.selectFrom('pegawai').select(['id', 'jabatanId']).execute()).map((p) => [p.id, p.jabatanId]));
    for (const r of rows) {
      const penilai = JSON.parse(r.penilai ?? 'null') as { penilaiPegawaiId: string; penilaiJabatanId: string };
      expect(penilai.penilaiJabatanId).toBe(r.atasanJabatanId);
      expect(holder.get(penilai.penilaiPegawaiId)).toBe(r.atasanJabatanId);
      expect(STRUCTURAL).toContain(jabatan.get(penilai.penilaiJabatanId));
    }
  });
});
