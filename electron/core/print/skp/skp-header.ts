/** The SKP's title lines and its two header blocks: pegawai yang dinilai | pejabat penilai kinerja. */
import type { OrangCetak, SkpDocumentData } from '../../../../shared/print/skp-document.js';
import { formatPeriod } from '../../../../shared/format/tanggal.js';
import { formatNip } from '../../../../shared/domain/nip.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { sideBySide, textBlock } from '../paragraph.js';
import { drawTable, rowBlock, type Columns } from '../table.js';
import { GROUP_FILL, TYPE } from '../style.js';

const FIELDS = [
  ['NAMA', 'nama'],
  ['NIP', 'nip'],
  ['PANGKAT/GOL. RUANG', 'pangkat'],
  ['JABATAN', 'jabatan'],
  ['UNIT KERJA', 'unit'],
] as const satisfies readonly (readonly [string, keyof OrangCetak])[];

/** A field as printed: the NIP grouped as on official documents. */
function shown(o: OrangCetak, key: keyof OrangCetak): string {
  return key === 'nip' ? formatNip(o.nip) : o[key] || '-';
}

export function titleLines(d: SkpDocumentData): { title: string; subtitle: string } {
  const jpt = d.form === 'jpt' ? ' PEJABAT PIMPINAN TINGGI' : '';
  return { title: `SASARAN KINERJA PEGAWAI${jpt}`, subtitle: `PENDEKATAN HASIL KERJA ${d.pendekatan === 'kualitatif' ? 'KUALITATIF' : 'KUANTITATIF'}` };
}

export function drawTitle(flow: Flow, fonts: Fonts, d: SkpDocumentData, heading: string, subheading: string): void {
  flow.place(
    textBlock(flow.width, [
      { text: heading, font: fonts.bold, size: TYPE.title, align: 'center' },
      { text: subheading, font: fonts.bold, size: TYPE.subtitle, align: 'center' },
    ]),
  );
  flow.gap(8);
  // The period is the longer of the two and should stay on one line.
  const leftW = flow.width * 0.4;
  const rightW = flow.width - leftW - 8;
  const left = textBlock(leftW, [{ text: d.instansi.toUpperCase(), font: fonts.bold, size: TYPE.body }]);
  const right = textBlock(rightW, [{ text: `PERIODE PENILAIAN: ${formatPeriod(d.periode.mulai, d.periode.selesai, 'id').toUpperCase()}`, font: fonts.bold, size: TYPE.body, align: 'right' }]);
  flow.place(sideBySide(flow.width, left, right, leftW + 8));
  flow.gap(4);
}

/**
 * @example
 * drawPeopleTable(flow, fonts, data);
 */
export function drawPeopleTable(flow: Flow, fonts: Fonts, d: SkpDocumentData): void {
  const w = flow.width;
  const cols: Columns = { widths: [0.04, 0.15, 0.31, 0.04, 0.15, 0.31].map((f) => f * w), size: TYPE.table, fonts };
  const head = rowBlock(
    cols,
    [
      { text: 'NO', bold: true, align: 'center' },
      { text: 'PEGAWAI YANG DINILAI', bold: true, span: 2 },
      { text: 'NO', bold: true, align: 'center' },
      { text: 'PEJABAT PENILAI KINERJA', bold: true, span: 2 },
    ],
    GROUP_FILL,
  );
  const rows = FIELDS.map(([label, key], i) =>
    rowBlock(cols, [
      { text: String(i + 1), align: 'center' },
      { text: label },
      { text: shown(d.pegawai, key), bold: key === 'nama' },
      { text: String(i + 1), align: 'center' },
      { text: label },
      { text: d.penilai ? shown(d.penilai, key) : '-', bold: key === 'nama' },
    ]),
  );
  // A small table: kept whole with its heading.
  drawTable(flow, null, [head, ...rows].map((block, i) => ({ block, keepWithNext: i === 0 })));
}
