/**
 * Evaluation tests' world: the SKP fixture's org (KADIS ── KABID ── STAF …) with kabid's SKP
 * drafted and staf's SKP approved by kabid: two UTAMA RHK, the second with a lower-is-better
 * indikator. The core's clock starts on 2025-03-03 (TRIWULAN I under the default setting).
 */
import type { ArgsOf } from '../../../shared/contract.js';
import { makeCore, unwrap, type TestCore } from '../helpers.js';
import { IKI, linkAll, makeWorld, PASSWORD, PERIODE, type Person, type World } from '../skp/fixture.js';

export type EvalWorld = World & { skpId: string; rhkIds: string[]; indikator: { laporan: string; keluhan: string } };

export const KELUHAN = { aspek: 'kualitas', teks: 'Jumlah keluhan layanan', target: { kind: 'kuantitatif', nilai: 4, satuan: 'keluhan' }, lowerIsBetter: true } as const;

/** An approved SKP of `owner` (kabid's RHK as the atasan RHK), made on world `w`. */
export async function approvedSkp(w: World, owner: Person, atasanRhkId: string): Promise<{ skpId: string; rhkIds: string[] }> {
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai[owner], periode: PERIODE, pendekatan: 'kuantitatif' }, w.token[owner]));
  const save = (teks: string, indikator: ArgsOf<'rhk/save'>['indikator']) =>
    w.t.call('rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks, intervensiPerjanjianKinerja: null, perspektif: null, indikator }, w.token[owner]);
  unwrap(await save('Menyusun laporan bulanan', [...IKI]));
  const d = unwrap(await save('Melayani pengaduan', [KELUHAN]));
  const rhkIds = d.rhk.map((r) => r.id);
  await linkAll(w, owner, rhkIds, atasanRhkId);
  unwrap(await w.t.call('skp/submit', { id: skp.skp.id }, w.token[owner]));
  unwrap(await w.t.call('skp/approve', { id: skp.skp.id, delegasi: null }, w.token.kabid));
  return { skpId: skp.skp.id, rhkIds };
}

/**
 * `longSessions`: sessions survive clock jumps of months (tests that move the clock a lot).
 * `desk`: built on a sync test's desk; kabid then picks their own password first, because the
 * server accepts an approval or a rating only when signed with the penilai's own key.
 */
export async function makeEvalWorld(opts: { longSessions?: boolean; desk?: TestCore } = {}): Promise<EvalWorld> {
  const w = await makeWorld(opts.desk ?? (opts.longSessions ? await makeCore({ idleMinutes: 10_000_000 }) : undefined));
  if (opts.desk) unwrap(await w.t.call('auth/changePassword', { oldPassword: PASSWORD, newPassword: 'kabid-sendiri-1' }, w.token.kabid));
  const kabid = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.kabid, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.kabid));
  const d = unwrap(await w.t.call('rhk/save', { skpId: kabid.skp.id, jenis: 'utama', teks: 'RHK kabid', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid));
  const { skpId, rhkIds } = await approvedSkp(w, 'staf', d.rhk[0]?.id ?? '');
  const detail = unwrap(await w.t.call('skp/get', { id: skpId }, w.token.staf));
  const laporan = detail.rhk.find((r) => r.id === rhkIds[0])?.indikator[0]?.id ?? '';
  const keluhan = detail.rhk.find((r) => r.id === rhkIds[1])?.indikator[0]?.id ?? '';
  return { ...w, skpId, rhkIds, indikator: { laporan, keluhan } };
}

/** A kabid RHK id of the world (for more approved SKP). */
export async function kabidRhkId(w: World): Promise<string> {
  const list = unwrap(await w.t.call('skp/list', { tahun: PERIODE.tahun, pegawaiId: w.pegawai.kabid, offset: 0, limit: 10 }, w.admin));
  const id = list.rows[0]?.id ?? '';
  return unwrap(await w.t.call('skp/get', { id }, w.admin)).rhk[0]?.id ?? '';
}

/** Items of a realisasi/save for the two indikator of the world's SKP. */
export function items(w: EvalWorld, laporan: number | null, keluhan: number | null): ArgsOf<'realisasi/save'>['items'] {
  return [
    { indikatorId: w.indikator.laporan, rencanaNilai: 3, rencanaTeks: null, nilai: laporan, teks: null, bukti: [] },
    { indikatorId: w.indikator.keluhan, rencanaNilai: 1, rencanaTeks: null, nilai: keluhan, teks: null, bukti: [] },
  ];
}
