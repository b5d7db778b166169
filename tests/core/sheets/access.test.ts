import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import type { Role } from '../../../shared/entities.js';
import { call, callFails, demoEnv, exportBase64, preview, tableCounts, workbookOf, type Env } from './helpers.js';

let env: Env;
afterEach(async () => {
  await env.core.close();
});

const newcomers = generateDemoUnit({ pegawaiCount: 6, seed: 909 }).pegawai;
const newcomer = (i: number, unitKode: string) => {
  const p = newcomers[i];
  if (!p) throw new Error('no such demo person');
  return { ...p, jabatanKode: null, unitKode };
};

async function unitId(kode: string): Promise<string> {
  const u = (await call(env, 'org/units', {})).find((x) => x.kode === kode);
  if (!u) throw new Error(`unit ${kode} missing`);
  return u.id;
}

/** Creates an account as the demo admin and signs it in; returns its token. */
async function account(nip: string, roles: Role[], unitKode: string): Promise<string> {
  await call(env, 'users/save', { nip, nama: `Akun ${nip.slice(-3)}`, roles, unitId: await unitId(unitKode), aktif: true, password: 'rahasia-123' });
  const s = await env.core.invoke('auth/signIn', { nip, password: 'rahasia-123' }, null);
  if (!s.ok) throw new Error(s.error.message);
  const token = (s.value as { token: string }).token;
  // The admin set this password: its owner chooses one (here the same, in two steps) before anything else.
  for (const [oldPassword, newPassword] of [['rahasia-123', 'rahasia-123#baru'], ['rahasia-123#baru', 'rahasia-123']]) {
    const c = await env.core.invoke('auth/changePassword', { oldPassword, newPassword }, token);
    if (!c.ok) throw new Error(c.error.message);
  }
  return token;
}

describe('who may import', () => {
  it('refuses every sheet call to a pegawai-only account', async () => {
    env = await demoEnv(30);
    const token = await account('199001012015011001', ['pegawai'], '01.02');
    const mine = await preview(env, await workbookOf({}));
    for (const [channel, args] of [
      ['sheets/template', {}],
      ['sheets/export', {}],
      ['sheets/preview', { fileName: 'x.xlsx', base64: await workbookOf({}) }],
      ['sheets/commit', { previewId: mine.previewId }],
    ] as const) {
      const r = await env.core.invoke(channel, args, token);
      expect(r.ok ? 'ok' : r.error.code, channel).toBe('FORBIDDEN');
    }
  });

  it("answers another user's preview id as expired", async () => {
    env = await demoEnv(30);
    const other = await account('199001012015011002', ['operator'], '01');
    const p = await preview(env, await workbookOf({ pegawai: [newcomer(0, '01')] }));
    expect((await callFails(env, 'sheets/commit', { previewId: p.previewId }, other)).code).toBe('PREVIEW_EXPIRED');
    // The owner can still use it.
    expect((await call(env, 'sheets/commit', { previewId: p.previewId })).counts.pegawai.insert).toBe(1);
  });

  it('expires a preview after 30 minutes', async () => {
    let now = Date.parse('2025-03-01T08:00:00Z');
    env = await demoEnv(30, { clock: () => new Date(now), idleMinutes: 240 });
    const a = await preview(env, await workbookOf({ pegawai: [newcomer(0, '01')] }));
    now += 29 * 60_000;
    await call(env, 'sheets/commit', { previewId: a.previewId });
    const b = await preview(env, await workbookOf({ pegawai: [newcomer(1, '01')] }));
    now += 31 * 60_000;
    const before = await tableCounts(env);
    expect((await callFails(env, 'sheets/commit', { previewId: b.previewId })).code).toBe('PREVIEW_EXPIRED');
    expect(await tableCounts(env)).toEqual(before);
  });
});

describe('scope of an operator of one bidang (01.02)', () => {
  it('exports only the subtree, and re-imports it unchanged', async () => {
    env = await demoEnv(30);
    const token = await account('199001012015011003', ['operator'], '01.02');
    const wb = new ExcelJS.Workbook();
    const b = Buffer.from(await exportBase64(env, token), 'base64');
    const bytes = new ArrayBuffer(b.length);
    new Uint8Array(bytes).set(b);
    await wb.xlsx.load(bytes);
    const kodes: string[] = [];
    wb.getWorksheet('Unit Kerja')?.eachRow((r, n) => {
      if (n > 1) kodes.push(String(r.getCell(1).value));
    });
    expect(kodes.sort()).toEqual(['01.02', '01.02.01', '01.02.02', '01.02.03']);
    const p = await preview(env, b.toString('base64'), token);
    expect(p.errors).toEqual([]);
    expect(p.counts.unit).toEqual({ insert: 0, update: 0, unchanged: 4 });
  });

  it('refuses rows outside the subtree and changes nothing', async () => {
    env = await demoEnv(30);
    const token = await account('199001012015011004', ['operator'], '01.02');
    const inSekretariat = (await call(env, 'pegawai/search', { query: '', unitId: await unitId('01.01'), offset: 0, limit: 1 })).rows[0];
    if (!inSekretariat) throw new Error('demo has nobody in 01.01');
    const detail = await call(env, 'pegawai/get', { id: inSekretariat.id });
    const before = await tableCounts(env);
    const file = await workbookOf({
      units: [
        { kode: '01', nama: 'Dinas Diganti', parentKode: null },
        { kode: '01.07', nama: 'Bidang Baru di Luar', parentKode: '01' },
        { kode: '01.08', nama: 'Unit Tanpa Induk', parentKode: null },
        { kode: '01.02.09', nama: 'Seksi Baru', parentKode: '01.02' },
      ],
      jabatan: [{ kode: 'J-LUAR', nama: 'Analis', jenis: 'fungsional', unitKode: '01.01', atasanKode: 'JAB-00002', kelas: 8 }],
      pegawai: [{ ...detail.pegawai, nama: 'Nama Diganti', jabatanKode: null, unitKode: '01.01' }, newcomer(0, '01.02.09')],
    });
    const p = await preview(env, file, token);
    expect(p.canCommit).toBe(false);
    expect(p.errors.map((e) => `${e.sheet}:${e.row}:${e.column}:${e.message}`)).toEqual([
      'unit:2:Kode Unit:Unit "01" berada di luar wewenang akun Anda.',
      'unit:3:Kode Unit Induk:Unit induk "01" berada di luar wewenang akun Anda.',
      'unit:4:Kode Unit Induk:Unit baru harus memiliki unit induk; hanya unit teratas yang sudah ada yang boleh tanpa induk.',
      'jabatan:2:Kode Unit:Unit "01.01" berada di luar wewenang akun Anda.',
      'pegawai:2:NIP:Pegawai dengan NIP ini terdaftar di unit yang berada di luar wewenang akun Anda.',
    ]);
    // The rows inside the subtree would still go in.
    expect(p.counts.unit.insert).toBe(1);
    expect(p.counts.pegawai.insert).toBe(1);
    expect((await callFails(env, 'sheets/commit', { previewId: p.previewId }, token)).code).toBe('SHEET_HAS_ERRORS');
    expect(await tableCounts(env)).toEqual(before);
  });

  it('validates again at commit: data changed since the preview is caught', async () => {
    env = await demoEnv(30);
    const token = await account('199001012015011005', ['operator'], '01.02');
    const p = await preview(env, await workbookOf({ pegawai: [newcomer(2, '01.02')] }), token);
    expect(p.canCommit).toBe(true);
    // Meanwhile the admin registers the same person in the Sekretariat, outside this operator's reach.
    const { nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan } = newcomer(2, '01.01');
    const unit = await unitId('01.01');
    await call(env, 'pegawai/save', { nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, jabatanId: null, unitId: unit, tmtMulai: null, tmtSelesai: null });
    const before = await tableCounts(env);
    const err = await callFails(env, 'sheets/commit', { previewId: p.previewId }, token);
    expect(err.code).toBe('SHEET_HAS_ERRORS');
    expect(err.issues?.[0]?.message).toContain('di luar wewenang');
    expect(await tableCounts(env)).toEqual(before);
  });
});
