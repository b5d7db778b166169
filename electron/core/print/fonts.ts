/**
 * The form font (DejaVu Sans, resources/fonts, licence beside it): read from disk once and parsed
 * by fontkit once per process. pdf-lib would parse the TTF again for every document (tens of
 * milliseconds each); the parsed font is immutable apart from its glyph cache, so every document
 * shares it and only its subset is new.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { resourcesDir } from './resources-dir.js';
import { registerAdvances } from './measure.js';

export type Fonts = { regular: PDFFont; bold: PDFFont };

type FontFile = 'DejaVuSans.ttf' | 'DejaVuSans-Bold.ttf';
type ParsedFont = ReturnType<typeof fontkit.create>;

const bytes = new Map<FontFile, Uint8Array>();
const parsed = new WeakMap<Uint8Array, ParsedFont>();

function fontBytes(file: FontFile): Uint8Array {
  let b = bytes.get(file);
  if (!b) {
    b = new Uint8Array(readFileSync(path.join(resourcesDir(), 'fonts', file)));
    bytes.set(file, b);
  }
  return b;
}

/**
 * The parsed font with an unshaped `layout`: one glyph per code point from the cmap. pdf-lib calls
 * layout for every string it draws, and fontkit's OpenType shaping cost more than the rest of the
 * document together; the forms' Latin text (with precomposed diacritics, see text.ts) needs none.
 * Everything else is the parsed font itself (prototype chain), so parsing happens once.
 */
function unshaped(font: ParsedFont): ParsedFont {
  const fast = Object.create(font) as ParsedFont;
  // Glyph objects by code point: fontkit looks each one up through its cmap again every time.
  const glyphs = new Map<number, ReturnType<ParsedFont['glyphForCodePoint']>>();
  const glyph = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) glyphs.set(cp, (g = fast.glyphForCodePoint(cp)));
    return g;
  };
  fast.layout = ((text: string) => ({ glyphs: Array.from(text, (ch) => glyph(ch.codePointAt(0) ?? 0)) })) as unknown as ParsedFont['layout'];
  return fast;
}

/** fontkit as pdf-lib calls it, answering a buffer it has seen with the font parsed before. */
const cachingFontkit = {
  create(buffer: Uint8Array, postscriptName?: string): ParsedFont {
    const hit = parsed.get(buffer);
    if (hit) return hit;
    const font = unshaped(fontkit.create(buffer, postscriptName));
    parsed.set(buffer, font);
    return font;
  },
};

/**
 * Embeds both weights as subsets (only the glyphs used travel in the file) under fixed names, so
 * the same document gives the same bytes (pdf-lib would otherwise add a random suffix).
 *
 * @example
 * const fonts = await embedFonts(doc);
 * page.drawText('Dr. Hj. Siti Aminah, S.Pd.', { font: fonts.bold, size: 10 });
 */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(cachingFontkit);
  const embed = async (file: FontFile, customName: string): Promise<PDFFont> => {
    const b = fontBytes(file);
    const font = await doc.embedFont(b, { subset: true, customName });
    const f = cachingFontkit.create(b);
    registerAdvances(font, f.unitsPerEm, (cp) => f.glyphForCodePoint(cp).advanceWidth);
    return font;
  };
  // Subset names carry a six-letter tag (PDF 32000 9.6.4); fixed here, not random, for equal bytes.
  return { regular: await embed('DejaVuSans.ttf', 'MKJASA+DejaVuSans'), bold: await embed('DejaVuSans-Bold.ttf', 'MKJASB+DejaVuSans-Bold') };
}
