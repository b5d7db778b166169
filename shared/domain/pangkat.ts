/**
 * Pangkat/golongan: the 17 PNS steps (I/a Juru Muda … IV/e Pembina Utama) and the PPPK golongan
 * I–XVII (PPPK have no pangkat name).
 */

export type PnsGolonganEntry = {
  /** e.g. 'III/a'. */
  golongan: string;
  /** e.g. 'Penata Muda'. */
  pangkat: string;
  /** 1 (I/a) .. 17 (IV/e); higher is more senior. */
  rank: number;
};

/**
 * All PNS golongan in ascending order.
 *
 * @example
 * PNS_GOLONGAN[8]; // { golongan: 'III/a', pangkat: 'Penata Muda', rank: 9 }
 */
export const PNS_GOLONGAN = [
  { golongan: 'I/a', pangkat: 'Juru Muda', rank: 1 },
  { golongan: 'I/b', pangkat: 'Juru Muda Tingkat I', rank: 2 },
  { golongan: 'I/c', pangkat: 'Juru', rank: 3 },
  { golongan: 'I/d', pangkat: 'Juru Tingkat I', rank: 4 },
  { golongan: 'II/a', pangkat: 'Pengatur Muda', rank: 5 },
  { golongan: 'II/b', pangkat: 'Pengatur Muda Tingkat I', rank: 6 },
  { golongan: 'II/c', pangkat: 'Pengatur', rank: 7 },
  { golongan: 'II/d', pangkat: 'Pengatur Tingkat I', rank: 8 },
  { golongan: 'III/a', pangkat: 'Penata Muda', rank: 9 },
  { golongan: 'III/b', pangkat: 'Penata Muda Tingkat I', rank: 10 },
  { golongan: 'III/c', pangkat: 'Penata', rank: 11 },
  { golongan: 'III/d', pangkat: 'Penata Tingkat I', rank: 12 },
  { golongan: 'IV/a', pangkat: 'Pembina', rank: 13 },
  { golongan: 'IV/b', pangkat: 'Pembina Tingkat I', rank: 14 },
  { golongan: 'IV/c', pangkat: 'Pembina Utama Muda', rank: 15 },
  { golongan: 'IV/d', pangkat: 'Pembina Utama Madya', rank: 16 },
  { golongan: 'IV/e', pangkat: 'Pembina Utama', rank: 17 },
] as const satisfies readonly PnsGolonganEntry[];

/** PPPK golongan in ascending order. */
export const PPPK_GOLONGAN = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX',
  'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

export type PnsGolongan = (typeof PNS_GOLONGAN)[number]['golongan'];
export type PppkGolongan = (typeof PPPK_GOLONGAN)[number];

const PNS_BY_GOLONGAN: ReadonlyMap<string, PnsGolonganEntry> = new Map(PNS_GOLONGAN.map((e) => [e.golongan, e]));
const PPPK_SET: ReadonlySet<string> = new Set(PPPK_GOLONGAN);

/**
 * Exact-match check (canonical spelling, e.g. 'III/a', 'IX').
 *
 * @example
 * isValidGolongan('PNS', 'III/a'); // true
 * isValidGolongan('PPPK', 'III/a'); // false
 */
export function isValidGolongan(jenis: 'PNS' | 'PPPK', g: string): boolean {
  return jenis === 'PNS' ? PNS_BY_GOLONGAN.has(g) : PPPK_SET.has(g);
}

/**
 * Reads a golongan as typed in a spreadsheet ("iii / A", " IX ") into its canonical spelling, or
 * null when it is not a golongan of that jenis.
 *
 * @example
 * parseGolongan('PNS', 'iii / A'); // 'III/a'
 * parseGolongan('PPPK', ' ix '); // 'IX'
 */
export function parseGolongan(jenis: 'PNS' | 'PPPK', raw: string): string | null {
  const compact = raw.replace(/\s+/g, '');
  const slash = compact.indexOf('/');
  const canonical =
    slash < 0 ? compact.toUpperCase() : `${compact.slice(0, slash).toUpperCase()}/${compact.slice(slash + 1).toLowerCase()}`;
  return isValidGolongan(jenis, canonical) ? canonical : null;
}

/**
 * Pangkat name of a PNS golongan, or null (also for PPPK golongan, which have no pangkat).
 *
 * @example
 * pangkatName('IV/c'); // 'Pembina Utama Muda'
 */
export function pangkatName(g: string): string | null {
  return PNS_BY_GOLONGAN.get(g)?.pangkat ?? null;
}

/**
 * Rank of a PNS golongan (1 = I/a .. 17 = IV/e) or of a PPPK golongan (1 = I .. 17 = XVII);
 * null when unknown. Compare ranks only within one jenis.
 *
 * @example
 * golonganRank('III/a'); // 9
 * golonganRank('IX'); // 9
 */
export function golonganRank(g: string): number | null {
  const pns = PNS_BY_GOLONGAN.get(g);
  if (pns) return pns.rank;
  const i = PPPK_GOLONGAN.findIndex((x) => x === g);
  return i >= 0 ? i + 1 : null;
}

/**
 * Printable "pangkat (golongan)"; a PPPK or unknown golongan is printed as "Golongan X".
 *
 * @example
 * formatPangkatGolongan('III/a'); // 'Penata Muda (III/a)'
 * formatPangkatGolongan('IX'); // 'Golongan IX'
 */
export function formatPangkatGolongan(g: string): string {
  const name = pangkatName(g);
  return name === null ? `Golongan ${g}` : `${name} (${g})`;
}
