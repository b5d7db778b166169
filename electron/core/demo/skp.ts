/**
 * Demo SKP for the generated unit: most pegawai get an SKP for the year with ~8 RHK (6 UTAMA
 * cascading from their atasan's UTAMA RHK, 2 TAMBAHAN) and a realistic mix of statuses. Some atasan
 * have no plan or an unapproved one, so the readiness board shows bottlenecks, and their staff hold
 * drafts "menunggu RHK atasan". Pure and deterministic (ids and time come from the caller).
 */
import { perilakuAwal } from '../../../shared/domain/skp/berakhlak.js';
import { periodeTahunan } from '../../../shared/domain/skp/periode.js';
import type { Indikator, Rhk, Skp, SkpStatus, SkpStatusEvent } from '../../../shared/domain/skp/types.js';
import { createRng, type Rng } from './prng.js';

export type DemoSkpInput = {
  tahun: number;
  now: string;
  /** Jabatan in any order; parents are handled first. */
  jabatan: readonly { id: string; nama: string; atasanJabatanId: string | null }[];
  pegawai: readonly { id: string; jabatanId: string | null; unitId: string }[];
  /** The account that acted for staff without one (the operator). */
  operatorUserId: string;
  /** Accounts of pegawai who have one (the atasan). */
  userOf: ReadonlyMap<string, string>;
  newId: () => string;
  seed?: number;
};

const HASIL = [
  'Tersusunnya dokumen perencanaan', 'Terlaksananya pembinaan', 'Meningkatnya kualitas layanan', 'Tersedianya data dan informasi',
  'Terselesaikannya laporan', 'Terlaksananya monitoring dan evaluasi', 'Meningkatnya kompetensi', 'Terkelolanya administrasi',
  'Terlaksananya koordinasi', 'Tersusunnya rekomendasi kebijakan',
] as const;
const OBJEK = [
  'program pendidikan dasar', 'satuan pendidikan', 'guru dan tenaga kependidikan', 'sarana dan prasarana sekolah', 'kurikulum dan penilaian',
  'anggaran dan keuangan', 'kepegawaian', 'peserta didik', 'kebudayaan daerah', 'pendidikan nonformal',
] as const;
const SATUAN = ['dokumen', 'laporan', 'kegiatan', 'sekolah', 'orang'] as const;
const TAMBAHAN = ['Menjadi narasumber kegiatan sosialisasi', 'Menjadi anggota tim penyusun kebijakan', 'Melaksanakan tugas sebagai panitia kegiatan dinas'] as const;
const PERJANJIAN = 'Perjanjian Kinerja Kepala Dinas: meningkatnya mutu dan pemerataan layanan pendidikan';

function indikator(rng: Rng, newId: () => string, teks: string): Indikator[] {
  const out: Indikator[] = [{ id: newId(), aspek: 'kuantitas', teks: `Jumlah ${teks.toLowerCase()}`, target: { kind: 'kuantitatif', nilai: rng.int(1, 24), satuan: rng.pick(SATUAN) } }];
  if (rng.chance(0.5)) out.push({ id: newId(), aspek: 'waktu', teks: 'Ketepatan waktu penyelesaian', target: { kind: 'kuantitatif', nilai: 12, satuan: 'bulan' } });
  return out;
}

/** Status of one SKP given whether its atasan has a plan at all; atasan plans sometimes lag. */
function pickStatus(rng: Rng, isPuncak: boolean, atasanHasSkp: boolean, hasStaff: boolean): SkpStatus | null {
  if (isPuncak) return 'disetujui';
  if (!atasanHasSkp) return rng.chance(0.85) ? 'draft' : null;
  const x = rng.next();
  if (hasStaff) return x < 0.6 ? 'disetujui' : x < 0.75 ? 'diajukan' : x < 0.87 ? 'draft' : x < 0.93 ? 'dikembalikan' : null;
  return x < 0.5 ? 'disetujui' : x < 0.7 ? 'diajukan' : x < 0.85 ? 'draft' : x < 0.92 ? 'dikembalikan' : null;
}

/**
 * @example
 * const { skp, rhk } = demoSkp({ tahun: 2025, now, jabatan, pegawai, operatorUserId, userOf, newId });
 */
export function demoSkp(input: DemoSkpInput): { skp: Skp[]; rhk: Rhk[] } {
  const rng = createRng(input.seed ?? 2025);
  const byId = new Map(input.jabatan.map((j) => [j.id, j]));
  const holders = new Map<string, string[]>();
  for (const p of input.pegawai) {
    if (!p.jabatanId) continue;
    const list = holders.get(p.jabatanId);
    if (list) list.push(p.id);
    else holders.set(p.jabatanId, [p.id]);
  }
  const hasStaff = new Set(input.jabatan.flatMap((j) => (j.atasanJabatanId ? [j.atasanJabatanId] : [])));
  const depthOf = new Map<string, number>();
  for (const j of input.jabatan) {
    let d = 0;
    for (let cur = j.atasanJabatanId; cur && d < 50; cur = byId.get(cur)?.atasanJabatanId ?? null) d += 1;
    depthOf.set(j.id, d);
  }
  const depth = (id: string | null): number => depthOf.get(id ?? '') ?? 0;
  const order = input.pegawai.filter((p) => p.jabatanId && byId.has(p.jabatanId)).sort((a, b) => depth(a.jabatanId) - depth(b.jabatanId));
  const periode = periodeTahunan(input.tahun);
  /** The SKP and UTAMA RHK of each jabatan's first holder: what its staff cascade from. */
  const planOf = new Map<string, { skp: Skp; utama: Rhk[]; holderId: string }>();
  const skps: Skp[] = [];
  const rhks: Rhk[] = [];

  for (const p of order) {
    const jabatan = byId.get(p.jabatanId ?? '');
    if (!jabatan) continue;
    const atasanId = jabatan.atasanJabatanId && byId.has(jabatan.atasanJabatanId) ? jabatan.atasanJabatanId : null;
    const isPuncak = atasanId === null;
    const atasan = atasanId ? planOf.get(atasanId) : undefined;
    const status = pickStatus(rng, isPuncak, atasan !== undefined, hasStaff.has(jabatan.id));
    if (status === null) continue;
    const id = input.newId();
    const ownerUser = input.userOf.get(p.id) ?? input.operatorUserId;
    const penilaiHolder = atasanId ? (holders.get(atasanId) ?? [])[0] : undefined;
    const penilaiUser = (penilaiHolder && input.userOf.get(penilaiHolder)) || input.operatorUserId;
    const ev = (action: SkpStatusEvent['action'], from: SkpStatus, to: SkpStatus, catatan: string | null = null): SkpStatusEvent => ({
      at: input.now, action, from, to, actorUserId: action === 'ajukan' ? ownerUser : penilaiUser, delegasi: null, catatan,
    });
    const riwayat: SkpStatusEvent[] =
      status === 'draft' ? []
      : status === 'diajukan' ? [ev('ajukan', 'draft', 'diajukan')]
      : status === 'dikembalikan' ? [ev('ajukan', 'draft', 'diajukan'), ev('kembalikan', 'diajukan', 'dikembalikan', 'Target kuantitas perlu disesuaikan dengan RHK atasan.')]
      : isPuncak ? [] : [ev('ajukan', 'draft', 'diajukan'), ev('setujui', 'diajukan', 'disetujui')];
    const grandAtasan = atasanId ? byId.get(atasanId)?.atasanJabatanId ?? null : null;
    const skp: Skp = {
      id, pegawaiId: p.id, jabatanId: jabatan.id, unitId: p.unitId, periode, pendekatan: 'kuantitatif', status, versi: 1, previousVersionId: null,
      penilai: status === 'disetujui'
        ? { penilaiPegawaiId: penilaiHolder ?? null, penilaiJabatanId: atasanId, atasanPenilaiPegawaiId: grandAtasan ? ((holders.get(grandAtasan) ?? [])[0] ?? null) : null, atasanPenilaiJabatanId: grandAtasan }
        : null,
      perilaku: perilakuAwal(), lampiran: { dukunganSumberDaya: ['Anggaran DPA dinas', 'Sarana kerja kantor'], skemaPertanggungjawaban: ['Laporan bulanan kepada atasan'], konsekuensi: [] },
      returnNote: status === 'dikembalikan' ? 'Target kuantitas perlu disesuaikan dengan RHK atasan.' : null,
      approvedAt: status === 'disetujui' ? input.now : null, approvedByUserId: status === 'disetujui' && !isPuncak ? penilaiUser : null,
      delegasi: null, riwayat,
    };
    // A draft whose atasan has no plan yet waits for it; otherwise UTAMA rows cascade round-robin.
    const utama: Rhk[] = [];
    const base = rng.int(0, HASIL.length - 1);
    for (let i = 0; i < 8; i += 1) {
      const isUtama = i < 6;
      const target = isUtama && atasan && atasan.utama.length > 0 ? atasan.utama[(i + rng.int(0, 2)) % atasan.utama.length] : undefined;
      const teks = isUtama ? `${HASIL[(base + i) % HASIL.length]} ${rng.pick(OBJEK)} (${jabatan.nama})` : `${TAMBAHAN[i % TAMBAHAN.length]}`;
      const r: Rhk = {
        id: input.newId(), skpId: id, jenis: isUtama ? 'utama' : 'tambahan', urutan: isUtama ? i + 1 : i - 5, teks,
        intervensiRhkId: target?.id ?? null, jenisIntervensi: target ? (rng.chance(0.7) ? 'langsung' : 'tidak_langsung') : null,
        intervensiPerjanjianKinerja: isPuncak && isUtama ? PERJANJIAN : null, perspektif: null, returnNote: null, asalRhkId: null,
        indikator: indikator(rng, input.newId, teks),
      };
      if (isUtama) utama.push(r);
      rhks.push(r);
    }
    skps.push(skp);
    if (!planOf.has(jabatan.id)) planOf.set(jabatan.id, { skp, utama, holderId: p.id });
  }
  return { skp: skps, rhk: rhks };
}
