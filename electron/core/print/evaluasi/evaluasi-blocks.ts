/**
 * The numbered blocks of the Dokumen Evaluasi Kinerja: 1–3 the people (pegawai yang dinilai,
 * pejabat penilai, atasan pejabat penilai), 4 the evaluation (RHK with Realisasi Berdasarkan Bukti
 * Dukung and Umpan Balik Berkelanjutan, perilaku kerja, ratings and predikat), 5 catatan/rekomendasi.
 */
import type { OrangCetak } from '../../../../shared/print/skp-document.js';
import type { EvaluasiDocumentData, RhkEvaluasiCetak } from '../../../../shared/print/evaluasi-document.js';
import { formatNip } from '../../../../shared/domain/nip.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { textBlock } from '../paragraph.js';
import { drawTable, groupBlock, headerBlock, rowBlock, type Cell, type Columns, type TableRow } from '../table.js';
import { GROUP_FILL, HEADER_FILL, TYPE } from '../style.js';

const caption = (flow: Flow, fonts: Fonts, text: string) => textBlock(flow.width, [{ text, font: fonts.bold, size: TYPE.body }], 3);

const PEOPLE_FIELDS = [
  ['NAMA', 'nama'],
  ['NIP', 'nip'],
  ['PANGKAT/GOL. RUANG', 'pangkat'],
  ['JABATAN', 'jabatan'],
  ['UNIT KERJA', 'unit'],
] as const satisfies readonly (readonly [string, keyof OrangCetak])[];

function shown(o: OrangCetak | null, key: keyof OrangCetak): string {
  if (!o) return '-';
  return key === 'nip' ? formatNip(o.nip) : o[key] || '-';
}

/** Blocks 1–3 in one ruled table; each block's title row stays with its first field. */
export function drawPeopleBlocks(flow: Flow, fonts: Fonts, d: EvaluasiDocumentData): void {
  const cols: Columns = { widths: [0.05, 0.3, 0.65].map((f) => f * flow.width), size: TYPE.table, fonts };
  const rows: TableRow[] = [];
  const blocks = [
    ['1', 'PEGAWAI YANG DINILAI', d.pegawai],
    ['2', 'PEJABAT PENILAI KINERJA', d.penilai],
    ['3', 'ATASAN PEJABAT PENILAI KINERJA', d.atasanPenilai],
  ] as const;
  for (const [no, title, orang] of blocks) {
    rows.push({ block: rowBlock(cols, [{ text: no, bold: true, align: 'center' }, { text: title, bold: true, span: 2 }], GROUP_FILL), keepWithNext: true });
    for (const [label, key] of PEOPLE_FIELDS) rows.push({ block: rowBlock(cols, [{ text: '' }, { text: label }, { text: shown(orang, key), bold: key === 'nama' }]) });
  }
  drawTable(flow, null, rows);
}

function rhkRow(cols: Columns, r: RhkEvaluasiCetak) {
  const span: Cell[] = [{ text: String(r.urutan), align: 'center' }, { text: r.teks }, { text: r.umpanBalik.length > 0 ? r.umpanBalik.map((text) => ({ text })) : '-' }];
  const sub: Cell[][] = r.indikator.map((i) => [{ text: i.teks }, { text: i.target }, { text: i.realisasi }]);
  return groupBlock(cols, [0, 1, 5], span, sub);
}

/** Block 4: hasil kerja with realisasi and umpan balik, perilaku kerja, ratings and predikat. */
export function drawEvaluasiBlock(flow: Flow, fonts: Fonts, d: EvaluasiDocumentData): void {
  const cols: Columns = { widths: [0.05, 0.24, 0.2, 0.12, 0.17, 0.22].map((f) => f * flow.width), size: TYPE.table, fonts };
  const rows: TableRow[] = [];
  for (const [jenis, label] of [
    ['utama', 'A. UTAMA'],
    ['tambahan', 'B. TAMBAHAN'],
  ] as const) {
    rows.push({ block: rowBlock(cols, [{ text: label, bold: true, span: 6 }], GROUP_FILL), keepWithNext: true });
    const group = d.rhk.filter((r) => r.jenis === jenis);
    if (group.length === 0) rows.push({ block: rowBlock(cols, [{ text: 'Tidak ada', align: 'center', span: 6 }]) });
    for (const r of group) rows.push({ block: rhkRow(cols, r) });
  }
  const head = headerBlock(cols, ['NO', 'RENCANA HASIL KERJA', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'REALISASI BERDASARKAN BUKTI DUKUNG', 'UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG']);
  drawTable(flow, head, rows, caption(flow, fonts, '4. EVALUASI KINERJA'));
  flow.gap(8);

  const pc: Columns = { widths: [0.05, 0.3, 0.3, 0.35].map((f) => f * flow.width), size: TYPE.table, fonts };
  const perilaku = d.perilaku.map((p, i) => ({
    block: rowBlock(pc, [
      { text: String(i + 1), align: 'center' },
      { text: p.nama, bold: true },
      { text: p.ekspektasiKhusus || '-' },
      { text: p.umpanBalik.length > 0 ? p.umpanBalik.map((text) => ({ text })) : '-' },
    ]),
  }));
  drawTable(flow, headerBlock(pc, ['NO', 'PERILAKU KERJA', 'EKSPEKTASI KHUSUS PIMPINAN', 'UMPAN BALIK BERKELANJUTAN']), perilaku, caption(flow, fonts, 'PERILAKU KERJA'));
  flow.gap(8);

  const sc: Columns = { widths: [0.4, 0.6].map((f) => f * flow.width), size: TYPE.table, fonts };
  const line = (label: string, value: string | null, bold = false): TableRow => ({ block: rowBlock(sc, [{ text: label }, { text: value ?? '-', bold }]) });
  const summary: TableRow[] = [
    line('RATING HASIL KERJA', d.ratingHasilKerja, true),
    line('RATING PERILAKU KERJA', d.ratingPerilaku, true),
    line('PREDIKAT KINERJA PEGAWAI', d.predikat, true),
    ...(d.periode.key === 'TAHUNAN' ? [line('CAPAIAN KINERJA ORGANISASI', d.predikatOrganisasi)] : []),
    line('UMPAN BALIK HASIL KERJA', d.umpanBalikHasilKerja),
    line('UMPAN BALIK PERILAKU KERJA', d.umpanBalikPerilaku),
    ...(d.alasanPredikat ? [line('ALASAN PREDIKAT', d.alasanPredikat)] : []),
  ];
  const summaryHead = rowBlock(sc, [{ text: 'HASIL EVALUASI', bold: true, span: 2 }], HEADER_FILL);
  // A small table read as one: kept whole on one page.
  const whole = summaryHead.height + summary.reduce((h, r) => h + r.block.height, 0);
  if (whole > flow.remaining() && whole <= flow.capacity()) flow.newPage();
  drawTable(flow, summaryHead, summary);
  flow.gap(8);

  const cc: Columns = { widths: [flow.width], size: TYPE.table, fonts };
  drawTable(flow, null, [{ block: rowBlock(cc, [{ text: d.catatan || '-' }]) }], caption(flow, fonts, '5. CATATAN/REKOMENDASI'));
}
