/**
 * A small CSV reader for fingerprint-machine exports: comma, semicolon (what Excel writes with an
 * Indonesian locale) or tab, guessed from the first line; double quotes with "" inside; a UTF-8
 * BOM and CRLF line ends tolerated. Rows keep their line numbers as a spreadsheet program would
 * show them, so errors can name the row a person sees.
 */

export type CsvRow = { row: number; cells: string[] };

function delimiterOf(firstLine: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/**
 * @example
 * parseCsv('NIP;Tanggal\n"1985…";05/01/2026\n'); // [{ row: 1, cells: ['NIP', 'Tanggal'] }, { row: 2, cells: ['1985…', '05/01/2026'] }]
 */
export function parseCsv(text: string): CsvRow[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const nl = src.indexOf('\n');
  const d = delimiterOf(nl >= 0 ? src.slice(0, nl) : src);
  const out: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) out.push({ row: rowStart, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === d) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      endRow();
      line += 1;
      rowStart = line;
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return out;
}
