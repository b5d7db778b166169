/**
 * Cascading (intervensi): which atasan RHK a pegawai may pick, whether a link is valid, and what
 * deleting an RHK that others intervene requires. The national app makes staff wait until the
 * atasan has RHK; here they draft at once ("menunggu RHK atasan", see rhk-rules.ts) and link later.
 */
import { SKP_MSG } from './messages.js';
import { refuse, type SkpRefusal } from './outcome.js';
import { overlapDays } from './periode.js';
import { latestVersion, versionChains } from './versions.js';
import type { Periode, Rhk, Skp } from './types.js';

type Candidate = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'>;

/**
 * The atasan SKP whose RHK a pegawai picks from: the pejabat penilai's SKP (the plan follows the
 * jabatan, so matched on the penilai's jabatan; under a Plt./Plh. with no SKP on that jabatan, on the
 * acting pegawai) that overlaps the pegawai's period most, newest version of its chain.
 * [unconfirmed] When the atasan changed jabatan mid-year two atasan SKP overlap one subordinate
 * year; we offer the one covering most of it (then the later one) rather than both.
 *
 * @example
 * pickAtasanSkp(skp.periode, { jabatanId: 'kabid', pegawaiIds: ['p-kabid'] }, allSkp); // the kabid's SKP or null
 */
export function pickAtasanSkp<S extends Candidate>(
  periode: Pick<Periode, 'mulai' | 'selesai'>,
  penilai: { jabatanId: string | null; pegawaiIds: readonly string[] },
  candidates: readonly S[],
): S | null {
  const overlapping = candidates.filter((s) => overlapDays(s.periode, periode) > 0);
  let mine = overlapping.filter((s) => penilai.jabatanId !== null && s.jabatanId === penilai.jabatanId);
  if (mine.length === 0) mine = overlapping.filter((s) => penilai.pegawaiIds.includes(s.pegawaiId));
  const latest = [...versionChains(mine).values()].map((c) => latestVersion(c)).filter((s): s is S => s !== null);
  latest.sort(
    (a, b) =>
      overlapDays(b.periode, periode) - overlapDays(a.periode, periode) ||
      b.periode.mulai.localeCompare(a.periode.mulai) ||
      a.id.localeCompare(b.id),
  );
  return latest[0] ?? null;
}

/** Lower-case, no diacritics, single spaces: the form queries and RHK texts are compared in. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The picker's list: the atasan SKP's RHK whose text holds every word of the query (any order,
 * ignoring case and diacritics), UTAMA first, in form order.
 *
 * @example
 * filterAtasanRhk(atasanRhk, 'laporan keu'); // RHK containing "laporan" and "keu"
 */
export function filterAtasanRhk<R extends Pick<Rhk, 'teks' | 'jenis' | 'urutan'>>(rhk: readonly R[], query: string): R[] {
  const words = foldText(query).split(' ').filter((w) => w !== '');
  const hits = words.length === 0 ? [...rhk] : rhk.filter((r) => {
    const t = foldText(r.teks);
    return words.every((w) => t.includes(w));
  });
  return hits.sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1));
}

/**
 * Checks a NEW intervensi link (run it when the link changes; an unchanged link to an older
 * version of the atasan SKP stays valid, see relinkAfterPerubahan).
 *
 * @example
 * checkIntervensiLink({ skpId: 'mine' }, atasanRhk, { isPuncak: false, atasanSkpId: atasanRhk.skpId }); // null: fine
 */
export function checkIntervensiLink(
  rhk: Pick<Rhk, 'skpId'>,
  target: Pick<Rhk, 'id' | 'skpId'> | null,
  ctx: { isPuncak: boolean; atasanSkpId: string | null },
): SkpRefusal | null {
  if (ctx.isPuncak) return refuse('VALIDATION', SKP_MSG.puncakTanpaAtasan);
  if (target === null) return refuse('VALIDATION', SKP_MSG.rhkAtasanTidakDitemukan);
  if (target.skpId === rhk.skpId) return refuse('VALIDATION', SKP_MSG.rhkSendiri);
  if (ctx.atasanSkpId === null) return refuse('VALIDATION', SKP_MSG.atasanBelumAdaSkp);
  if (target.skpId !== ctx.atasanSkpId) return refuse('VALIDATION', SKP_MSG.rhkAtasanBukanMilikPenilai);
  return null;
}

/** The subordinate RHK that intervene `rhkId`. */
export function dependantsOf<R extends Pick<Rhk, 'id' | 'intervensiRhkId'>>(rhkId: string, all: readonly R[]): R[] {
  return all.filter((r) => r.intervensiRhkId === rhkId && r.id !== rhkId);
}

/**
 * Deleting an RHK that others intervene: refused, naming how many, unless the caller moves their
 * links to another RHK of the same SKP (`pindahKe`) in the same transaction. No dangling links.
 *
 * @example
 * planRhkDelete(rhk, dependants, null); // { ok: false, message: 'RHK ini diintervensi oleh 3 RHK bawahan. ...' }
 * planRhkDelete(rhk, dependants, other); // { ok: true, relinks: [{ rhkId, intervensiRhkId: other.id }, ...] }
 */
export function planRhkDelete(
  rhk: Pick<Rhk, 'id' | 'skpId'>,
  dependants: readonly Pick<Rhk, 'id' | 'intervensiRhkId'>[],
  pindahKe: Pick<Rhk, 'id' | 'skpId'> | null,
): { ok: true; relinks: { rhkId: string; intervensiRhkId: string }[] } | SkpRefusal {
  const deps = dependants.filter((d) => d.intervensiRhkId === rhk.id);
  if (deps.length === 0) return { ok: true, relinks: [] };
  if (pindahKe === null) return refuse('CONFLICT', SKP_MSG.diintervensi(deps.length));
  if (pindahKe.id === rhk.id) return refuse('VALIDATION', SKP_MSG.pindahKeDiriSendiri);
  if (pindahKe.skpId !== rhk.skpId) return refuse('VALIDATION', SKP_MSG.pindahKeSkpLain);
  return { ok: true, relinks: deps.map((d) => ({ rhkId: d.id, intervensiRhkId: pindahKe.id })) };
}
