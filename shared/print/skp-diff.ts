/**
 * What changed between the data a paper was printed from and the record now, in words a kepala
 * kantor can check against the paper ("RHK A.2: target diubah"). Order: header, RHK, perilaku,
 * lampiran, steps.
 */
import { SKP_ACTION_LABEL, SKP_STATUS_LABEL } from '../domain/skp/types.js';
import { BERAKHLAK } from '../domain/skp/berakhlak.js';
import type { OrangCetak, RhkCetak, SkpDocumentData } from './skp-document.js';
import { canonicalJson } from './canonical.js';

const ORANG_FIELD = { nama: 'nama', nip: 'NIP', pangkat: 'pangkat/golongan', jabatan: 'jabatan', unit: 'unit kerja' } as const;

function orangChanges(label: string, a: OrangCetak | null, b: OrangCetak | null): string[] {
  if (a === null || b === null) return a === b ? [] : [`${label}: ${b === null ? 'dihapus' : 'ditambahkan'}`];
  return (Object.keys(ORANG_FIELD) as (keyof OrangCetak)[]).filter((k) => a[k] !== b[k]).map((k) => `${label}: ${ORANG_FIELD[k]} diubah`);
}

function rhkLabel(r: RhkCetak): string {
  return `RHK ${r.jenis === 'utama' ? 'A' : 'B'}.${r.urutan}`;
}

function rhkChanges(a: readonly RhkCetak[], b: readonly RhkCetak[]): string[] {
  const out: string[] = [];
  const after = new Map(b.map((r) => [r.id, r]));
  const before = new Set(a.map((r) => r.id));
  for (const r of a) {
    const n = after.get(r.id);
    if (!n) {
      out.push(`${rhkLabel(r)} dihapus: ${r.teks}`);
      continue;
    }
    const what: string[] = [];
    if (r.jenis !== n.jenis || r.urutan !== n.urutan) what.push(`dipindah ke ${rhkLabel(n)}`);
    if (r.teks !== n.teks) what.push('rencana hasil kerja diubah');
    if (r.intervensi !== n.intervensi) what.push('RHK pimpinan yang diintervensi diubah');
    if (r.perspektif !== n.perspektif) what.push('perspektif diubah');
    if (canonicalJson(r.indikator) !== canonicalJson(n.indikator)) what.push('indikator atau target diubah');
    if (what.length > 0) out.push(`${rhkLabel(r)}: ${what.join(', ')}`);
  }
  for (const r of b) if (!before.has(r.id)) out.push(`${rhkLabel(r)} ditambahkan: ${r.teks}`);
  return out;
}

/**
 * @example
 * diffSkpDocument(printed, now); // ['Status: Disetujui → Diajukan', 'RHK A.2: indikator atau target diubah']
 */
export function diffSkpDocument(a: SkpDocumentData, b: SkpDocumentData): string[] {
  const out: string[] = [];
  if (a.status !== b.status) out.push(`Status: ${SKP_STATUS_LABEL[a.status]} → ${SKP_STATUS_LABEL[b.status]}`);
  if (a.versi !== b.versi) out.push(`Versi: ${a.versi} → ${b.versi}`);
  if (canonicalJson(a.periode) !== canonicalJson(b.periode)) out.push('Periode diubah');
  if (a.pendekatan !== b.pendekatan) out.push('Pendekatan diubah');
  if (a.form !== b.form) out.push('Bentuk formulir (JPT / non-JPT) berubah');
  if (a.instansi !== b.instansi || a.unit !== b.unit) out.push('Nama instansi atau unit diubah');
  out.push(...orangChanges('Pegawai', a.pegawai, b.pegawai), ...orangChanges('Pejabat penilai', a.penilai, b.penilai));
  out.push(...rhkChanges(a.rhk, b.rhk));
  for (const p of a.perilaku) {
    const n = b.perilaku.find((x) => x.nilai === p.nilai);
    const nama = BERAKHLAK.find((x) => x.kode === p.nilai)?.nama ?? p.nilai;
    if (!n || n.ekspektasiKhusus !== p.ekspektasiKhusus) out.push(`Perilaku ${nama}: ekspektasi khusus pimpinan diubah`);
  }
  const lampiran = { dukunganSumberDaya: 'Dukungan sumber daya', skemaPertanggungjawaban: 'Skema pertanggungjawaban', konsekuensi: 'Konsekuensi' } as const;
  for (const k of Object.keys(lampiran) as (keyof typeof lampiran)[]) {
    if (canonicalJson(a.lampiran[k]) !== canonicalJson(b.lampiran[k])) out.push(`Lampiran: ${lampiran[k]} diubah`);
  }
  if (canonicalJson(a.langkah) !== canonicalJson(b.langkah)) {
    const added = b.langkah.slice(a.langkah.length).map((l) => `${SKP_ACTION_LABEL[l.action]} oleh ${l.oleh || 'tidak diketahui'}`);
    out.push(added.length > 0 && b.langkah.length > a.langkah.length ? `Langkah baru: ${added.join('; ')}` : 'Riwayat persetujuan berubah');
  }
  if (out.length === 0 && canonicalJson(a) !== canonicalJson(b)) out.push('Data dokumen berubah');
  return out;
}
