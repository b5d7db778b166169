/**
 * An SKP world for print tests, through the real channels: the SKP fixture's org with names that
 * carry long gelar and diacritics, a kabid SKP with one RHK, and a staf SKP with `n` UTAMA RHK
 * linked to it (and two TAMBAHAN), driven to the asked status.
 */
import { unwrap } from '../helpers.js';
import { IKI, linkAll, makeWorld, PERIODE, type World } from '../skp/fixture.js';

export const STAF_NAMA = { gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah Ṣāliḥah Nurhaliza', gelarBelakang: 'S.Pd., M.Si.' };
export const KABID_NAMA = { gelarDepan: 'Ir. H.', nama: 'Bambang Wicaksono Adiwijaya Ñoño', gelarBelakang: 'M.Eng., Ph.D.' };
export const STAF_FULL = 'Dr. Hj. Siti Aminah Ṣāliḥah Nurhaliza, S.Pd., M.Si.';
export const KABID_FULL = 'Ir. H. Bambang Wicaksono Adiwijaya Ñoño, M.Eng., Ph.D.';

async function rename(w: World, who: 'staf' | 'kabid', parts: typeof STAF_NAMA): Promise<string> {
  const d = unwrap(await w.t.call('pegawai/get', { id: w.pegawai[who] }, w.admin));
  const p = d.pegawai;
  unwrap(await w.t.call('pegawai/save', { id: p.id, nip: p.nip, ...parts, jenisAsn: p.jenisAsn, golongan: who === 'kabid' ? 'IV/b' : 'III/c', jabatanId: p.jabatanId, unitId: p.unitId, tmtMulai: null, tmtSelesai: null }, w.admin));
  return p.nip;
}

export type PrintWorld = { w: World; skpId: string; rhkIds: string[]; stafNip: string; kabidNip: string };

export async function printWorld(n: number, status: 'draft' | 'disetujui'): Promise<PrintWorld> {
  const w = await makeWorld();
  const stafNip = await rename(w, 'staf', STAF_NAMA);
  const kabidNip = await rename(w, 'kabid', KABID_NAMA);
  const kabid = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.kabid, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.kabid));
  const kd = unwrap(await w.t.call('rhk/save', { skpId: kabid.skp.id, jenis: 'utama', teks: 'Meningkatnya ketersediaan pangan daerah yang beragam, bergizi seimbang dan aman', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid));
  const kabidRhk = kd.rhk[0]?.id ?? '';
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.staf, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.staf));
  const rhkIds: string[] = [];
  for (let i = 0; i < n + 2; i += 1) {
    const jenis = i < n ? 'utama' : 'tambahan';
    const teks = `RHK nomor ${i + 1}: tersusunnya laporan pelaksanaan kegiatan ketahanan pangan triwulanan yang lengkap dan tepat waktu`;
    const indikator = i % 2 === 0 ? [...IKI, { aspek: 'kualitas', teks: 'Persentase laporan diterima tanpa revisi', target: { kind: 'kuantitatif', nilai: 100, satuan: '%' } } as const] : [...IKI];
    const d = unwrap(await w.t.call('rhk/save', { skpId: skp.skp.id, jenis, teks, intervensiPerjanjianKinerja: null, perspektif: null, indikator }, w.token.staf));
    rhkIds.push(d.rhk.at(-1)?.id ?? '');
  }
  await linkAll(w, 'staf', rhkIds.slice(0, n), kabidRhk);
  const base = unwrap(await w.t.call('skp/get', { id: skp.skp.id }, w.token.staf)).rowVersion;
  unwrap(
    await w.t.call(
      'skp/update',
      { id: skp.skp.id, baseVersion: base, lampiran: { dukunganSumberDaya: ['Anggaran DPA 2025'], skemaPertanggungjawaban: ['Laporan bulanan kepada Kepala Bidang'], konsekuensi: ['Teguran tertulis bila target tidak tercapai'] } },
      w.token.staf,
    ),
  );
  if (status === 'disetujui') {
    unwrap(await w.t.call('skp/submit', { id: skp.skp.id }, w.token.staf));
    unwrap(await w.t.call('skp/approve', { id: skp.skp.id, delegasi: null }, w.token.kabid));
  }
  unwrap(await w.t.call('print/settingsSave', { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: 'Kabupaten Uji' }, w.admin));
  return { w, skpId: skp.skp.id, rhkIds, stafNip, kabidNip };
}
