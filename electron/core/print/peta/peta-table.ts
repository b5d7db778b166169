/**
 * The peta cascading as one ruled table: a shaded row per holder (tree number, indented by level,
 * jabatan, name, NIP, SKP status), then one row per RHK (number, the atasan RHK it intervenes with
 * that RHK's number on this map, the RHK, the kind of intervention). The header repeats on every
 * page; a holder's row never ends a page alone; when a page breaks inside a holder's RHK, the new
 * page says whose RHK continue ("lanjutan"). Rows move whole: no RHK is cut.
 */
import type { PetaDocumentData, PetaPemangkuCetak, PetaRhkCetak } from '../../../../shared/print/peta-document.js';
import { rhkNo } from '../../../../shared/print/peta-document.js';
import { SKP_STATUS_LABEL } from '../../../../shared/domain/skp/types.js';
import { formatNip } from '../../../../shared/domain/nip.js';
import type { Block } from '../block.js';
import type { Fonts } from '../fonts.js';
import type { Flow } from '../flow.js';
import { headerBlock, rowBlock, type CellText, type Columns } from '../table.js';
import { textWidth } from '../measure.js';
import { CELL_PAD_X, GROUP_FILL, TYPE } from '../style.js';

const TITLES = ['NO', 'RHK PIMPINAN YANG DIINTERVENSI', 'RENCANA HASIL KERJA', 'JENIS INTERVENSI'] as const;
const FRACTIONS = [0.08, 0.38, 0.4, 0.14] as const;
/** A deep tree number ("1.1.2.6b") must stay on one line: the NO column grows up to this share. */
const MAX_NO_FRACTION = 0.16;
/** Indent per tree level; deep trees stop indenting so the text keeps its room. */
const INDENT_PT = 10;
const MAX_INDENT_LEVELS = 8;

const JENIS_LABEL = { langsung: 'Langsung', tidak_langsung: 'Tidak langsung' } as const;

function holderLine(p: PetaPemangkuCetak, tahun: number): string {
  if (!p.pegawai) return 'Belum ada pemangku jabatan';
  const who = `${p.pegawai.nama} · NIP ${formatNip(p.pegawai.nip)}`;
  if (!p.skp) return `${who} · Belum ada SKP tahun ${tahun}`;
  const status = p.skp.status === 'disetujui' ? 'Disetujui' : `${SKP_STATUS_LABEL[p.skp.status]}, belum disetujui`;
  return `${who} · SKP versi ${p.skp.versi}: ${status}`;
}

/** A full-width shaded row with the tree number in the NO column and the rest indented by level. */
function holderRow(cols: Columns, no: string, level: number, text: CellText): Block {
  const [noW = 0] = cols.widths;
  const total = cols.widths.reduce((s, w) => s + w, 0);
  const indent = Math.min(level, MAX_INDENT_LEVELS) * INDENT_PT;
  const lay: Columns = { ...cols, widths: indent > 0 ? [noW, indent, total - noW - indent] : [noW, total - noW] };
  const cells = [{ text: no, bold: true, align: 'center' as const }, ...(indent > 0 ? [{ text: '' }] : []), { text }];
  const b = rowBlock(lay, cells, GROUP_FILL);
  // The indent is room, not a column: no rule between it and the text.
  return indent > 0 ? { ...b, vrules: b.vrules.filter((r) => Math.abs(r.x - (noW + indent)) > 0.01) } : b;
}

function intervensiText(r: PetaRhkCetak): CellText {
  if (r.intervensi) return [{ text: r.intervensi.ref, bold: true }, { text: r.intervensi.teks || '-' }];
  return r.jenis === 'utama' ? 'Belum ditautkan ke RHK pimpinan' : '-';
}

function rhkRow(cols: Columns, r: PetaRhkCetak): Block {
  return rowBlock(cols, [
    { text: rhkNo(r), align: 'center' },
    { text: intervensiText(r) },
    { text: r.teks },
    { text: r.jenisIntervensi ? JENIS_LABEL[r.jenisIntervensi] : '-', align: 'center' },
  ]);
}

/** The NO column as wide as the longest tree number; the room comes out of the two text columns. */
function columnWidths(width: number, fonts: Fonts, d: PetaDocumentData): number[] {
  const longest = Math.max(0, ...d.pemangku.map((p) => textWidth(fonts.bold, p.no, TYPE.table)));
  const no = Math.min(MAX_NO_FRACTION * width, Math.max(FRACTIONS[0] * width, longest + 2 * CELL_PAD_X + 2));
  const extra = no - FRACTIONS[0] * width;
  const [, intervensi, rhk, jenis] = FRACTIONS;
  return [no, intervensi * width - extra / 2, rhk * width - extra / 2, jenis * width];
}

type Item = { block: Block; keepWithNext: boolean; continued: Block | null };

function items(cols: Columns, d: PetaDocumentData): Item[] {
  const out: Item[] = [];
  for (const p of d.pemangku) {
    const head = holderRow(cols, p.no, p.level, [{ text: p.jabatan, bold: true }, { text: holderLine(p, d.tahun) }]);
    const continued = holderRow(cols, p.no, p.level, [{ text: `${p.jabatan}${p.pegawai ? ` — ${p.pegawai.nama}` : ''} (lanjutan)`, bold: true }]);
    const body = p.rhk.map((r) => rhkRow(cols, r));
    if (p.pegawai && p.skp && body.length === 0) body.push(rowBlock(cols, [{ text: '' }, { text: 'Belum ada RHK pada SKP ini', span: 3 }]));
    out.push({ block: head, keepWithNext: body.length > 0, continued: null });
    for (const block of body) out.push({ block, keepWithNext: false, continued });
  }
  return out;
}

/**
 * @example
 * drawPetaTable(flow, fonts, data, caption, block.height);
 *
 * `tail`: the height of what follows the table (the verification block), kept on the page of the
 * last row so it never stands alone on a page of its own.
 */
export function drawPetaTable(flow: Flow, fonts: Fonts, d: PetaDocumentData, caption: Block, tail = 0): void {
  const cols: Columns = { widths: columnWidths(flow.width, fonts, d), size: TYPE.table, fonts };
  const header = headerBlock(cols, TITLES);
  const list = items(cols, d);
  if (list.length === 0) list.push({ block: rowBlock(cols, [{ text: 'Unit ini belum memiliki jabatan', align: 'center', span: 4 }]), keepWithNext: false, continued: null });
  const first = list.slice(0, list[0]?.keepWithNext ? 2 : 1).reduce((s, r) => s + r.block.height, 0);
  // The caption and header go with the first holder and its first RHK, never alone at a page foot.
  if (caption.height + header.height + Math.min(first, flow.capacity() / 2) > flow.remaining()) flow.newPage();
  flow.drawHere(caption);
  flow.drawHere(header);
  let continued: Block | null = null;
  flow.onNewPage = () => {
    flow.drawHere(header);
    if (continued) flow.drawHere(continued);
  };
  list.forEach((it, i) => {
    continued = it.continued;
    const next = list[i + 1]?.block.height ?? 0;
    const last = i === list.length - 1;
    const keep = it.keepWithNext ? Math.min(next, flow.capacity() / 3) : last && tail <= flow.capacity() / 2 ? tail : 0;
    flow.place(it.block, keep, header.height + (it.continued?.height ?? 0));
  });
  flow.onNewPage = null;
}
