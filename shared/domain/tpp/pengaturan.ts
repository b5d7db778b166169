/**
 * Consistency of the TPP settings beyond each field's own range (which the contract's schema
 * checks): bands that grow, office hours that end after they start, weights that make 100 %.
 */
import { menitDariJam } from './jam.js';
import { HARI, HARI_LABEL, type PengaturanTpp } from './types.js';

export type MasalahPengaturan = { path: string; message: string };

/**
 * Every problem, in form order; empty when the settings can be used.
 *
 * @example
 * masalahPengaturan({ ...DEFAULT_PENGATURAN_TPP, bobotKinerja: 70 });
 * // [{ path: 'bobotDisiplin', message: 'Bobot kinerja dan bobot disiplin harus berjumlah 100 % (sekarang 110 %).' }]
 */
export function masalahPengaturan(p: PengaturanTpp): MasalahPengaturan[] {
  const out: MasalahPengaturan[] = [];
  for (const h of HARI) {
    const j = p.jamKerja[h];
    if (!j) continue;
    const masuk = menitDariJam(j.masuk);
    const pulang = menitDariJam(j.pulang);
    if (masuk === null || pulang === null) out.push({ path: `jamKerja.${h}`, message: `Jam kerja ${HARI_LABEL[h]} tidak valid; tulis JJ:MM, misalnya 07:30.` });
    else if (pulang <= masuk) out.push({ path: `jamKerja.${h}`, message: `Jam pulang ${HARI_LABEL[h]} harus setelah jam masuk.` });
  }
  const seen = new Set<string>();
  p.hariLibur.forEach((l, i) => {
    if (seen.has(l.tanggal)) out.push({ path: `hariLibur.${i}`, message: `Tanggal libur ${l.tanggal} tercantum lebih dari sekali.` });
    seen.add(l.tanggal);
  });
  const [b1, b2, b3] = p.batasMenit;
  if (!(b1 >= 1 && b2 > b1 && b3 > b2)) out.push({ path: 'batasMenit', message: 'Batas menit golongan 1, 2 dan 3 harus naik berurutan dan dimulai dari paling sedikit 1 menit.' });
  if (p.bobotKinerja + p.bobotDisiplin !== 100) {
    out.push({ path: 'bobotDisiplin', message: `Bobot kinerja dan bobot disiplin harus berjumlah 100 % (sekarang ${p.bobotKinerja + p.bobotDisiplin} %).` });
  }
  return out;
}
