/**
 * rekap/export: a rekap workbook of a unit's subtree (predikat per unit and period, SKP status per
 * pegawai, realisasi per indikator). Operators and admins, inside their units. Row 1 is frozen and
 * styled, numbers are number cells and NIP is text.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../../shared/entities.js';
import type { JenisRekap } from '../../../../shared/contract-rekap.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { requireRole, requireUnitInScope, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import { XLSX_MIME } from '../sheets/layout.js';
import { styleHeader } from '../tpp/sheet-style.js';
import { rekapData, type RekapData, type RhkNeed } from './rekap-data.js';
import { perUnitSheet, predikatSheet, realisasiSheet, statusSheet, type SheetSpec } from './rekap-sheets.js';

export type RekapExportArgs = { jenis: JenisRekap; unitId: string; tahun: number; periode: PeriodeKey };

type Writer = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** Rows are written and committed one by one: a 10,000-row sheet never sits in memory as cell objects. */
function addSheet<R>(wb: Writer, spec: SheetSpec<R>): void {
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.cols.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.fmt ? { numFmt: c.fmt } : {} }));
  styleHeader(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.cols.length } };
  ws.getRow(1).commit();
  spec.rows.forEach((r, i) => ws.addRow(spec.cols.map((c) => c.value(r, i))).commit());
  ws.commit();
}

/** The workbook's bytes for already loaded data (the bench and tests call this directly too). */
export async function rekapWorkbook(jenis: JenisRekap, d: RekapData): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Meja Kinerja';
  if (jenis === 'predikat') {
    addSheet(wb, predikatSheet(d));
    addSheet(wb, perUnitSheet(d));
  } else if (jenis === 'status_skp') addSheet(wb, statusSheet(d));
  else addSheet(wb, realisasiSheet(d));
  await wb.commit();
  return Buffer.concat(chunks);
}

const RHK_NEED = { predikat: 'none', status_skp: 'count', realisasi: 'full' } as const satisfies Record<JenisRekap, RhkNeed>;

const FILE_PREFIX = { predikat: 'rekap-predikat', status_skp: 'rekap-status-skp', realisasi: 'rekap-realisasi' } as const satisfies Record<JenisRekap, string>;

/**
 * @example
 * await rekapExport(core, actor, { jenis: 'predikat', unitId, tahun: 2026, periode: 'TW1' }); // { fileName: 'rekap-predikat-01-2026-TW1.xlsx', … }
 */
export async function rekapExport(core: CoreContext, actor: Actor, args: RekapExportArgs): Promise<FileDownload> {
  requireRole(actor, 'operator', 'admin');
  requireUnitInScope(actor, args.unitId);
  const data = await rekapData(core.db, actor, args, RHK_NEED[args.jenis]);
  const kode = (data.unit.kode || 'unit').replace(/[^A-Za-z0-9._-]+/g, '-');
  const periode = args.jenis === 'status_skp' ? '' : `-${args.periode}`;
  const bytes = await rekapWorkbook(args.jenis, data);
  return { fileName: `${FILE_PREFIX[args.jenis]}-${kode}-${args.tahun}${periode}.xlsx`, base64: bytes.toString('base64'), mimeType: XLSX_MIME };
}
