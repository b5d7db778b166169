/** The perilaku kerja table (value, its three guidance lines, ekspektasi khusus pimpinan) and the lampiran lists. */
import { BERAKHLAK } from '../../../../shared/domain/skp/berakhlak.js';
import type { SkpDocumentData } from '../../../../shared/print/skp-document.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { textBlock } from '../paragraph.js';
import { drawTable, headerBlock, rowBlock, type Columns } from '../table.js';
import { TYPE } from '../style.js';

export function drawPerilaku(flow: Flow, fonts: Fonts, d: SkpDocumentData): void {
  const cols: Columns = { widths: [0.05, 0.55, 0.4].map((f) => f * flow.width), size: TYPE.table, fonts };
  const rows = BERAKHLAK.map((b, i) => {
    const ekspektasi = d.perilaku.find((p) => p.nilai === b.kode)?.ekspektasiKhusus ?? '';
    return {
      block: rowBlock(cols, [
        { text: String(i + 1), align: 'center' },
        // The panduan are printed verbatim, numbered as on the form.
        { text: [{ text: b.nama, bold: true }, ...b.panduan.map((p, j) => ({ text: `${j + 1}. ${p}` }))] },
        { text: ekspektasi || '-' },
      ]),
    };
  });
  drawTable(flow, headerBlock(cols, ['NO', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN']), rows, textBlock(flow.width, [{ text: 'PERILAKU KERJA', font: fonts.bold, size: TYPE.body }], 3));
}

const LAMPIRAN = [
  ['DUKUNGAN SUMBER DAYA', 'dukunganSumberDaya'],
  ['SKEMA PERTANGGUNGJAWABAN', 'skemaPertanggungjawaban'],
  ['KONSEKUENSI', 'konsekuensi'],
] as const;

/** The three lampiran lists, each a numbered table ("Tidak ada" when empty). */
export function drawLampiran(flow: Flow, fonts: Fonts, d: SkpDocumentData): void {
  const cols: Columns = { widths: [0.05, 0.95].map((f) => f * flow.width), size: TYPE.table, fonts };
  for (const [title, key] of LAMPIRAN) {
    const items = d.lampiran[key];
    const rows = (items.length > 0 ? items : ['Tidak ada']).map((text, i) => ({
      block: rowBlock(cols, [{ text: items.length > 0 ? String(i + 1) : '', align: 'center' }, { text }]),
    }));
    drawTable(flow, headerBlock(cols, ['NO', title]), rows);
    flow.gap(8);
  }
}
