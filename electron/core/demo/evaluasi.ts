/**
 * A year of pelaksanaan and penilaian for the demo unit, so every evaluation screen has data: the
 * instansi setting (quarterly), and for each APPROVED SKP the realisasi of the periods up to today,
 * a dialog kinerja, ratings of the past periods by the penilai (mostly Baik; some Sangat Baik, some
 * Butuh Perbaikan, rare Kurang/Misconduct), most locked and acknowledged; the latest past period
 * partly unrated and the current one in progress, so Beranda has to-dos; laporan harian of the last
 * weeks for some pegawai; the predikat kinerja organisasi of the top units. Pure and deterministic
 * (ids, derived ids and "now" come from the caller).
 */
import { periodeEvaluasiOf } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type {
  Evaluasi, JenisPeriodeEvaluasi, LaporanHarian, PengaturanKinerja, PeriodeKey, PredikatOrganisasi, PredikatOrganisasiUnit, Rating, Realisasi, UmpanBalik,
} from '../../../shared/domain/evaluasi/types.js';
import type { Rhk, Skp } from '../../../shared/domain/skp/types.js';
import { demoLaporanHarian, demoUmpanBalik, type Dated } from './dialog.js';
import { DAY_MS, officeClock } from './office-clock.js';
import { createRng } from './prng.js';
import { pickHasilKerja, pickPerilaku, pickTier, ratedEvaluasi } from './rating.js';
import { demoRealisasi } from './realisasi.js';

export type DemoEvaluasiInput = {
  now: string;
  jenis?: JenisPeriodeEvaluasi;
  instansiId: string;
  skp: readonly Skp[];
  rhk: readonly Rhk[];
  /** Accounts of pegawai (every demo pegawai has one). */
  userOf: ReadonlyMap<string, string>;
  /** The top unit first, then its direct sub-units: they get a predikat kinerja organisasi. */
  topUnitIds: readonly string[];
  newId: () => string;
  derivedId: (...parts: string[]) => string;
  seed?: number;
};

export type DemoEvaluasi = {
  pengaturan: PengaturanKinerja;
  realisasi: Dated<Realisasi>[];
  evaluasi: Dated<Evaluasi>[];
  umpanBalik: Dated<UmpanBalik>[];
  laporanHarian: Dated<LaporanHarian>[];
  predikatOrganisasi: Dated<PredikatOrganisasiUnit>[];
};

/** Share of pegawai with an approved SKP who keep a laporan harian, and how many weeks back. */
const LAPORAN_SHARE = 0.08;
const LAPORAN_WEEKS = 3;
const ORGANISASI: readonly PredikatOrganisasi[] = ['baik', 'istimewa', 'baik', 'butuh_perbaikan', 'baik'];

/**
 * @example
 * const e = demoEvaluasi({ now, instansiId, skp, rhk, userOf, topUnitIds, newId, derivedId });
 * e.evaluasi.filter((x) => x.row.terkunci).length; // most past quarters
 */
export function demoEvaluasi(input: DemoEvaluasiInput): DemoEvaluasi {
  const rng = createRng(input.seed ?? 2026);
  const nowMs = Date.parse(input.now);
  const clock = officeClock(rng, nowMs);
  const jenis = input.jenis ?? 'triwulanan';
  const rhkOf = new Map<string, Rhk[]>();
  for (const r of input.rhk) rhkOf.set(r.skpId, [...(rhkOf.get(r.skpId) ?? []), r]);
  const out: DemoEvaluasi = {
    pengaturan: { id: input.derivedId('pengaturan_kinerja', input.instansiId), instansiId: input.instansiId, periodeEvaluasi: jenis, batasEvaluasiTahunan: '01-15', menitEfektifBulanan: 6750 },
    realisasi: [], evaluasi: [], umpanBalik: [], laporanHarian: [], predikatOrganisasi: [],
  };
  const approved = input.skp.filter((s) => s.status === 'disetujui');
  const laporanEvery = Math.max(1, Math.round(1 / LAPORAN_SHARE));
  approved.forEach((skp, n) => {
    const rhk = rhkOf.get(skp.id) ?? [];
    const periods = periodeEvaluasiOf(skp.periode, jenis);
    const periodic = periods.filter((p) => p.key !== 'TAHUNAN');
    const approvedAt = Date.parse(skp.approvedAt ?? input.now);
    const tier = pickTier(rng);
    const hk = new Map<PeriodeKey, Rating>(periodic.map((p) => [p.key, pickHasilKerja(rng, tier)]));
    const realisasi = demoRealisasi({ rng, clock, tahun: skp.periode.tahun, skpId: skp.id, rhk, periodic, hk, reportFrom: approvedAt, idOf: (k) => input.derivedId('realisasi', skp.id, k) });
    out.realisasi.push(...realisasi);
    const pegawaiUserId = input.userOf.get(skp.pegawaiId);
    const penilaiPegawaiId = skp.penilai?.penilaiPegawaiId ?? null;
    const penilaiUserId = penilaiPegawaiId ? input.userOf.get(penilaiPegawaiId) : undefined;
    // The head of the unit is rated outside it (by the regional head): no penilai here.
    if (!pegawaiUserId || !penilaiPegawaiId || !penilaiUserId) return;
    const ended = periodic.filter((p) => Date.parse(`${p.selesai}T00:00:00Z`) + DAY_MS <= nowMs);
    const latest = ended.at(-1)?.key;
    for (const r of realisasi) {
      if (r.row.status !== 'dilaporkan' || r.row.dilaporkanAt === null) continue;
      const isLatest = r.row.periode === latest;
      // The latest finished period: some not rated yet, some rated and not yet locked.
      if (isLatest && rng.chance(0.2)) continue;
      const e = ratedEvaluasi(rng, clock, {
        id: input.derivedId('evaluasi', skp.id, r.row.periode), skpId: skp.id, periode: r.row.periode, penilaiPegawaiId, penilaiUserId, pegawaiUserId,
        hk: hk.get(r.row.periode) ?? 'sesuai', pk: pickPerilaku(rng, tier), reportedAt: Date.parse(r.row.dilaporkanAt), kunci: rng.chance(isLatest ? 0.6 : 0.95),
      });
      if (e) out.evaluasi.push(e);
    }
    const parties = { skpId: skp.id, pegawaiUserId, penilaiUserId };
    out.umpanBalik.push(...demoUmpanBalik(rng, clock, parties, rhk, periodic, approvedAt, input.newId));
    if (n % laporanEvery === 0) out.laporanHarian.push(...demoLaporanHarian(rng, clock, skp.id, rhk, LAPORAN_WEEKS, approvedAt, input.newId));
  });
  const tahun = Number(input.now.slice(0, 4));
  const decided = clock.on(Date.UTC(tahun, 1, 20));
  input.topUnitIds.forEach((unitId, i) => {
    const predikat = ORGANISASI[i % ORGANISASI.length] ?? 'baik';
    out.predikatOrganisasi.push({ row: { id: input.derivedId('predikat_organisasi', unitId, String(tahun)), unitId, tahun, predikat }, createdAt: decided, updatedAt: decided });
  });
  return out;
}
