/**
 * Line breaking by measured width: the form's columns are narrow and names carry long gelar, so
 * words are placed by the font's real advance widths (diacritics included), never by character
 * counts. A word wider than the column (a long NIP-like token, a URL) is broken between letters.
 */
import type { PDFFont } from 'pdf-lib';
import { textWidth } from './measure.js';

/** Control characters (which a font cannot show) become spaces; text is composed (NFC). */
function clean(s: string): string {
  // NFC: a letter typed as base + combining mark becomes the precomposed glyph the font has.
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0) ?? 0;
    out += c === 10 || c === 13 ? ch : c < 32 || c === 127 ? ' ' : ch;
  }
  return out;
}

function breakWord(word: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur !== '' && textWidth(font, cur + ch, size) > width) {
      out.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * @example
 * wrapText('Dr. Hj. Siti Aminah, S.Pd., M.Si.', font, 9, 80); // ['Dr. Hj. Siti', 'Aminah, S.Pd.,', 'M.Si.']
 */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const para of clean(text).split(/\r?\n/)) {
    const words = para.split(' ').filter((w) => w !== '');
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let cur = '';
    for (const word of words) {
      const candidate = cur === '' ? word : `${cur} ${word}`;
      if (textWidth(font, candidate, size) <= width) {
        cur = candidate;
        continue;
      }
      if (cur !== '') lines.push(cur);
      if (textWidth(font, word, size) <= width) cur = word;
      else {
        const pieces = breakWord(word, font, size, width);
        lines.push(...pieces.slice(0, -1));
        cur = pieces.at(-1) ?? '';
      }
    }
    lines.push(cur);
  }
  // A trailing empty paragraph adds nothing to a cell.
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}
