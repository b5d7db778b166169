/**
 * The evaluation document's steps in words (as on paper and in a verification answer) and what
 * changed between the data a paper was printed from and the record now.
 */
import { formatDateTime } from '../format/tanggal.js';
import { EVALUASI_ACTION_LABEL } from '../domain/evaluasi/types.js';
import { canonicalJson } from './canonical.js';
import type { EvaluasiDocumentData, LangkahEvaluasiCetak } from './evaluasi-document.js';

/**
 * @example
 * langkahEvaluasiText({ action: 'kunci', at, oleh: 'Budi', ditandatangani: true, alasan: null });
 * // 'Evaluasi dikunci, ditandatangani oleh Budi, 3 Maret 2025 10.00'
 */
export function langkahEvaluasiText(l: LangkahEvaluasiCetak): string {
  const who = l.oleh || 'pengguna tidak dikenal';
  const when = formatDateTime(l.at, 'id');
  const why = l.alasan ? ` (alasan: ${l.alasan})` : '';
  return l.ditandatangani
    ? `${EVALUASI_ACTION_LABEL[l.action]}, ditandatangani oleh ${who}, ${when}${why}`
    : `${EVALUASI_ACTION_LABEL[l.action]}, dicatat oleh ${who}, ${when} (tanpa tanda tangan elektronik)${why}`;
}

const FIELDS = [
  ['ratingHasilKerja', 'Rating hasil kerja'],
  ['ratingPerilaku', 'Rating perilaku kerja'],
  ['predikat', 'Predikat kinerja pegawai'],
  ['predikatOrganisasi', 'Predikat kinerja organisasi'],
  ['umpanBalikHasilKerja', 'Umpan balik hasil kerja'],
  ['umpanBalikPerilaku', 'Umpan balik perilaku kerja'],
  ['catatan', 'Catatan/rekomendasi'],
  ['alasanPredikat', 'Alasan predikat'],
] as const satisfies readonly (readonly [keyof EvaluasiDocumentData, string])[];

/**
 * @example
 * diffEvaluasiDocument(printed, now); // ['Predikat kinerja pegawai: Baik → Sangat Baik']
 */
export function diffEvaluasiDocument(a: EvaluasiDocumentData, b: EvaluasiDocumentData): string[] {
  const out: string[] = [];
  if (a.terkunci !== b.terkunci) out.push(b.terkunci ? 'Evaluasi sudah dikunci sejak dicetak' : 'Evaluasi dibuka kembali sejak dicetak');
  for (const [k, name] of FIELDS) if (a[k] !== b[k]) out.push(`${name}: ${a[k] ?? '-'} → ${b[k] ?? '-'}`);
  if (canonicalJson([a.pegawai, a.penilai, a.atasanPenilai]) !== canonicalJson([b.pegawai, b.penilai, b.atasanPenilai])) out.push('Data pegawai, pejabat penilai atau atasannya diubah');
  const after = new Map(b.rhk.map((r) => [r.id, r]));
  for (const r of a.rhk) {
    const n = after.get(r.id);
    const no = `RHK ${r.jenis === 'utama' ? 'A' : 'B'}.${r.urutan}`;
    if (!n) out.push(`${no} dihapus`);
    else if (canonicalJson(r.indikator) !== canonicalJson(n.indikator)) out.push(`${no}: target atau realisasi diubah`);
    else if (canonicalJson(r.umpanBalik) !== canonicalJson(n.umpanBalik)) out.push(`${no}: umpan balik bertambah`);
  }
  for (const r of b.rhk) if (!a.rhk.some((x) => x.id === r.id)) out.push(`RHK ${r.jenis === 'utama' ? 'A' : 'B'}.${r.urutan} ditambahkan`);
  if (canonicalJson(a.perilaku) !== canonicalJson(b.perilaku)) out.push('Perilaku kerja: ekspektasi atau umpan balik berubah');
  if (canonicalJson(a.langkah) !== canonicalJson(b.langkah)) {
    const added = b.langkah.slice(a.langkah.length).map((l) => `${EVALUASI_ACTION_LABEL[l.action]} oleh ${l.oleh || 'tidak diketahui'}`);
    out.push(added.length > 0 && canonicalJson(a.langkah) === canonicalJson(b.langkah.slice(0, a.langkah.length)) ? `Langkah baru: ${added.join('; ')}` : 'Riwayat evaluasi berubah');
  }
  if (out.length === 0 && canonicalJson(a) !== canonicalJson(b)) out.push('Data dokumen berubah');
  return out;
}
