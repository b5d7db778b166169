/**
 * Opens an uploaded .xlsx with exceljs, only after zip-guard has checked it (exceljs trusts the
 * zip's sizes and inflates every part in memory). Both the org workbook and the attendance import
 * read uploads, so the check and the message on an unreadable file are written once here.
 */
import ExcelJS from 'exceljs';
import { AppFailure } from '../../../../shared/result.js';
import { assertSafeXlsx } from './zip-guard.js';

/**
 * The parsed workbook; AppFailure INVALID_SHEET (saying what to do) when the file is unsafe, has a
 * sheet over `maxRows` data rows, or is not a workbook exceljs can read.
 *
 * @example
 * const wb = await loadCheckedWorkbook(buffer, MAX_DATA_ROWS);
 * wb.worksheets.length; // 4
 */
export async function loadCheckedWorkbook(buf: Buffer, maxRows: number): Promise<ExcelJS.Workbook> {
  assertSafeXlsx(buf, maxRows);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; hand it one (a copy, at most 50 MB).
    const bytes = new ArrayBuffer(buf.length);
    new Uint8Array(bytes).set(buf);
    await wb.xlsx.load(bytes);
  } catch {
    throw new AppFailure('INVALID_SHEET', 'Berkas .xlsx tidak dapat dibaca (rusak atau bukan buatan program lembar kerja). Simpan ulang dari Excel/LibreOffice lalu unggah kembali.');
  }
  return wb;
}
