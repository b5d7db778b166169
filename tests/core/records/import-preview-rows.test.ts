/** The import preview row by row: who changes and how, names in error lists, "Maksud Anda …?". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgData } from '../../../electron/core/services/org-apply.js';
import { demoEnv, preview, workbookOf, type Env } from '../sheets/helpers.js';

let env: Env;
let base: { units: OrgData['units']; jabatan: OrgData['jabatan']; pegawai: OrgData['pegawai'] };
let jabatanNama: Map<string, string>;

beforeAll(async () => {
  env = await demoEnv(30);
  const db = env.core.context.db;
  const units = await db.selectFrom('unitKerja').selectAll().execute();
  const jabatan = await db.selectFrom('jabatan').selectAll().execute();
  const pegawai = await db.selectFrom('pegawai').selectAll().orderBy('nama').execute();
  const unitKode = new Map(units.map((u) => [u.id, u.kode]));
  const jabKode = new Map(jabatan.map((j) => [j.id, j.kode]));
  jabatanNama = new Map(jabatan.map((j) => [j.kode, j.nama]));
  base = {
    units: [],
    jabatan: [],
    pegawai: pegawai.map((p) => ({
      nip: p.nip,
      gelarDepan: p.gelarDepan,
      nama: p.nama,
      gelarBelakang: p.gelarBelakang,
      jenisAsn: p.jenisAsn,
      golongan: p.golongan,
      jabatanKode: p.jabatanId ? (jabKode.get(p.jabatanId) ?? null) : null,
      unitKode: unitKode.get(p.unitId) ?? '',
      tmtMulai: p.tmtMulai,
      tmtSelesai: p.tmtSelesai,
    })),
  };
}, 30_000);
afterAll(async () => {
  await env.core.close();
});

function pns(i: number): OrgData['pegawai'][number] {
  const p = base.pegawai.filter((x) => x.jenisAsn === 'PNS')[i];
  if (!p) throw new Error('no such PNS');
  return p;
}

describe('changed rows', () => {
  it('lists each changed pegawai with field: old → new in display values, and new rows by name and NIP', async () => {
    const a = pns(0);
    const b = pns(1);
    const otherJabatan = base.pegawai.find((p) => p.jabatanKode && p.jabatanKode !== b.jabatanKode)?.jabatanKode ?? null;
    const newGol = a.golongan === 'III/b' ? 'III/c' : 'III/b';
    const fresh = { ...a, nip: '199001012015031001', nama: 'Rahmat Hidayat', gelarDepan: '', gelarBelakang: '' };
    const file = await workbookOf({
      pegawai: [{ ...a, golongan: newGol }, { ...b, jabatanKode: otherJabatan, tmtMulai: '2024-02-01' }, fresh],
    });
    const p = await preview(env, file);
    expect(p.errors).toEqual([]);
    expect(p.counts.pegawai).toEqual({ insert: 1, update: 2, unchanged: 0 });
    expect(p.changes).toHaveLength(3);
    const [ca, cb, cf] = p.changes;
    expect(ca).toMatchObject({ sheet: 'pegawai', row: 2, kind: 'update', key: a.nip, fields: [{ field: 'golongan', old: a.golongan, new: newGol, kind: 'text' }] });
    expect(ca?.nama).toContain(a.nama);
    expect(cb?.row).toBe(3);
    expect(cb?.fields).toContainEqual({ field: 'jabatanId', old: jabatanNama.get(b.jabatanKode ?? ''), new: jabatanNama.get(otherJabatan ?? ''), kind: 'text' });
    if (b.tmtMulai !== '2024-02-01') expect(cb?.fields).toContainEqual({ field: 'tmtMulai', old: b.tmtMulai, new: '2024-02-01', kind: 'date' });
    // No id anywhere in what the screen gets.
    expect(JSON.stringify(p.changes)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(cf).toEqual({ sheet: 'pegawai', row: 4, kind: 'insert', key: fresh.nip, nama: 'Rahmat Hidayat', fields: [] });
  });

  it('keeps every change of a large sheet (the screen pages), not a cut list', async () => {
    const file = await workbookOf({ pegawai: base.pegawai.map((p) => ({ ...p, gelarBelakang: `${p.gelarBelakang} X` })) });
    const p = await preview(env, file);
    expect(p.counts.pegawai.update).toBe(base.pegawai.length);
    expect(p.changes.filter((c) => c.kind === 'update')).toHaveLength(base.pegawai.length);
  });
});

describe('errors with names and suggestions', () => {
  it('names row, NIP and name of a row with an error and suggests III/b for "3/b"', async () => {
    const a = pns(2);
    const file = await workbookOf({ pegawai: [pns(3), { ...a, golongan: '3/b' }] });
    const p = await preview(env, file);
    expect(p.canCommit).toBe(false);
    const err = p.errors.find((e) => e.row === 3 && e.column === 'Golongan');
    expect(err?.message).toBe('Golongan "3/b" tidak dikenal untuk PNS (contoh: III/a). Maksud Anda III/b?');
    expect(p.errorRows).toEqual([{ sheet: 'pegawai', row: 3, key: a.nip, nama: expect.stringContaining(a.nama) }]);
  });

  it('suggests the existing jabatan kode for one typed in lower case or one character off', async () => {
    const a = pns(4);
    const kode = a.jabatanKode ?? '';
    // One extra character: every demo kode has the same length, so only `kode` is one edit away.
    const typo = `${kode}X`;
    const file = await workbookOf({ pegawai: [{ ...a, jabatanKode: kode.toLowerCase() }, { ...pns(5), jabatanKode: typo }] });
    const p = await preview(env, file);
    const messages = p.errors.filter((e) => e.column === 'Kode Jabatan').map((e) => `${e.row}:${e.message}`);
    expect(messages[0]).toBe(`2:Jabatan "${kode.toLowerCase()}" tidak ditemukan di lembar Jabatan maupun di data yang sudah ada. Maksud Anda ${kode}?`);
    expect(messages[1]).toBe(`3:Jabatan "${typo}" tidak ditemukan di lembar Jabatan maupun di data yang sudah ada. Maksud Anda ${kode}?`);
    expect(messages).toHaveLength(2);
  });

  it('still commits nothing while a near-miss is unresolved', async () => {
    const file = await workbookOf({ pegawai: [{ ...pns(2), golongan: '3/b' }] });
    const p = await preview(env, file);
    const r = await env.core.invoke('sheets/commit', { previewId: p.previewId }, env.token);
    expect(r.ok).toBe(false);
    const row = await env.core.context.db.selectFrom('pegawai').select('golongan').where('nip', '=', pns(2).nip).executeTakeFirstOrThrow();
    expect(row.golongan).toBe(pns(2).golongan);
  });
});
