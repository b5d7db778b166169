/**
 * Names with gelar (titles). Stored as three parts — gelar depan, nama, gelar belakang — and
 * printed joined: "Dr. Hj. Siti Aminah, S.Pd., M.Si.".
 */

export type NamaParts = { gelarDepan: string; nama: string; gelarBelakang: string };

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Splits a gelar belakang list on commas, trimming and dropping empty items. */
function belakangItems(s: string | null | undefined): string[] {
  return squash(s)
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/**
 * Joins the three parts for printing: gelar depan + space + nama, then ", " + gelar belakang
 * items separated by ", ". Empty parts are skipped and whitespace is normalised.
 *
 * @example
 * formatNamaLengkap({ gelarDepan: 'Dr.  Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd.,M.Si.' });
 * // 'Dr. Hj. Siti Aminah, S.Pd., M.Si.'
 */
export function formatNamaLengkap(parts: {
  gelarDepan?: string | null;
  nama: string;
  gelarBelakang?: string | null;
}): string {
  const head = [squash(parts.gelarDepan), squash(parts.nama)].filter((x) => x !== '').join(' ');
  const tail = belakangItems(parts.gelarBelakang);
  if (tail.length === 0) return head;
  return head === '' ? tail.join(', ') : `${head}, ${tail.join(', ')}`;
}

/**
 * Gelar depan recognised by {@link splitNamaLengkap}, lower-cased without the dot. Academic
 * (Prof., Dr., Drs., Dra., Ir.), professional (dr., drg., drh., Ns., apt.) and religious (H., Hj.,
 * K.H.) titles. Extend here when a real roster shows another one.
 */
export const GELAR_DEPAN_DIKENAL: ReadonlySet<string> = new Set([
  'prof',
  'dr',
  'drg',
  'drh',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'kh',
  'k.h',
  'ns',
  'apt',
]);

function isGelarDepan(token: string): boolean {
  if (!token.endsWith('.')) return false;
  return GELAR_DEPAN_DIKENAL.has(token.slice(0, -1).toLowerCase());
}

/**
 * Best-effort inverse of {@link formatNamaLengkap}. A heuristic, not a parser — show the result
 * for confirmation when importing:
 * - leading tokens that end in "." and are known gelar depan ({@link GELAR_DEPAN_DIKENAL}) are gelar
 *   depan, but at least one token is always left as the name;
 * - everything after the first comma is gelar belakang (comma-separated items);
 * - a gelar belakang written without a comma ("Budi S.Kom") stays in the name.
 *
 * @example
 * splitNamaLengkap('Dr. Hj. Siti Aminah, S.Pd., M.Si.');
 * // { gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd., M.Si.' }
 */
export function splitNamaLengkap(full: string): NamaParts {
  const text = squash(full);
  const comma = text.indexOf(',');
  const head = comma < 0 ? text : text.slice(0, comma).trim();
  const gelarBelakang = comma < 0 ? '' : belakangItems(text.slice(comma + 1)).join(', ');

  const tokens = head === '' ? [] : head.split(' ');
  let i = 0;
  while (i < tokens.length - 1 && isGelarDepan(tokens[i] ?? '')) i += 1;
  return {
    gelarDepan: tokens.slice(0, i).join(' '),
    nama: tokens.slice(i).join(' '),
    gelarBelakang,
  };
}
