/** The settings a rekap was computed with, as a sheet beside it, so the sums can be redone. */
import type ExcelJS from 'exceljs';
import { PREDIKATS, PREDIKAT_LABEL } from '../../../../shared/domain/evaluasi/types.js';
import { formatDate } from '../../../../shared/format/tanggal.js';
import { BAND, HARI, HARI_LABEL, JENIS_LIBUR_LABEL, type PengaturanTpp } from '../../../../shared/domain/tpp/types.js';
import { styleHeader } from './sheet-style.js';

export function addPengaturanSheet(wb: ExcelJS.Workbook, p: PengaturanTpp): void {
  const ws = wb.addWorksheet('Pengaturan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: 'Pengaturan', width: 36 }, { header: 'Nilai', width: 22 }, { header: 'Keterangan', width: 48 }];
  styleHeader(ws);
  const add = (a: string, b: string | number | null, c = '') => ws.addRow([a, b, c]);
  for (const h of HARI) {
    const j = p.jamKerja[h];
    add(`Jam kerja ${HARI_LABEL[h]}`, j ? `${j.masuk}–${j.pulang}` : 'libur');
  }
  const [b1, b2, b3] = p.batasMenit;
  const range = ['1', `${b1 + 1}`, `${b2 + 1}`, `> ${b3}`];
  const until = [`${b1}`, `${b2}`, `${b3}`, ''];
  for (const b of BAND) {
    const menit = b === 4 ? `lebih dari ${b3} menit atau tanpa catatan` : `${range[b - 1]}–${until[b - 1]} menit`;
    add(`Potongan TL${b} (%)`, p.tarifTl[b - 1] ?? 0, menit);
    add(`Potongan PSW${b} (%)`, p.tarifPsw[b - 1] ?? 0, menit);
  }
  add('Potongan tanpa keterangan (% per hari)', p.tarifTanpaKeterangan);
  for (const k of PREDIKATS) add(`Kinerja untuk predikat ${PREDIKAT_LABEL[k]} (%)`, p.persenKinerja[k]);
  add('Kinerja bila belum dinilai (%)', 0);
  add('Bobot kinerja (%)', p.bobotKinerja);
  add('Bobot disiplin (%)', p.bobotDisiplin);
  p.tppDasar.forEach((v, i) => add(`TPP dasar kelas ${i + 1} (Rp)`, v, v === null ? 'tidak diatur' : ''));
  for (const l of p.hariLibur) add(JENIS_LIBUR_LABEL[l.jenis], formatDate(l.tanggal, 'id'), l.nama);
  add('Rumus', null, 'TPP = TPP dasar × (bobot kinerja × kinerja % + bobot disiplin × disiplin %), dibulatkan ke rupiah terdekat di akhir.');
  add('Disiplin', null, 'Disiplin % = 100 − jumlah potongan TL, PSW dan tanpa keterangan, paling rendah 0.');
}
