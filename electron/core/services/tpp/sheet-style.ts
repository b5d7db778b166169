import type ExcelJS from 'exceljs';

/** The header look of every exported sheet (as the org export): bold on light blue, wrapped. Cells only: a row style would paint 16,384 columns. */
export function styleHeader(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
}
