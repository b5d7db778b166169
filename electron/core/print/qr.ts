/**
 * The QR code as filled squares inside a block (vector, crisp at any printer resolution, a few
 * hundred bytes): runs of dark modules on a row become one rectangle.
 */
import QRCode from 'qrcode';
import { rgb } from 'pdf-lib';
import type { Block } from './block.js';

/**
 * A square block of `size` points holding the QR of `text` (error correction M: survives a stamp
 * or a fold across part of it).
 *
 * @example
 * const qr = qrBlock('MEJA-VERIFIKASI/1 …', 60);
 */
export function qrBlock(text: string, size: number): Block {
  const m = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const n = m.size;
  const cell = size / n;
  const dark = rgb(0, 0, 0);
  const fills: Block['fills'] = [];
  for (let r = 0; r < n; r += 1) {
    let c = 0;
    while (c < n) {
      if (!m.get(r, c)) {
        c += 1;
        continue;
      }
      const start = c;
      while (c < n && m.get(r, c)) c += 1;
      fills.push({ x: start * cell, y: r * cell, w: (c - start) * cell, h: cell, color: dark });
    }
  }
  return { width: size, height: size, lines: [], hrules: [], vrules: [], fills, boxed: false, padY: 0 };
}
