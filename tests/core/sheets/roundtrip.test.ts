import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { CoreEvent } from '../../../shared/contract.js';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import { call, demoEnv, preview, tableCounts, workbookOf, type Env } from './helpers.js';

let env: Env;
beforeEach(async () => {
  env = await demoEnv(30);
});
afterEach(async () => {
  await env.core.close();
});

const zero = { insert: 0, update: 0, unchanged: 0 };

async function load(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const b = Buffer.from(base64, 'base64');
  const bytes = new ArrayBuffer(b.length);
  new Uint8Array(bytes).set(b);
  await wb.xlsx.load(bytes);
  return wb;
}

describe('template', () => {
  it('has the help sheet and three header-only data sheets with a text NIP column', async () => {
    const file = await call(env, 'sheets/template', {});
    expect(file.fileName).toBe('template-impor-meja-kinerja.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await load(file.base64);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Unit Kerja', 'Jabatan', 'Pegawai']);
    const pegawai = wb.getWorksheet('Pegawai');
    expect(pegawai?.actualRowCount).toBe(1);
    expect(pegawai?.getRow(1).getCell(1).value).toBe('NIP');
    expect(pegawai?.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(pegawai?.getColumn(1).numFmt).toBe('@');
    expect(pegawai?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const help = wb.getWorksheet('Petunjuk');
    const helpText: string[] = [];
    help?.eachRow((r) => r.eachCell((c) => helpText.push(String(c.value))));
    expect(helpText.join('\n')).toContain('JPT Pratama');
    expect(helpText.join('\n')).toContain('III/a');
  });

  it('imports untouched as "nothing to do" and changes nothing', async () => {
    const before = await tableCounts(env);
    const file = await call(env, 'sheets/template', {});
    const p = await preview(env, file.base64);
    expect(p).toMatchObject({ errors: [], errorsOmitted: 0, canCommit: true, counts: { unit: zero, jabatan: zero, pegawai: zero } });
    const done = await call(env, 'sheets/commit', { previewId: p.previewId });
    expect(done.counts).toEqual({ unit: zero, jabatan: zero, pegawai: zero });
    expect(await tableCounts(env)).toEqual(before);
  });
});

describe('export then import', () => {
  it('names the file after the instansi and reports every row unchanged', async () => {
    const file = await call(env, 'sheets/export', {});
    expect(file.fileName).toMatch(/^meja-kinerja-DEMO-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const before = await tableCounts(env);
    const p = await preview(env, file.base64);
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({
      unit: { insert: 0, update: 0, unchanged: before.unitKerja },
      jabatan: { insert: 0, update: 0, unchanged: before.jabatan },
      pegawai: { insert: 0, update: 0, unchanged: before.pegawai },
    });
    await call(env, 'sheets/commit', { previewId: p.previewId });
    expect(await tableCounts(env)).toEqual(before);
  });
});

describe('import of new data', () => {
  const other = generateDemoUnit({ pegawaiCount: 5, seed: 77 });
  const data = {
    units: [{ kode: '01.90', nama: 'UPT Baru', parentKode: '01' }],
    jabatan: [{ kode: 'JAB-B1', nama: 'Kepala UPT', jenis: 'pengawas' as const, unitKode: '01.90', atasanKode: 'JAB-00001', kelas: 9 }],
    pegawai: other.pegawai.slice(0, 3).map((p) => ({ ...p, jabatanKode: 'JAB-B1', unitKode: '01.90', tmtMulai: '2024-01-02', tmtSelesai: null })),
  };

  it('inserts, then re-import is unchanged, then a modified row is an update', async () => {
    const events: CoreEvent[] = [];
    env.core.onEvent((e) => events.push(e));
    const before = await tableCounts(env);
    const first = await preview(env, await workbookOf(data));
    expect(first.errors).toEqual([]);
    expect(first.counts).toEqual({ unit: { ...zero, insert: 1 }, jabatan: { ...zero, insert: 1 }, pegawai: { ...zero, insert: 3 } });
    // The preview wrote nothing.
    expect(await tableCounts(env)).toEqual(before);
    expect(events.some((e) => e.name === 'progress' && e.payload.operation === 'sheets/preview')).toBe(true);

    const done = await call(env, 'sheets/commit', { previewId: first.previewId });
    expect(done.counts).toEqual(first.counts);
    const after = await tableCounts(env);
    expect(after.pegawai).toBe(before.pegawai + 3);
    expect(after.outbox).toBe(before.outbox + 5);
    expect(events).toContainEqual({ name: 'data/changed', payload: { entities: ['unit_kerja', 'jabatan', 'pegawai'] } });
    const found = await call(env, 'pegawai/search', { query: data.pegawai[0]?.nip ?? '', offset: 0, limit: 5 });
    expect(found.total).toBe(1);

    const again = await preview(env, await workbookOf(data));
    expect(again.counts).toEqual({ unit: { ...zero, unchanged: 1 }, jabatan: { ...zero, unchanged: 1 }, pegawai: { ...zero, unchanged: 3 } });

    const changed = { ...data, pegawai: data.pegawai.map((p, i) => (i === 1 ? { ...p, nama: `${p.nama} Baru`, tmtSelesai: '2025-06-30' } : p)) };
    const third = await preview(env, await workbookOf(changed));
    expect(third.counts.pegawai).toEqual({ insert: 0, update: 1, unchanged: 2 });
    await call(env, 'sheets/commit', { previewId: third.previewId });
    const detail = await call(env, 'pegawai/search', { query: data.pegawai[1]?.nip ?? '', offset: 0, limit: 5 });
    expect(detail.rows[0]?.namaLengkap).toContain('Baru');
    expect(detail.rows[0]?.aktif).toBe(false);
  });

  it('refuses a second commit of the same preview', async () => {
    const p = await preview(env, await workbookOf(data));
    await call(env, 'sheets/commit', { previewId: p.previewId });
    const r = await env.core.invoke('sheets/commit', { previewId: p.previewId }, env.token);
    expect(r.ok ? null : r.error.code).toBe('PREVIEW_EXPIRED');
  });
});
