/**
 * Field rules for one RHK and its indikator, and the checks an SKP must pass before submission.
 * Shared by the form, the core service and the server so all three say the same words.
 */
import { penilaiOf, type JabatanNode } from '../jabatan.js';
import { SKP_MSG } from './messages.js';
import { SKP_RULES } from './rules.js';
import { ASPEK_IKI_LABEL, type AspekIki, type Indikator, type Pendekatan, type Rhk } from './types.js';

export type RhkProblem = { field: string; message: string };

/**
 * The head of the unit is where cascading starts: their jabatan has no atasan inside the unit's
 * jabatan map (pass only the unit's own jabatan, not the read-only chain above it). Their RHK name
 * the Perjanjian Kinerja instead of an atasan RHK.
 *
 * @example
 * isPuncakCascading('kadis', byId); // true: kadis has no atasan in the unit
 */
export function isPuncakCascading(jabatanId: string, byId: ReadonlyMap<string, JabatanNode>): boolean {
  return penilaiOf(jabatanId, byId).penilaiId === null;
}

/**
 * "Menunggu RHK atasan": an UTAMA RHK of a non-head pegawai with no atasan RHK linked yet. It may be
 * saved (the pegawai need not wait for the atasan) but blocks submission.
 *
 * @example
 * menungguRhkAtasan({ jenis: 'utama', intervensiRhkId: null }, false); // true
 */
export function menungguRhkAtasan(rhk: Pick<Rhk, 'jenis' | 'intervensiRhkId'>, isPuncak: boolean): boolean {
  return !isPuncak && rhk.jenis === 'utama' && rhk.intervensiRhkId === null;
}

/**
 * Problems in one RHK's own fields (not its link target, see cascading.ts). Empty means valid.
 *
 * @example
 * checkRhk({ ...rhk, indikator: [] }, 'kuantitatif', false); // [{ field: 'indikator', message: 'Setiap RHK ...' }]
 */
export function checkRhk(rhk: Rhk, pendekatan: Pendekatan, isPuncak: boolean): RhkProblem[] {
  const out: RhkProblem[] = [];
  if (rhk.teks.trim() === '') out.push({ field: 'teks', message: SKP_MSG.teksKosong });
  if ((rhk.intervensiRhkId === null) !== (rhk.jenisIntervensi === null)) {
    out.push({
      field: 'jenisIntervensi',
      message: rhk.intervensiRhkId === null ? SKP_MSG.jenisIntervensiTanpaTautan : SKP_MSG.jenisIntervensiWajib,
    });
  }
  if (isPuncak && rhk.intervensiRhkId !== null) out.push({ field: 'intervensiRhkId', message: SKP_MSG.puncakTanpaAtasan });
  if (!isPuncak && rhk.intervensiPerjanjianKinerja !== null) {
    out.push({ field: 'intervensiPerjanjianKinerja', message: SKP_MSG.perjanjianHanyaPuncak });
  }
  if (rhk.indikator.length === 0) out.push({ field: 'indikator', message: SKP_MSG.indikatorKosong });
  rhk.indikator.forEach((iki, i) => {
    const at = `indikator.${i}`;
    if (iki.teks.trim() === '') out.push({ field: `${at}.teks`, message: SKP_MSG.indikatorTeksKosong });
    const t = iki.target;
    if (t.kind !== pendekatan) out.push({ field: `${at}.target`, message: SKP_MSG.targetTidakSesuai(pendekatan) });
    else if (t.kind === 'kuantitatif') {
      if (!Number.isFinite(t.nilai) || t.nilai < 0) out.push({ field: `${at}.target.nilai`, message: SKP_MSG.targetAngka });
      if (t.satuan.trim() === '') out.push({ field: `${at}.target.satuan`, message: SKP_MSG.satuanKosong });
    } else if (t.teks.trim() === '') out.push({ field: `${at}.target.teks`, message: SKP_MSG.targetUraianKosong });
  });
  return out;
}

/**
 * Non-blocking hints about one RHK (never a reason to refuse a save or a submission): an aspek with
 * more than one IKI (one per aspek is usual practice, not a rule; SKP_RULES.warnAspekGanda).
 *
 * @example
 * rhkWarnings({ indikator: [{ aspek: 'kuantitas' }, { aspek: 'kuantitas' }] }); // ['Aspek Kuantitas muncul lebih dari sekali ...']
 */
export function rhkWarnings(rhk: { indikator: readonly Pick<Indikator, 'aspek'>[] }): string[] {
  if (!SKP_RULES.warnAspekGanda) return [];
  const seen = new Set<AspekIki>();
  const twice = new Set<AspekIki>();
  for (const iki of rhk.indikator) {
    if (seen.has(iki.aspek)) twice.add(iki.aspek);
    seen.add(iki.aspek);
  }
  return [...twice].map((a) => SKP_MSG.aspekGanda(ASPEK_IKI_LABEL[a]));
}

/**
 * Why an SKP cannot be submitted yet (empty: it can). Checks every RHK's fields, at least one UTAMA
 * RHK, and that no UTAMA RHK still waits for its atasan RHK (or, for the head of the unit, lacks its
 * Perjanjian Kinerja).
 *
 * @example
 * submitProblems(skp.pendekatan, [], false); // ['SKP belum memiliki RHK utama.']
 */
export function submitProblems(pendekatan: Pendekatan, rhk: readonly Rhk[], isPuncak: boolean): string[] {
  const out: string[] = [];
  if (!rhk.some((r) => r.jenis === 'utama')) out.push(SKP_MSG.belumAdaRhkUtama);
  const invalid = rhk.filter((r) => checkRhk(r, pendekatan, isPuncak).length > 0).length;
  if (invalid > 0) out.push(SKP_MSG.rhkTidakValid(invalid));
  if (SKP_RULES.submitNeedsAllUtamaLinked) {
    if (isPuncak) {
      const n = rhk.filter((r) => r.jenis === 'utama' && (r.intervensiPerjanjianKinerja ?? '').trim() === '').length;
      if (n > 0) out.push(SKP_MSG.rhkTanpaPerjanjian(n));
    } else {
      const n = rhk.filter((r) => menungguRhkAtasan(r, false)).length;
      if (n > 0) out.push(SKP_MSG.rhkMenunggu(n));
    }
  }
  return out;
}
