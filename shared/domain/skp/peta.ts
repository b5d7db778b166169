/**
 * Peta cascading: the jabatan tree from the head of the unit down, each holder's current SKP with
 * its RHK, how many subordinate RHK intervene each RHK, and which atasan RHK nobody below
 * intervenes (a result with no one working on it). A view over the intervention links; the
 * "matriks peran dan hasil" is another view over the same links (DOMAIN.md).
 */
import type { JabatanNode } from '../jabatan.js';
import { menungguRhkAtasan } from './rhk-rules.js';
import { latestVersion, versionChains } from './versions.js';
import type { JenisRhk, Rhk, Skp, SkpStatus } from './types.js';

export type PetaRhk = {
  rhkId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  intervensiRhkId: string | null;
  menungguRhkAtasan: boolean;
  /** Subordinate RHK (anywhere in the map) that intervene this one. */
  diintervensiOleh: number;
  /** An UTAMA RHK of a jabatan with subordinate holders that none of them intervenes. */
  tanpaIntervensiBawahan: boolean;
};

export type PetaHolder = { pegawaiId: string; skpId: string | null; status: SkpStatus | null; rhk: PetaRhk[] };

export type PetaNode = { jabatanId: string; holders: PetaHolder[]; children: PetaNode[] };

export type Peta = {
  roots: PetaNode[];
  /** Count of RHK flagged `tanpaIntervensiBawahan`. */
  tanpaIntervensi: number;
  /** Count of RHK flagged `menungguRhkAtasan`. */
  menunggu: number;
};

type PetaSkp = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'>;

/**
 * Builds the map for one period. `jabatan` is the unit's jabatan in display order (children keep
 * it); roots are those with no atasan in the list, or only `rootJabatanId` when given. Each holder
 * shows the newest version of their SKP. Safe on cyclic data (a jabatan appears once).
 *
 * @example
 * const peta = buildPeta({ jabatan, pegawai, skp, rhk });
 * peta.roots[0].holders[0].rhk[0].tanpaIntervensiBawahan; // true when no staff RHK cascades from it
 */
export function buildPeta(input: {
  jabatan: readonly JabatanNode[];
  pegawai: readonly { id: string; jabatanId: string | null }[];
  skp: readonly PetaSkp[];
  rhk: readonly Pick<Rhk, 'id' | 'skpId' | 'jenis' | 'urutan' | 'teks' | 'intervensiRhkId'>[];
  rootJabatanId?: string;
}): Peta {
  const ids = new Set(input.jabatan.map((j) => j.id));
  const children = new Map<string, string[]>();
  for (const j of input.jabatan) {
    if (j.atasanJabatanId !== null && ids.has(j.atasanJabatanId)) {
      const list = children.get(j.atasanJabatanId);
      if (list) list.push(j.id);
      else children.set(j.atasanJabatanId, [j.id]);
    }
  }
  const holdersOf = new Map<string, string[]>();
  for (const p of input.pegawai) {
    if (p.jabatanId === null || !ids.has(p.jabatanId)) continue;
    const list = holdersOf.get(p.jabatanId);
    if (list) list.push(p.id);
    else holdersOf.set(p.jabatanId, [p.id]);
  }
  const currentSkp = new Map<string, PetaSkp>();
  for (const chain of versionChains(input.skp).values()) {
    const s = latestVersion(chain);
    if (!s) continue;
    const k = `${s.pegawaiId}|${s.jabatanId}`;
    const prev = currentSkp.get(k);
    if (!prev || s.periode.mulai > prev.periode.mulai) currentSkp.set(k, s);
  }
  const rhkBySkp = new Map<string, typeof input.rhk[number][]>();
  const dependants = new Map<string, number>();
  for (const r of input.rhk) {
    const list = rhkBySkp.get(r.skpId);
    if (list) list.push(r);
    else rhkBySkp.set(r.skpId, [r]);
    if (r.intervensiRhkId !== null) dependants.set(r.intervensiRhkId, (dependants.get(r.intervensiRhkId) ?? 0) + 1);
  }

  let tanpaIntervensi = 0;
  let menunggu = 0;
  const seen = new Set<string>();
  const atasanOf = new Map(input.jabatan.map((j) => [j.id, j.atasanJabatanId]));
  const build = (jabatanId: string): PetaNode => {
    seen.add(jabatanId);
    const atasan = atasanOf.get(jabatanId) ?? null;
    const isPuncak = atasan === null || !ids.has(atasan);
    const kids = (children.get(jabatanId) ?? []).filter((k) => !seen.has(k)).map((k) => build(k));
    const hasSubordinates = (children.get(jabatanId) ?? []).some((k) => (holdersOf.get(k) ?? []).length > 0);
    const holders = (holdersOf.get(jabatanId) ?? []).map((pegawaiId): PetaHolder => {
      const s = currentSkp.get(`${pegawaiId}|${jabatanId}`);
      if (!s) return { pegawaiId, skpId: null, status: null, rhk: [] };
      const rhk = [...(rhkBySkp.get(s.id) ?? [])]
        .sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1))
        .map((r): PetaRhk => {
          const n = dependants.get(r.id) ?? 0;
          const row: PetaRhk = {
            rhkId: r.id,
            jenis: r.jenis,
            urutan: r.urutan,
            teks: r.teks,
            intervensiRhkId: r.intervensiRhkId,
            menungguRhkAtasan: menungguRhkAtasan(r, isPuncak),
            diintervensiOleh: n,
            tanpaIntervensiBawahan: hasSubordinates && r.jenis === 'utama' && n === 0,
          };
          if (row.tanpaIntervensiBawahan) tanpaIntervensi += 1;
          if (row.menungguRhkAtasan) menunggu += 1;
          return row;
        });
      return { pegawaiId, skpId: s.id, status: s.status, rhk };
    });
    return { jabatanId, holders, children: kids };
  };
  const rootIds =
    input.rootJabatanId !== undefined
      ? ids.has(input.rootJabatanId) ? [input.rootJabatanId] : []
      : input.jabatan.filter((j) => j.atasanJabatanId === null || !ids.has(j.atasanJabatanId)).map((j) => j.id);
  const roots = rootIds.map((id) => build(id));
  return { roots, tanpaIntervensi, menunggu };
}
