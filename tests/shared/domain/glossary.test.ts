import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../shared/domain/glossary.js';

const REQUIRED = [
  'ASN', 'PNS', 'PPPK', 'NIP', 'NI PPPK', 'instansi', 'unit kerja', 'jabatan', 'JPT', 'atasan',
  'pejabat penilai kinerja', 'atasan pejabat penilai', 'pegawai', 'pangkat', 'golongan', 'gelar', 'SKP',
  'RHK', 'IKI', 'perilaku kerja', 'BerAKHLAK', 'predikat', 'kurva distribusi', 'realisasi', 'bukti dukung',
  'dialog kinerja', 'Plt.', 'Plh.', 'TMT', 'kepegawaian',
  // SKP (issue 5)
  'indikator kinerja individu', 'RHK utama', 'RHK tambahan', 'pendekatan kuantitatif', 'pendekatan kualitatif',
  'intervensi', 'Perjanjian Kinerja', 'menunggu RHK atasan', 'peta cascading', 'matriks peran dan hasil',
  'perilaku kerja BerAKHLAK', 'ekspektasi khusus pimpinan', 'lampiran', 'pejabat penilai', 'diajukan',
  'disetujui', 'dikembalikan', 'perubahan SKP', 'delegasi',
  // Pelaksanaan and penilaian (issue 10)
  'umpan balik', 'rencana aksi', 'laporan harian', 'rating hasil kerja', 'rating perilaku kerja',
  'predikat kinerja organisasi', 'capaian', 'triwulan',
];

describe('GLOSSARY', () => {
  it.each(REQUIRED)('defines %s in Indonesian and English', (term) => {
    const entry = Object.entries(GLOSSARY).find(([k]) => k === term)?.[1];
    expect(entry?.id.length).toBeGreaterThan(10);
    expect(entry?.en.length).toBeGreaterThan(10);
  });

  it('lists the seven BerAKHLAK values', () => {
    for (const v of ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif']) {
      expect(GLOSSARY.BerAKHLAK.id).toContain(v);
    }
  });
});
