/**
 * The unit's readiness board: per jabatan, how far its holders' SKP are, and which atasan block
 * how many subordinates because their own plan is missing or not yet approved. Worst first.
 */
import { atasanChain, type JabatanNode } from '../jabatan.js';
import { latestVersion, versionChains, versionInForce } from './versions.js';
import type { Skp, SkpStatus } from './types.js';

export const READINESS_STATUSES = ['belum_ada', 'dikembalikan', 'draft', 'diajukan', 'disetujui'] as const;
/** SKP status for the board; `belum_ada` = no SKP for the period. Listed worst first. */
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];
export const READINESS_LABEL = {
  belum_ada: 'Belum ada',
  dikembalikan: 'Dikembalikan',
  draft: 'Draf',
  diajukan: 'Diajukan',
  disetujui: 'Disetujui',
} as const satisfies Record<ReadinessStatus, string>;
const RANK: Readonly<Record<ReadinessStatus, number>> = { belum_ada: 0, dikembalikan: 1, draft: 2, diajukan: 3, disetujui: 4 };

export type ReadinessSkp = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'>;

export type PegawaiReadiness = {
  pegawaiId: string;
  jabatanId: string;
  /** 'disetujui' while a version is in force, even when a perubahan is under way (see `perubahan`). */
  status: ReadinessStatus;
  /** The SKP the status is about (the version in force, else the newest); null when none. */
  skpId: string | null;
  /** Status of a newer version being worked on after approval (perubahan SKP); null when none. */
  perubahan: SkpStatus | null;
};

export type JabatanReadiness = {
  jabatanId: string;
  holderCount: number;
  counts: Record<ReadinessStatus, number>;
  /** Worst holder status; 'belum_ada' for a vacant jabatan. */
  status: ReadinessStatus;
  vacant: boolean;
  /** Holders of direct subordinate jabatan whose SKP is not approved while this plan is not in force. */
  blocksDirect: number;
  /** Same, over the subtree below down to the first plan in force (a missing plan holds up every level under it until then). */
  blocksTotal: number;
};

export type Bottleneck = { jabatanId: string; reason: 'kosong' | 'belum_disetujui'; blocksDirect: number; blocksTotal: number };

export type Readiness = {
  jabatan: JabatanReadiness[];
  pegawai: PegawaiReadiness[];
  bottlenecks: Bottleneck[];
  totals: Record<ReadinessStatus, number>;
};

/** Ordinal order of ids (ASCII): as localeCompare on UUIDs, without its cost on thousands of rows. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyCounts(): Record<ReadinessStatus, number> {
  return { belum_ada: 0, dikembalikan: 0, draft: 0, diajukan: 0, disetujui: 0 };
}

function pegawaiStatus(pegawaiId: string, jabatanId: string, skps: readonly ReadinessSkp[]): PegawaiReadiness {
  // Fast path for the common case (one SKP, no perubahan): the same answer without building chains.
  const only = skps.length === 1 ? skps[0] : undefined;
  if (only) return { pegawaiId, jabatanId, status: only.status, skpId: only.id, perubahan: null };
  let best: PegawaiReadiness = { pegawaiId, jabatanId, status: 'belum_ada', skpId: null, perubahan: null };
  for (const chain of versionChains(skps).values()) {
    const latest = latestVersion(chain);
    if (!latest) continue;
    const inForce = versionInForce(chain);
    const row: PegawaiReadiness = inForce
      ? { pegawaiId, jabatanId, status: 'disetujui', skpId: inForce.id, perubahan: latest === inForce ? null : latest.status }
      : { pegawaiId, jabatanId, status: latest.status, skpId: latest.id, perubahan: null };
    // Several chains in one period (should not happen, see clashingSkp): report the most advanced.
    if (RANK[row.status] > RANK[best.status] || best.skpId === null) best = row;
  }
  return best;
}

/**
 * Computes the board for one period. Pass the unit's jabatan, its active pegawai (with their
 * jabatan) and the SKP of that period (all versions). O(n · depth of the tree).
 *
 * @example
 * const r = computeReadiness({ jabatan, pegawai, skp });
 * r.bottlenecks[0]; // { jabatanId: 'kabid', reason: 'belum_disetujui', blocksDirect: 4, blocksTotal: 19 }
 */
export function computeReadiness(input: {
  jabatan: readonly JabatanNode[];
  pegawai: readonly { id: string; jabatanId: string | null }[];
  skp: readonly ReadinessSkp[];
}): Readiness {
  const byId = new Map(input.jabatan.map((j) => [j.id, j]));
  const skpByHolder = new Map<string, ReadinessSkp[]>();
  for (const s of input.skp) {
    const k = `${s.pegawaiId}|${s.jabatanId}`;
    const list = skpByHolder.get(k);
    if (list) list.push(s);
    else skpByHolder.set(k, [s]);
  }
  const pegawai: PegawaiReadiness[] = [];
  const holders = new Map<string, PegawaiReadiness[]>();
  for (const p of input.pegawai) {
    if (p.jabatanId === null || !byId.has(p.jabatanId)) continue;
    const row = pegawaiStatus(p.id, p.jabatanId, skpByHolder.get(`${p.id}|${p.jabatanId}`) ?? []);
    pegawai.push(row);
    const list = holders.get(p.jabatanId);
    if (list) list.push(row);
    else holders.set(p.jabatanId, [row]);
  }
  const inForce = (jabatanId: string) => (holders.get(jabatanId) ?? []).some((h) => h.status === 'disetujui');
  const blocksDirect = new Map<string, number>();
  const blocksTotal = new Map<string, number>();
  for (const [jabatanId, list] of holders) {
    const waiting = list.filter((h) => h.status !== 'disetujui').length;
    if (waiting === 0) continue;
    // Up the chain until a plan in force: an approved atasan in between already gives these
    // holders (and their own atasan) something to cascade from, so nobody above holds them up.
    for (const [depth, atasanId] of atasanChain(jabatanId, byId).ids.entries()) {
      if (inForce(atasanId)) break;
      if (depth === 0) blocksDirect.set(atasanId, (blocksDirect.get(atasanId) ?? 0) + waiting);
      blocksTotal.set(atasanId, (blocksTotal.get(atasanId) ?? 0) + waiting);
    }
  }

  const jabatan: JabatanReadiness[] = input.jabatan.map((j) => {
    const list = holders.get(j.id) ?? [];
    const counts = emptyCounts();
    for (const h of list) counts[h.status] += 1;
    const status = list.reduce<ReadinessStatus>((w, h) => (RANK[h.status] < RANK[w] ? h.status : w), list.length === 0 ? 'belum_ada' : 'disetujui');
    return {
      jabatanId: j.id,
      holderCount: list.length,
      counts,
      status,
      vacant: list.length === 0,
      blocksDirect: blocksDirect.get(j.id) ?? 0,
      blocksTotal: blocksTotal.get(j.id) ?? 0,
    };
  });
  jabatan.sort((a, b) => RANK[a.status] - RANK[b.status] || b.blocksTotal - a.blocksTotal || ordinal(a.jabatanId, b.jabatanId));
  const bottlenecks: Bottleneck[] = jabatan
    .filter((j) => j.blocksTotal > 0)
    .map((j) => ({ jabatanId: j.jabatanId, reason: j.vacant ? ('kosong' as const) : ('belum_disetujui' as const), blocksDirect: j.blocksDirect, blocksTotal: j.blocksTotal }))
    .sort((a, b) => b.blocksTotal - a.blocksTotal || b.blocksDirect - a.blocksDirect || ordinal(a.jabatanId, b.jabatanId));
  const totals = emptyCounts();
  for (const p of pegawai) totals[p.status] += 1;
  return { jabatan, pegawai, bottlenecks, totals };
}
