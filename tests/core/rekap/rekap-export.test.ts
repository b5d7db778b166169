/**
 * rekap/export read back with exceljs: NIP is a text cell, numbers are number cells, row 1 is
 * frozen and styled, one row per pegawai (predikat, status) or per indikator (realisasi), and an
 * operator sees only their own unit subtree.
 */
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../electron/core/ids.js';
import { BUDI_NIP, SARI_NIP, fails, ok, tppEnv, type TppEnv } from '../tpp/fixture.js';
import { evaluasi, skpOf } from '../tpp/evaluasi-rows.js';

let env: TppEnv;
beforeEach(async () => {
  env = await tppEnv();
});
afterEach(async () => {
  await env.t.close();
});

async function load(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const bytes = Buffer.from(base64, 'base64');
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; col: (h: string) => number; rowOf: (nip: string) => ExcelJS.Row } {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const headers = (ws.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
  const col = (h: string) => {
    const i = headers.indexOf(h);
    if (i < 0) throw new Error(`no column ${h}`);
    return i;
  };
  const rowOf = (nip: string) => {
    for (let i = 2; i <= ws.rowCount; i += 1) if (ws.getRow(i).getCell(col('NIP')).value === nip) return ws.getRow(i);
    throw new Error(`no row ${nip}`);
  };
  return { ws, col, rowOf };
}

async function rhk(skpId: string): Promise<{ indikatorId: string }> {
  const indikatorId = newId();
  const indikator = [{ id: indikatorId, aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }];
  await env.t.core.context.db
    .insertInto('rhk')
    .values({ id: newId(), skpId, jenis: 'utama', urutan: 1, teks: 'Laporan kepegawaian', intervensiRhkId: null, jenisIntervensi: null, intervensiPerjanjianKinerja: null, perspektif: null, returnNote: null, asalRhkId: null, indikator: JSON.stringify(indikator), rowVersion: 1, createdAt: 't', updatedAt: 't' })
    .execute();
  return { indikatorId };
}

describe('rekap/export', () => {
  it('predikat: a row per pegawai, NIP as text, header frozen and styled, a per-unit count', async () => {
    const budiSkp = await skpOf(env, env.budiId, env.rootUnitId);
    await evaluasi(env, budiSkp, 'TW1', 'baik', true);
    const file = await ok(env, 'rekap/export', { jenis: 'predikat', unitId: env.rootUnitId, tahun: 2026, periode: 'TW1' });
    expect(file.fileName).toBe('rekap-predikat-01-2026-TW1.xlsx');
    const wb = await load(file.base64);
    const { ws, col, rowOf } = sheet(wb, 'Predikat');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.rowCount - 1).toBe(3); // admin, Budi, Sari
    const budi = rowOf(BUDI_NIP);
    expect(budi.getCell(col('NIP')).type).toBe(ExcelJS.ValueType.String);
    expect(budi.getCell(col('No')).type).toBe(ExcelJS.ValueType.Number);
    expect(budi.getCell(col('Predikat')).value).toBe('Baik');
    expect(rowOf(SARI_NIP).getCell(col('Predikat')).value).toBe('Belum dinilai');
    const per = sheet(wb, 'Per Unit');
    const total = per.ws.getRow(2).getCell(per.col('Jumlah Pegawai'));
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    let sum = 0;
    per.ws.eachRow((r, n) => {
      if (n > 1) sum += Number(r.getCell(per.col('Jumlah Pegawai')).value);
    });
    expect(sum).toBe(3);
  });

  it('status_skp and realisasi: numbers as numbers, realisasi one row per indikator', async () => {
    const budiSkp = await skpOf(env, env.budiId, env.rootUnitId);
    const { indikatorId } = await rhk(budiSkp);
    const items = [{ rhkId: newId(), indikatorId, rencanaNilai: 3, rencanaTeks: null, nilai: 4, teks: null, bukti: [] }];
    const real = { id: newId(), skpId: budiSkp, periode: 'TW1', items, status: 'dilaporkan', catatanRevisi: null, dilaporkanAt: null };
    await env.t.core.context.db.insertInto('realisasi').values({ id: real.id, skpId: budiSkp, periode: 'TW1', data: JSON.stringify(real), rowVersion: 1, createdAt: 't', updatedAt: 't' }).execute();

    const status = sheet(await load((await ok(env, 'rekap/export', { jenis: 'status_skp', unitId: env.rootUnitId, tahun: 2026, periode: 'TW1' })).base64), 'Status SKP');
    expect(status.ws.rowCount - 1).toBe(3);
    const b = status.rowOf(BUDI_NIP);
    expect(b.getCell(status.col('Status SKP')).value).toBe('Disetujui');
    expect(b.getCell(status.col('Versi')).type).toBe(ExcelJS.ValueType.Number);
    expect(b.getCell(status.col('Jumlah RHK')).value).toBe(1);

    const r = sheet(await load((await ok(env, 'rekap/export', { jenis: 'realisasi', unitId: env.rootUnitId, tahun: 2026, periode: 'TW1' })).base64), 'Realisasi');
    expect(r.ws.rowCount - 1).toBe(1);
    const row = r.rowOf(BUDI_NIP);
    expect(row.getCell(r.col('NIP')).type).toBe(ExcelJS.ValueType.String);
    for (const h of ['Target', 'Rencana Aksi', 'Realisasi']) expect(row.getCell(r.col(h)).type, h).toBe(ExcelJS.ValueType.Number);
    expect(row.getCell(r.col('Realisasi')).value).toBe(4);
  });

  it('an operator gets only their unit subtree, and not a unit outside it', async () => {
    const file = await ok(env, 'rekap/export', { jenis: 'status_skp', unitId: env.subUnitId, tahun: 2026, periode: 'TAHUNAN' }, env.operatorToken);
    const { ws, rowOf } = sheet(await load(file.base64), 'Status SKP');
    expect(ws.rowCount - 1).toBe(1);
    expect(rowOf(SARI_NIP)).toBeTruthy();
    const err = await fails(env, 'rekap/export', { jenis: 'status_skp', unitId: env.rootUnitId, tahun: 2026, periode: 'TAHUNAN' }, env.operatorToken);
    expect(err.code).toBe('FORBIDDEN');
  });
});
