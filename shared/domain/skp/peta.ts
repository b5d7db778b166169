/**
 * Peta cascading: the jabatan tree from the head of the unit down, each holder's current SKP with
 * its RHK, how many subordinate RHK intervene each RHK, and which atasan RHK nobody below
 * intervenes (a result with no one working on it). A view over the intervention links; the
 * "matriks peran dan hasil" is another view over the same links (DOMAIN.md).
 *
 * A 10,000-pegawai unit has tens of thousands of RHK, so the map is shown a few levels at a time
 * (`depth`); a node whose `children` are fewer than its `childCount` is opened by asking for the
 * map again with it as the root. The flags of a shown RHK only need its own jabatan, the next
 * level's holders and the count of RHK that intervene it.
 */
import type { JabatanNode } from '../jabatan.js';
import { menungguRhkAtasan } from './rhk-rules.js';
import { latestVersion, versionChains } from './versions.js';
import type { JenisRhk, Rhk, Skp, SkpStatus } from './types.js';

/** Levels below the root shown at once: the head, the kabid and their kasi/kasubag by default. */
export const PETA_DEPTH = { default: 2, max: 6 } as const;

export type PetaRhk = {
  rhkId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  intervensiRhkId: string | null;
  menungguRhkAtasan: boolean;
  /** Subordinate RHK that intervene this one. */
  diintervensiOleh: number;
  /** An UTAMA RHK of a jabatan with subordinate holders that none of them intervenes. */
  tanpaIntervensiBawahan: boolean;
};

export type PetaHolder = { pegawaiId: string; skpId: string | null; status: SkpStatus | null; rhk: PetaRhk[] };

/** `children` is empty below the requested depth while `childCount` still says how many there are. */
export type PetaNode = { jabatanId: string; holders: PetaHolder[]; childCount: number; children: PetaNode[] };

export type Peta = { roots: PetaNode[] };

/** Whole-map counts for the summary line. */
export type PetaTotals = {
  /** RHK flagged `tanpaIntervensiBawahan`. */
  tanpaIntervensi: number;
  /** RHK flagged `menungguRhkAtasan`. */
  menunggu: number;
};

type PetaSkp = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'>;
type PetaRhkInput = Pick<Rhk, 'id' | 'skpId' | 'jenis' | 'urutan' | 'teks' | 'intervensiRhkId'>;

type TreeInput = {
  /**
   * The jabatan in reach that are known (display order; children keep it): at least every shown
   * jabatan and their children. A jabatan whose atasan is not in the list is a head (puncak).
   */
  jabatan: readonly JabatanNode[];
  /** Active holders: of the shown jabatan and of their children (whether a jabatan has staff). */
  pegawai: readonly { id: string; jabatanId: string | null }[];
  /** The period's SKP of the shown jabatan, every version. */
  skp: readonly PetaSkp[];
};

/** The two flags of one RHK; the rule for both lives here (and in `menungguRhkAtasan`). */
function rhkFlags(r: Pick<Rhk, 'jenis' | 'intervensiRhkId'>, isPuncak: boolean, hasSubordinates: boolean, diintervensiOleh: number) {
  return {
    menungguRhkAtasan: menungguRhkAtasan(r, isPuncak),
    tanpaIntervensiBawahan: hasSubordinates && r.jenis === 'utama' && diintervensiOleh === 0,
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The jabatan tree, holders, each holder's current SKP and the puncak / has-staff tests. */
function treeIndex(input: TreeInput) {
  const ids = new Set(input.jabatan.map((j) => j.id));
  const atasanOf = new Map(input.jabatan.map((j) => [j.id, j.atasanJabatanId]));
  const children = new Map<string, string[]>();
  for (const j of input.jabatan) if (j.atasanJabatanId !== null && ids.has(j.atasanJabatanId)) push(children, j.atasanJabatanId, j.id);
  const holdersOf = new Map<string, string[]>();
  for (const p of input.pegawai) if (p.jabatanId !== null && ids.has(p.jabatanId)) push(holdersOf, p.jabatanId, p.id);
  const currentSkp = new Map<string, PetaSkp>();
  for (const chain of versionChains(input.skp).values()) {
    const s = latestVersion(chain);
    if (!s) continue;
    const k = `${s.pegawaiId}|${s.jabatanId}`;
    const prev = currentSkp.get(k);
    if (!prev || s.periode.mulai > prev.periode.mulai) currentSkp.set(k, s);
  }
  return {
    ids,
    children: (jabatanId: string) => children.get(jabatanId) ?? [],
    holders: (jabatanId: string) => holdersOf.get(jabatanId) ?? [],
    skpOf: (pegawaiId: string, jabatanId: string) => currentSkp.get(`${pegawaiId}|${jabatanId}`),
    isPuncak: (jabatanId: string) => {
      const atasan = atasanOf.get(jabatanId) ?? null;
      return atasan === null || !ids.has(atasan);
    },
    hasSubordinates: (jabatanId: string) => (children.get(jabatanId) ?? []).some((k) => (holdersOf.get(k) ?? []).length > 0),
  };
}

/**
 * Builds the map for one period, `depth` levels below each root (all when absent). Roots are the
 * jabatan whose atasan is not in the list, or only `rootJabatanId` when given. Each holder shows
 * the newest version of their SKP. `diintervensiOleh` counts the RHK intervening each RHK (from the
 * store); without it they are counted in `rhk`. Safe on cyclic data (a jabatan appears once).
 *
 * @example
 * const peta = buildPeta({ jabatan, pegawai, skp, rhk, depth: 2 });
 * peta.roots[0].holders[0].rhk[0].tanpaIntervensiBawahan; // true when no staff RHK cascades from it
 */
export function buildPeta(
  input: TreeInput & {
    /** RHK of the shown SKP. */
    rhk: readonly PetaRhkInput[];
    rootJabatanId?: string;
    depth?: number;
    diintervensiOleh?: ReadonlyMap<string, number>;
  },
): Peta {
  const tree = treeIndex(input);
  const rhkBySkp = new Map<string, PetaRhkInput[]>();
  const counted = new Map<string, number>();
  for (const r of input.rhk) {
    push(rhkBySkp, r.skpId, r);
    if (r.intervensiRhkId !== null) counted.set(r.intervensiRhkId, (counted.get(r.intervensiRhkId) ?? 0) + 1);
  }
  const dependants = input.diintervensiOleh ?? counted;
  const maxDepth = input.depth ?? Number.POSITIVE_INFINITY;

  const seen = new Set<string>();
  const holder = (jabatanId: string, pegawaiId: string): PetaHolder => {
    const s = tree.skpOf(pegawaiId, jabatanId);
    if (!s) return { pegawaiId, skpId: null, status: null, rhk: [] };
    const isPuncak = tree.isPuncak(jabatanId);
    const hasSubordinates = tree.hasSubordinates(jabatanId);
    const rhk = [...(rhkBySkp.get(s.id) ?? [])]
      .sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1))
      .map((r): PetaRhk => {
        const n = dependants.get(r.id) ?? 0;
        const { id: rhkId, jenis, urutan, teks, intervensiRhkId } = r;
        return { rhkId, jenis, urutan, teks, intervensiRhkId, ...rhkFlags(r, isPuncak, hasSubordinates, n), diintervensiOleh: n };
      });
    return { pegawaiId, skpId: s.id, status: s.status, rhk };
  };
  const build = (jabatanId: string, level: number): PetaNode => {
    seen.add(jabatanId);
    const kids = tree.children(jabatanId).filter((k) => !seen.has(k));
    const children = level < maxDepth ? kids.map((k) => build(k, level + 1)) : [];
    return { jabatanId, holders: tree.holders(jabatanId).map((p) => holder(jabatanId, p)), childCount: kids.length, children };
  };
  const rootIds =
    input.rootJabatanId !== undefined
      ? tree.ids.has(input.rootJabatanId) ? [input.rootJabatanId] : []
      : input.jabatan.filter((j) => tree.isPuncak(j.id)).map((j) => j.id);
  return { roots: rootIds.map((id) => build(id, 0)) };
}

/** RHK of one SKP grouped by what the flags look at (counted by the store, not loaded one by one). */
export type PetaRhkTally = { skpId: string; jenis: JenisRhk; linked: boolean; intervened: boolean; n: number };

/**
 * The summary counts of the whole map from per-SKP tallies: the same flags as `buildPeta`, for
 * every jabatan in `jabatan` (the whole reach) without materialising the RHK.
 *
 * @example
 * petaTotals({ jabatan, pegawai, skp, tallies }); // { tanpaIntervensi: 2, menunggu: 1 }
 */
export function petaTotals(input: TreeInput & { tallies: readonly PetaRhkTally[] }): PetaTotals {
  const tree = treeIndex(input);
  const current = new Map<string, string>();
  for (const j of input.jabatan) {
    for (const p of tree.holders(j.id)) {
      const s = tree.skpOf(p, j.id);
      if (s) current.set(s.id, j.id);
    }
  }
  const totals: PetaTotals = { tanpaIntervensi: 0, menunggu: 0 };
  for (const t of input.tallies) {
    const jabatanId = current.get(t.skpId);
    if (jabatanId === undefined) continue;
    // Only whether a link exists matters to the rule, not its target.
    const flags = rhkFlags({ jenis: t.jenis, intervensiRhkId: t.linked ? 'tertaut' : null }, tree.isPuncak(jabatanId), tree.hasSubordinates(jabatanId), t.intervened ? 1 : 0);
    if (flags.tanpaIntervensiBawahan) totals.tanpaIntervensi += t.n;
    if (flags.menungguRhkAtasan) totals.menunggu += t.n;
  }
  return totals;
}
