/**
 * Riwayat as an xlsx: one row per entry with the time as a real date (Excel can sort and filter
 * it), the person by name and NIP (as text, so no digit is lost), and the entry as a sentence.
 */
import ExcelJS from 'exceljs';
import { AUDIT_ENTITY_LABEL, describeAudit } from '../../../../shared/domain/audit-words.js';
import type { AuditItem } from '../../../../shared/entities.js';

const COLUMNS = [
  { header: 'Waktu', key: 'at', width: 20, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
  { header: 'Pengguna', key: 'actor', width: 32 },
  { header: 'NIP Pengguna', key: 'nip', width: 22, style: { numFmt: '@' } },
  { header: 'Jenis Data', key: 'entity', width: 16 },
  { header: 'Perubahan', key: 'what', width: 90 },
] as const satisfies readonly Partial<ExcelJS.Column>[];

function actorText(i: AuditItem): string {
  if (i.actorState === 'system') return 'Sistem';
  return i.actorNama ?? 'Pengguna yang sudah dihapus';
}

/**
 * @example
 * const base64 = await auditWorkbook(items);
 */
export async function auditWorkbook(items: readonly AuditItem[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Riwayat', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ ...c }));
  const header = ws.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  for (const i of items) {
    ws.addRow({ at: new Date(i.at), actor: actorText(i), nip: i.actorNip ?? '', entity: AUDIT_ENTITY_LABEL[i.entity] ?? 'Data', what: describeAudit(i) });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
