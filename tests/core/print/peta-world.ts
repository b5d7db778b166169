/**
 * A unit world for peta cascading prints, through the real channels (the SKP fixture's org):
 *   unit A: KADIS (head, submitted) ── KABID ── STAF (staf, staf2)   — drafts: the map is DRAF
 *   unit B: KABIDB (approved by kadis) ── STAFB (approved by kabidB) — all approved: no DRAF
 * Every RHK text is unique and long (wraps in its cell), numbered "… <who> <n> …" with an end
 * marker, so a test can find each row and check it is not cut between pages.
 */
import { unwrap, type TestCore } from '../helpers.js';
import { IKI, makeWorld, PERIODE, type Person, type World } from '../skp/fixture.js';

export type PetaWorld = { w: World; rhk: Record<Person, string[]>; skp: Record<Person, string> };

/** The RHK text of `who`'s n-th RHK (1-based): starts with its marker and ends with another. */
export function rhkTeks(who: Person, n: number): string {
  return `Mrk-${who}-${n} Tersusunnya laporan pelaksanaan program ketahanan pangan daerah yang lengkap, akurat dan tepat waktu akhir-${who}-${n}`;
}

async function skpWith(w: World, who: Person, n: number, atasan: readonly string[]): Promise<{ skpId: string; rhkIds: string[] }> {
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai[who], periode: PERIODE, pendekatan: 'kuantitatif' }, w.token[who]));
  const rhkIds: string[] = [];
  for (let i = 1; i <= n; i += 1) {
    const pk = atasan.length === 0 ? 'Meningkatnya ketahanan pangan daerah yang beragam, bergizi seimbang dan aman' : null;
    const d = unwrap(await w.t.call('rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: rhkTeks(who, i), intervensiPerjanjianKinerja: pk, perspektif: null, indikator: [...IKI] }, w.token[who]));
    const id = d.rhk.at(-1)?.id ?? '';
    rhkIds.push(id);
    const target = atasan[(i - 1) % Math.max(1, atasan.length)];
    if (target) unwrap(await w.t.call('rhk/link', { id, intervensiRhkId: target, jenisIntervensi: i % 3 === 0 ? 'tidak_langsung' : 'langsung' }, w.token[who]));
  }
  return { skpId: skp.skp.id, rhkIds };
}

/** `big`: enough RHK on unit A for the table to run over several pages; `desk`: a desk to build it on (sync tests). */
export async function petaWorld(big: boolean, desk?: TestCore): Promise<PetaWorld> {
  const w = await makeWorld(desk);
  const n = (k: number) => (big ? k : 1);
  const kadis = await skpWith(w, 'kadis', 3, []);
  unwrap(await w.t.call('skp/submit', { id: kadis.skpId }, w.token.kadis));
  const kabid = await skpWith(w, 'kabid', n(12), kadis.rhkIds.slice(0, 2));
  const staf = await skpWith(w, 'staf', n(14), kabid.rhkIds);
  const staf2 = await skpWith(w, 'staf2', n(10), kabid.rhkIds);
  const kabidB = await skpWith(w, 'kabidB', 3, kadis.rhkIds.slice(2));
  unwrap(await w.t.call('skp/submit', { id: kabidB.skpId }, w.token.kabidB));
  unwrap(await w.t.call('skp/approve', { id: kabidB.skpId, delegasi: null }, w.token.kadis));
  const stafB = await skpWith(w, 'stafB', 4, kabidB.rhkIds);
  unwrap(await w.t.call('skp/submit', { id: stafB.skpId }, w.token.stafB));
  unwrap(await w.t.call('skp/approve', { id: stafB.skpId, delegasi: null }, w.token.kabidB));
  unwrap(await w.t.call('print/settingsSave', { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, w.admin));
  const all = { kadis, kabid, staf, staf2, kabidB, stafB };
  return {
    w,
    rhk: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.rhkIds])) as Record<Person, string[]>,
    skp: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.skpId])) as Record<Person, string>,
  };
}
