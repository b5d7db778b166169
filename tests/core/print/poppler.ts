/** Reading PDFs the way a person's viewer does: poppler's pdftotext and pdftoppm on a temp file. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function pdfFile(bytes: Uint8Array, name = 'doc.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'meja-print-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

/** Text of each page (`pdftotext -layout`), split at form feeds. */
export function pagesText(bytes: Uint8Array): string[] {
  const out = execFileSync('pdftotext', ['-layout', pdfFile(bytes), '-'], { encoding: 'utf8' });
  return out.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

export type Word = { page: number; xMin: number; yMin: number; xMax: number; yMax: number; text: string; pageW: number; pageH: number };

/** Every word with its box (`pdftotext -bbox`), in points from the page's top-left. */
export function words(bytes: Uint8Array): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', pdfFile(bytes), '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out: Word[] = [];
  let page = 0;
  let pageW = 0;
  let pageH = 0;
  for (const line of html.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) {
      page += 1;
      pageW = Number(p[1]);
      pageH = Number(p[2]);
      continue;
    }
    const m = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
    if (m) out.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] ?? '', pageW, pageH });
  }
  return out;
}

/** PNG pages at `dpi` into a fresh folder; returns their paths in page order. */
export function pagePngs(bytes: Uint8Array, dpi = 96, outDir?: string): string[] {
  const dir = outDir ?? mkdtempSync(join(tmpdir(), 'meja-png-'));
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdfFile(bytes), join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.startsWith('page') && f.endsWith('.png'))
    .sort()
    .map((f) => join(dir, f));
}
