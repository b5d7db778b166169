/**
 * Demo SKP for the generated unit: most pegawai get an SKP for the year with ~8 RHK (6 UTAMA
 * written for their jabatan and cascading from the atasan's UTAMA RHK they serve best, 2 TAMBAHAN)
 * and a realistic mix of statuses. Some atasan have no plan or an unapproved one, so the readiness
 * board shows bottlenecks, and their staff hold drafts "menunggu RHK atasan". Drafting, submitting
 * and approving happen on office days spread from early in the year up to `now`, heads before
 * their staff. Pure and deterministic (ids and "now" come from the caller).
 */
import { perilakuAwal } from '../../../shared/domain/skp/berakhlak.js';
import { periodeTahunan } from '../../../shared/domain/skp/periode.js';
import type { Indikator, Rhk, Skp, SkpStatus, SkpStatusEvent } from '../../../shared/domain/skp/types.js';
import { createRng, type Rng } from './prng.js';
import { overlap, RHK_TAMBAHAN, rhkTexts } from './rhk-texts.js';

export type DemoSkpInput = {
  tahun: number;
  now: string;
  /** Jabatan in any order; parents are handled first. */
  jabatan: readonly { id: string; nama: string; atasanJabatanId: string | null; unitId: string }[];
  /** Units by id (name and parent), for RHK that name the unit's work. */
  units: ReadonlyMap<string, { nama: string; parentId: string | null }>;
  pegawai: readonly { id: string; jabatanId: string | null; unitId: string }[];
  /** The account that acted for staff without one (the operator). */
  operatorUserId: string;
  /** Accounts of pegawai who have one. */
  userOf: ReadonlyMap<string, string>;
  newId: () => string;
  seed?: number;
};

const SATUAN = ['dokumen', 'laporan', 'kegiatan', 'sekolah', 'orang'] as const;
const DAY = 86_400_000;
const RETURN_NOTES = [
  'Target kuantitas perlu disesuaikan dengan RHK atasan.', 'Mohon lengkapi indikator kualitas pada RHK utama.',
  'RHK kedua belum menunjukkan hasil kerja, mohon diperbaiki.', 'Satuan target belum sesuai dengan rencana kerja seksi.',
] as const;

/** Creation and last-change times of each demo SKP (its RHK share them). */
export type DemoStamps = Map<string, { createdAt: string; updatedAt: string }>;

/**
 * Office-hour moments on working days: `at(fraction)` of the way from early January to `now`,
 * and `after(t, maxDays)` a working moment up to `maxDays` later, never past `now`.
 */
function clockFor(rng: Rng, tahun: number, now: string): { at: (f: number) => number; after: (t: number, maxDays: number) => number } {
  const end = Date.parse(now);
  const start = Math.min(Date.UTC(tahun, 0, 2), end - 14 * DAY);
  const office = (t: number): number => {
    const d = new Date(Math.floor(t / DAY) * DAY);
    // Saturday and Sunday move to Monday; hours 07:30–15:59 WIB (UTC+7).
    const dow = d.getUTCDay();
    const day = d.getTime() + (dow === 6 ? 2 : dow === 0 ? 1 : 0) * DAY;
    const o = day + (30 + rng.int(0, 8 * 60 + 29)) * 60_000;
    return Math.min(o, end);
  };
  return {
    at: (f) => office(start + f * (end - start)),
    // Near `now` the wait shrinks so later steps still fall before it.
    after: (t, maxDays) => Math.max(t + 60_000, office(t + rng.next() * Math.min(maxDays * DAY, Math.max(0, end - t - DAY)))),
  };
}
const iso = (t: number): string => new Date(t).toISOString();
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
export function demoSkp(input: DemoSkpInput): { skp: Skp[]; rhk: Rhk[]; stamps: DemoStamps } {
  const rng = createRng(input.seed ?? 2025);
  const clock = clockFor(rng, input.tahun, input.now);
  const nowMs = Date.parse(input.now);
  const stamps: DemoStamps = new Map();
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
  // However small the unit, one head of a sub-unit has no plan yet (newly appointed, say), so the
  // board always shows a bottleneck and some staff wait for their atasan's RHK.
  const heads = input.jabatan.filter((j) => j.atasanJabatanId && hasStaff.has(j.id));
  const deepest = Math.max(0, ...heads.map((j) => depth(j.id)));
  const lowest = heads.filter((j) => depth(j.id) === deepest).sort((x, y) => (x.id < y.id ? -1 : 1));
  const lagging = lowest.length > 0 ? rng.pick(lowest).id : null;
  const periode = periodeTahunan(input.tahun);
  /** The SKP and UTAMA RHK of each jabatan's first holder: what its staff cascade from. */
  const planOf = new Map<string, { skp: Skp; utama: Rhk[]; holderId: string; created: number }>();
  const skps: Skp[] = [];
  const rhks: Rhk[] = [];

  for (const p of order) {
    const jabatan = byId.get(p.jabatanId ?? '');
    if (!jabatan) continue;
    const atasanId = jabatan.atasanJabatanId && byId.has(jabatan.atasanJabatanId) ? jabatan.atasanJabatanId : null;
    const isPuncak = atasanId === null;
    const atasan = atasanId ? planOf.get(atasanId) : undefined;
    const status = jabatan.id === lagging ? null : pickStatus(rng, isPuncak, atasan !== undefined, hasStaff.has(jabatan.id));
    if (status === null) continue;
    const id = input.newId();
    const ownerUser = input.userOf.get(p.id) ?? input.operatorUserId;
    const penilaiHolder = atasanId ? (holders.get(atasanId) ?? [])[0] : undefined;
    const penilaiUser = (penilaiHolder && input.userOf.get(penilaiHolder)) || input.operatorUserId;
    // Heads draft first (level by level), their staff after; each step a few working days later.
    const own = clock.at(Math.min(0.85, depth(jabatan.id) * 0.06 + rng.next() * 0.55));
    const created = Math.min(nowMs, atasan ? Math.max(own, clock.after(atasan.created, 10)) : own);
    const diajukan = clock.after(created, 10);
    const decided = clock.after(diajukan, 7);
    const ev = (at: number, action: SkpStatusEvent['action'], from: SkpStatus, to: SkpStatus, catatan: string | null = null): SkpStatusEvent => ({
      at: iso(Math.min(at, nowMs)), action, from, to, actorUserId: action === 'ajukan' ? ownerUser : penilaiUser, delegasi: null, catatan,
    });
    const returnNote = rng.pick(RETURN_NOTES);
    const riwayat: SkpStatusEvent[] =
      status === 'draft' ? []
      : status === 'diajukan' ? [ev(diajukan, 'ajukan', 'draft', 'diajukan')]
      : status === 'dikembalikan' ? [ev(diajukan, 'ajukan', 'draft', 'diajukan'), ev(decided, 'kembalikan', 'diajukan', 'dikembalikan', returnNote)]
      : isPuncak ? [] : [ev(diajukan, 'ajukan', 'draft', 'diajukan'), ev(decided, 'setujui', 'diajukan', 'disetujui')];
    const lastStep = riwayat.at(-1)?.at ?? iso(status === 'disetujui' ? diajukan : Math.min(clock.after(created, 5), nowMs));
    stamps.set(id, { createdAt: iso(created), updatedAt: lastStep });
    const grandAtasan = atasanId ? byId.get(atasanId)?.atasanJabatanId ?? null : null;
    const skp: Skp = {
      id, pegawaiId: p.id, jabatanId: jabatan.id, unitId: p.unitId, periode, pendekatan: 'kuantitatif', status, versi: 1, previousVersionId: null,
      penilai: status === 'disetujui'
        ? { penilaiPegawaiId: penilaiHolder ?? null, penilaiJabatanId: atasanId, atasanPenilaiPegawaiId: grandAtasan ? ((holders.get(grandAtasan) ?? [])[0] ?? null) : null, atasanPenilaiJabatanId: grandAtasan }
        : null,
      perilaku: perilakuAwal(), lampiran: { dukunganSumberDaya: ['Anggaran DPA dinas', 'Sarana kerja kantor'], skemaPertanggungjawaban: ['Laporan bulanan kepada atasan'], konsekuensi: [] },
      returnNote: status === 'dikembalikan' ? returnNote : null,
      approvedAt: status === 'disetujui' ? lastStep : null, approvedByUserId: status === 'disetujui' && !isPuncak ? penilaiUser : null,
      delegasi: null, riwayat,
    };
    // A draft whose atasan has no plan yet waits for it; otherwise each UTAMA row serves the
    // atasan RHK it shares most words with (ties: spread round-robin).
    const utama: Rhk[] = [];
    const unit = input.units.get(jabatan.unitId);
    const induk = unit?.parentId ? input.units.get(unit.parentId) : undefined;
    const utamaTeks = rhkTexts(rng, jabatan.nama, unit?.nama ?? '', induk?.nama ?? null, 6);
    const tambahan = rng.shuffle(RHK_TAMBAHAN).slice(0, 2);
    for (let i = 0; i < 8; i += 1) {
      const isUtama = i < 6;
      const teks = isUtama ? (utamaTeks[i] ?? '') : (tambahan[i - 6] ?? '');
      const target = isUtama && atasan && atasan.utama.length > 0 ? bestTarget(atasan.utama, teks, i) : undefined;
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
    if (!planOf.has(jabatan.id)) planOf.set(jabatan.id, { skp, utama, holderId: p.id, created });
  }
  return { skp: skps, rhk: rhks, stamps };
}

function bestTarget(options: readonly Rhk[], teks: string, i: number): Rhk | undefined {
  let best = options[i % options.length];
  let score = 0;
  for (const o of options) {
    const s = overlap(o.teks, teks);
    if (s > score) {
      score = s;
      best = o;
    }
  }
  return best;
}
