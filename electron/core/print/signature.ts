/**
 * The signature pair at the foot of a form: the pegawai on the left, the pejabat penilai on the
 * right (DOMAIN.md, "Printed documents"). Each column: place and date, the caption (role and
 * jabatan), room for the wet-ink signature, the name with gelar, NIP and pangkat/golongan. The pair
 * is one block, so it is never split from its caption and never starts a page alone with a cut.
 */
import type { Block } from './block.js';
import type { Fonts } from './fonts.js';
import { sideBySide, textBlock, type Para } from './paragraph.js';
import { LEADING, TYPE } from './style.js';

export type Signer = {
  /** "Kabupaten Uji, 3 Maret 2025"; empty keeps the line so both columns stay level. */
  tempatTanggal: string;
  /** "Pegawai yang Dinilai", "Pejabat Penilai Kinerja". */
  peran: string;
  jabatan: string;
  nama: string;
  nip: string;
  pangkat: string;
};

/** Room for a signature (and a stamp overlapping it). */
const SIGN_SPACE = 62;

function column(fonts: Fonts, s: Signer | null, width: number): Block {
  const size = TYPE.body;
  if (!s) return textBlock(width, []);
  const p = (text: string, bold = false): Para => ({ text, font: bold ? fonts.bold : fonts.regular, size, align: 'center' });
  const top = textBlock(width, [p(s.tempatTanggal || ' '), p(s.peran), p(s.jabatan)]);
  const bottom = textBlock(width, [p(s.nama || '(................................................)', true), p(s.nip ? `NIP. ${s.nip}` : 'NIP. ..............................'), p(s.pangkat || ' ')]);
  const gap = SIGN_SPACE;
  return {
    ...top,
    height: top.height + gap + bottom.height,
    lines: [...top.lines, ...bottom.lines.map((l) => ({ ...l, y: l.y + top.height + gap }))],
  };
}

/**
 * @example
 * flow.place(signaturePair(fonts, flow.width, pegawai, penilai));
 */
export function signaturePair(fonts: Fonts, width: number, left: Signer | null, right: Signer | null): Block {
  const colW = width * 0.46;
  const pair = sideBySide(width, column(fonts, left, colW), column(fonts, right, colW), width - colW);
  // A little room above, so the pair does not touch the table it follows.
  const lead = TYPE.body * LEADING;
  return { ...pair, height: pair.height + lead, lines: pair.lines.map((l) => ({ ...l, y: l.y + lead })) };
}
