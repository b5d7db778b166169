/**
 * The verification block closing every document: the QR on the left; on the right the code, what
 * the paper is and the recorded steps with who signed each (issue 11: "ditandatangani oleh …").
 */
import type { Block } from './block.js';
import type { Fonts } from './fonts.js';
import { textBlock } from './paragraph.js';
import { qrBlock } from './qr.js';
import { TYPE } from './style.js';

export type VerificationInfo = { qrText: string; code: string; lines: string[] };

const QR_PT = 64;
const GAP = 10;

/**
 * @example
 * flow.place(verificationBlock(fonts, flow.width, { qrText, code: '7G2K9-M4QXA', lines: ['Disetujui oleh …'] }));
 */
export function verificationBlock(fonts: Fonts, width: number, v: VerificationInfo): Block {
  const qr = qrBlock(v.qrText, QR_PT);
  const textW = width - QR_PT - GAP;
  const text = textBlock(
    textW,
    [
      { text: `Kode verifikasi: ${v.code}`, font: fonts.bold, size: TYPE.body },
      ...v.lines.map((t) => ({ text: t, font: fonts.regular, size: TYPE.small })),
    ],
    1,
    QR_PT + GAP,
  );
  const top = 14;
  return {
    width,
    height: top + Math.max(QR_PT, text.height),
    lines: text.lines.map((l) => ({ ...l, y: l.y + top })),
    hrules: [{ y: top / 2, x1: 0, x2: width }],
    vrules: [],
    fills: qr.fills.map((f) => ({ ...f, y: f.y + top })),
    boxed: false,
    padY: 0,
  };
}
