/**
 * Jabatan kinds and pure helpers over the jabatan tree (each jabatan points to its atasan jabatan).
 * The tree decides who rates whom: the direct atasan is the pejabat penilai kinerja, the atasan's
 * atasan is the atasan pejabat penilai. Per-pegawai overrides (Plt./Plh.) live elsewhere.
 */

export const JENIS_JABATAN = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional',
] as const;

export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** Indonesian labels for the UI and printed documents. */
export const JENIS_JABATAN_LABEL = {
  jpt_utama: 'JPT Utama',
  jpt_madya: 'JPT Madya',
  jpt_pratama: 'JPT Pratama',
  administrator: 'Administrator',
  pengawas: 'Pengawas',
  pelaksana: 'Pelaksana',
  fungsional: 'Fungsional',
} as const satisfies Record<JenisJabatan, string>;

/** True for the three JPT kinds, which use the JPT form of the SKP. */
export function isJpt(jenis: JenisJabatan): boolean {
  return jenis === 'jpt_utama' || jenis === 'jpt_madya' || jenis === 'jpt_pratama';
}

function key(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
}

/**
 * Extra spellings seen in spreadsheets. "Fungsional umum" (JFU) is the pre-2019 name of pelaksana.
 * "Struktural" or a bare "JPT" are ambiguous and deliberately not mapped.
 */
const ALIASES: Readonly<Record<string, JenisJabatan>> = {
  'pimpinan tinggi utama': 'jpt_utama',
  'pimpinan tinggi madya': 'jpt_madya',
  'pimpinan tinggi pratama': 'jpt_pratama',
  'fungsional tertentu': 'fungsional',
  'fungsional umum': 'pelaksana',
  jfu: 'pelaksana',
  jft: 'fungsional',
};

const BY_KEY: ReadonlyMap<string, JenisJabatan> = new Map<string, JenisJabatan>([
  ...JENIS_JABATAN.map((j): [string, JenisJabatan] => [key(j), j]),
  ...JENIS_JABATAN.map((j): [string, JenisJabatan] => [key(JENIS_JABATAN_LABEL[j]), j]),
  ...Object.entries(ALIASES).map(([k, j]): [string, JenisJabatan] => [key(k), j]),
]);

/**
 * Reads a jenis jabatan from a code or label, ignoring case, extra spaces, `_`/`-` and a leading
 * "Jabatan " (spreadsheet import).
 *
 * @example
 * parseJenisJabatan('  jpt   PRATAMA '); // 'jpt_pratama'
 * parseJenisJabatan('Jabatan Fungsional'); // 'fungsional'
 * parseJenisJabatan('struktural'); // null
 */
export function parseJenisJabatan(label: string): JenisJabatan | null {
  const k = key(label);
  return BY_KEY.get(k) ?? BY_KEY.get(k.replace(/^jabatan /, '')) ?? null;
}

/** The minimal shape the tree helpers need. */
export type JabatanNode = { id: string; atasanJabatanId: string | null };

export type AtasanChain = {
  /** From the direct atasan upward, without repeats. */
  ids: string[];
  /** True when the walk met a jabatan already visited (the data holds a cycle). */
  cycle: boolean;
  /** An id referenced as atasan (or the start id) that is not in the map; null when none. */
  missingId: string | null;
};

/**
 * Walks the atasan chain upward. Stops at the top, at a dangling reference, or on a cycle —
 * never loops forever, whatever the data.
 *
 * @example
 * const byId = new Map([['a', { id: 'a', atasanJabatanId: null }], ['b', { id: 'b', atasanJabatanId: 'a' }]]);
 * atasanChain('b', byId); // { ids: ['a'], cycle: false, missingId: null }
 */
export function atasanChain(jabatanId: string, byId: ReadonlyMap<string, JabatanNode>): AtasanChain {
  const start = byId.get(jabatanId);
  if (!start) return { ids: [], cycle: false, missingId: jabatanId };
  const seen = new Set<string>([jabatanId]);
  const ids: string[] = [];
  let next = start.atasanJabatanId;
  while (next !== null) {
    if (seen.has(next)) return { ids, cycle: true, missingId: null };
    const node = byId.get(next);
    if (!node) return { ids, cycle: false, missingId: next };
    seen.add(next);
    ids.push(next);
    next = node.atasanJabatanId;
  }
  return { ids, cycle: false, missingId: null };
}

/**
 * Pejabat penilai (direct atasan) and atasan pejabat penilai from the tree; null where the chain
 * ends. Per-pegawai overrides are applied by the caller.
 *
 * @example
 * penilaiOf('staf', byId); // { penilaiId: 'kasi', atasanPenilaiId: 'kabid' }
 */
export function penilaiOf(
  jabatanId: string,
  byId: ReadonlyMap<string, JabatanNode>,
): { penilaiId: string | null; atasanPenilaiId: string | null } {
  const { ids } = atasanChain(jabatanId, byId);
  return { penilaiId: ids[0] ?? null, atasanPenilaiId: ids[1] ?? null };
}

/**
 * Finds one cycle in the whole tree, returned as the ids on it in atasan order (each id's atasan
 * is the next one, the last one's atasan is the first), or null when the tree is acyclic.
 * Dangling atasan references are ignored here. O(n).
 *
 * @example
 * findCycle(new Map([['a', { id: 'a', atasanJabatanId: 'b' }], ['b', { id: 'b', atasanJabatanId: 'a' }]])); // ['a', 'b']
 */
export function findCycle(byId: ReadonlyMap<string, JabatanNode>): string[] | null {
  const done = new Set<string>();
  for (const startId of byId.keys()) {
    if (done.has(startId)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let cur: string | null = startId;
    while (cur !== null && !done.has(cur)) {
      const at = onPath.get(cur);
      if (at !== undefined) return path.slice(at);
      const node = byId.get(cur);
      if (!node) break;
      onPath.set(cur, path.length);
      path.push(cur);
      cur = node.atasanJabatanId;
    }
    for (const id of path) done.add(id);
  }
  return null;
}

/**
 * True when making `newAtasanId` the atasan of `jabatanId` would close a cycle (including a jabatan
 * being its own atasan). Use it to refuse the assignment. A pre-existing cycle above `newAtasanId`
 * that does not pass through `jabatanId` is not this assignment's fault and yields false.
 *
 * @example
 * wouldCreateCycle('kabid', 'staf', byId); // true: staf is below kabid
 * wouldCreateCycle('staf', 'kabid', byId); // false
 */
export function wouldCreateCycle(
  jabatanId: string,
  newAtasanId: string | null,
  byId: ReadonlyMap<string, JabatanNode>,
): boolean {
  if (newAtasanId === null) return false;
  if (newAtasanId === jabatanId) return true;
  const { ids } = atasanChain(newAtasanId, byId);
  return ids.includes(jabatanId);
}
