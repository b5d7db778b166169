/**
 * The hasil kerja table, in the JA/JF form (No, RHK Pimpinan yang Diintervensi, Rencana Hasil
 * Kerja, Aspek, Indikator Kinerja Individu, Target) or the JPT form (No, Rencana Hasil Kerja,
 * Indikator Kinerja Individu, Target, Perspektif), grouped A. UTAMA / B. TAMBAHAN. Kualitatif
 * targets are descriptions: IKI and target share one cell (DOMAIN.md).
 */
import type { RhkCetak, SkpDocumentData } from '../../../../shared/print/skp-document.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { textBlock } from '../paragraph.js';
import { drawTable, groupBlock, rowBlock, type Cell, type Columns, type TableRow } from '../table.js';
import { GROUP_FILL, HEADER_FILL, TYPE } from '../style.js';

type Form = { titles: Cell[]; fractions: number[]; spanCols: number[]; span: (r: RhkCetak) => Cell[]; sub: (r: RhkCetak) => Cell[][] };

function indikatorCells(r: RhkCetak, merged: boolean, withAspek: boolean): Cell[][] {
  return r.indikator.map((i) => {
    const aspek: Cell[] = withAspek ? [{ text: i.aspek }] : [];
    return merged ? [...aspek, { text: [{ text: i.teks }, { text: `Target: ${i.target}`, bold: true }], span: 2 }] : [...aspek, { text: i.teks }, { text: i.target }];
  });
}

function heads(titles: readonly (string | Cell)[]): Cell[] {
  return titles.map((t) => ({ ...(typeof t === 'string' ? { text: t } : t), bold: true, align: 'center' }));
}

const COLUMNS = (f: Form) => f.titles.reduce((n, t) => n + (t.span ?? 1), 0);

function formOf(d: SkpDocumentData): Form {
  const merged = d.pendekatan === 'kualitatif';
  const no = (r: RhkCetak): Cell => ({ text: String(r.urutan), align: 'center' });
  // Kualitatif: one header over the merged IKI-and-target cells.
  const iki: (string | Cell)[] = merged ? [{ text: 'INDIKATOR KINERJA INDIVIDU DAN TARGET', span: 2 }] : ['INDIKATOR KINERJA INDIVIDU', 'TARGET'];
  if (d.form === 'jpt') {
    return {
      titles: heads(['NO', 'RENCANA HASIL KERJA', ...iki, 'PERSPEKTIF']),
      fractions: [0.05, 0.32, 0.3, 0.15, 0.18],
      spanCols: [0, 1, 4],
      span: (r) => [no(r), { text: r.teks }, { text: r.perspektif ?? '' }],
      sub: (r) => indikatorCells(r, merged, false),
    };
  }
  return {
    titles: heads(['NO', 'RHK PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'ASPEK', ...iki]),
    fractions: [0.05, 0.22, 0.23, 0.1, 0.25, 0.15],
    spanCols: [0, 1, 2],
    span: (r) => [no(r), { text: r.intervensi ?? '-' }, { text: r.teks }],
    sub: (r) => indikatorCells(r, merged, true),
  };
}

/**
 * @example
 * drawHasilKerja(flow, fonts, data); // header repeated on each page the table reaches
 */
export function drawHasilKerja(flow: Flow, fonts: Fonts, d: SkpDocumentData): void {
  const form = formOf(d);
  const cols: Columns = { widths: form.fractions.map((f) => f * flow.width), size: TYPE.table, fonts };
  const rows: TableRow[] = [];
  for (const [jenis, label] of [
    ['utama', 'A. UTAMA'],
    ['tambahan', 'B. TAMBAHAN'],
  ] as const) {
    rows.push({ block: rowBlock(cols, [{ text: label, bold: true, span: COLUMNS(form) }], GROUP_FILL), keepWithNext: true });
    const group = d.rhk.filter((r) => r.jenis === jenis);
    if (group.length === 0) rows.push({ block: rowBlock(cols, [{ text: 'Tidak ada', align: 'center', span: COLUMNS(form) }]) });
    for (const r of group) rows.push({ block: groupBlock(cols, form.spanCols, form.span(r), form.sub(r)) });
  }
  drawTable(flow, rowBlock(cols, form.titles, HEADER_FILL), rows, textBlock(flow.width, [{ text: 'HASIL KERJA', font: fonts.bold, size: TYPE.body }], 3));
}
