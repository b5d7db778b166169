/**
 * Fingerprint attendance and excused absences of the demo unit, so the Rekap TPP reads like a real
 * office's month: most pegawai arrive between 07:00 and 07:30 and leave after closing time; each
 * has a habit (most are punctual, some often late or early), so lateness (TL) and early leave
 * (PSW) show in every band; a few days are missed without a word; some absences are covered by a
 * cuti, dinas luar or sakit letter. Only working days of the given calendar get records: never a
 * weekend, a national holiday or a cuti bersama.
 *
 * Only the last full months before "now" (DEMO_BULAN_KEHADIRAN): the rekap opens on the previous
 * month, and the 10,000-pegawai demo the benchmarks load must stay quick (two months there are
 * about 400,000 records). Pure and deterministic: the same seed and inputs give the same rows.
 */
import { isoOf, lastDayOfMonth } from '../../../shared/domain/evaluasi/iso-date.js';
import { statusKalender, type Jadwal } from '../../../shared/domain/tpp/kalender.js';
import type { Izin, JenisIzin, Kehadiran, PengaturanTpp } from '../../../shared/domain/tpp/types.js';
import { createRng, type Rng } from './prng.js';

/** How many full months back the demo has attendance. */
export const DEMO_BULAN_KEHADIRAN = 2;

export type Bulan = { tahun: number; bulan: number };

/**
 * The `count` full months before the month of `now`, oldest first.
 *
 * @example
 * demoBulan('2026-12-06T03:00:00Z', 2); // [{ tahun: 2026, bulan: 10 }, { tahun: 2026, bulan: 11 }]
 */
export function demoBulan(now: string, count = DEMO_BULAN_KEHADIRAN): Bulan[] {
  const y = Number(now.slice(0, 4));
  const m = Number(now.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const back = count - i;
    const index = y * 12 + (m - 1) - back;
    return { tahun: Math.floor(index / 12), bulan: (index % 12) + 1 };
  });
}

/** Chance per working day of arriving late, leaving early, or missing the day without an excuse. */
type Kebiasaan = { telat: number; pulangAwal: number; mangkir: number };
const TEPAT: Kebiasaan = { telat: 0.02, pulangAwal: 0.01, mangkir: 0.002 };
const BIASA: Kebiasaan = { telat: 0.08, pulangAwal: 0.04, mangkir: 0.006 };
const LONGGAR: Kebiasaan = { telat: 0.2, pulangAwal: 0.1, mangkir: 0.02 };

function pickKebiasaan(rng: Rng): Kebiasaan {
  const x = rng.next();
  return x < 0.7 ? TEPAT : x < 0.92 ? BIASA : LONGGAR;
}

/** A late arrival or early leave in minutes: mostly band 1, fewer in each band after. */
function menitPelanggaran(rng: Rng): number {
  const x = rng.next();
  if (x < 0.72) return rng.int(1, 30);
  if (x < 0.88) return rng.int(31, 60);
  if (x < 0.95) return rng.int(61, 90);
  return rng.int(91, 180);
}

/** Scans forgotten at the machine: counted as band 4 of that side by the rules. */
const TANPA_SCAN_MASUK = 0.003;
const TANPA_SCAN_PULANG = 0.005;

/** Chance per pegawai and month of each kind of letter, its length in working days, and its notes. */
const IZIN: readonly { jenis: JenisIzin; peluang: number; hari: readonly [number, number]; keterangan: readonly string[] }[] = [
  { jenis: 'dinas_luar', peluang: 0.08, hari: [1, 3], keterangan: ['Rapat koordinasi di dinas provinsi', 'Monitoring ke sekolah binaan', 'Bimbingan teknis', 'Pendampingan asesmen di kecamatan'] },
  { jenis: 'cuti', peluang: 0.05, hari: [1, 4], keterangan: ['Cuti tahunan', 'Cuti tahunan, keperluan keluarga', 'Cuti alasan penting'] },
  { jenis: 'sakit', peluang: 0.03, hari: [1, 2], keterangan: ['Surat keterangan dokter', 'Surat keterangan sakit dari puskesmas'] },
];

type HariKerja = { tanggal: string; jadwal: Jadwal };

function hariKerjaBulan(b: Bulan, p: PengaturanTpp): HariKerja[] {
  const out: HariKerja[] = [];
  for (let d = 1; d <= lastDayOfMonth(b.tahun, b.bulan); d += 1) {
    const tanggal = isoOf(b.tahun, b.bulan, d);
    const s = statusKalender(tanggal, p);
    if (s.kerja) out.push({ tanggal, jadwal: s.jadwal });
  }
  return out;
}

/** Letters of one pegawai in one month, never overlapping; marks the days they cover. */
function izinBulan(rng: Rng, pegawaiId: string, hari: readonly HariKerja[], covered: boolean[], idOf: DemoKehadiranInput['izinId']): Izin[] {
  const out: Izin[] = [];
  for (const kind of IZIN) {
    if (hari.length === 0 || !rng.chance(kind.peluang)) continue;
    const len = Math.min(hari.length, rng.int(kind.hari[0], kind.hari[1]));
    const start = rng.int(0, hari.length - len);
    if (covered.slice(start, start + len).some(Boolean)) continue;
    for (let i = start; i < start + len; i += 1) covered[i] = true;
    const mulai = hari[start]?.tanggal ?? '';
    out.push({ id: idOf(pegawaiId, mulai), pegawaiId, jenis: kind.jenis, mulai, selesai: hari[start + len - 1]?.tanggal ?? mulai, keterangan: rng.pick(kind.keterangan) });
  }
  return out;
}

/** One present day's scans: arrival mostly 07:00–07:30, leaving up to an hour or so after closing. */
function scans(rng: Rng, jadwal: Jadwal, k: Kebiasaan): Pick<Kehadiran, 'masuk' | 'pulang'> {
  const masuk = rng.chance(k.telat) ? jadwal.masuk + menitPelanggaran(rng) : jadwal.masuk - (rng.chance(0.12) ? rng.int(31, 50) : rng.int(0, 30));
  const pulang = rng.chance(k.pulangAwal) ? jadwal.pulang - menitPelanggaran(rng) : jadwal.pulang + (rng.chance(0.8) ? rng.int(0, 45) : rng.int(46, 120));
  return { masuk: rng.chance(TANPA_SCAN_MASUK) ? null : masuk, pulang: rng.chance(TANPA_SCAN_PULANG) ? null : pulang };
}

export type DemoKehadiranInput = {
  now: string;
  /** In a stable order: each pegawai's rows come from the generator in this order. */
  pegawaiIds: readonly string[];
  /** The calendar and office hours the rekap will use. */
  pengaturan: PengaturanTpp;
  /** The id of a letter (stable ids keep the output comparable across runs). */
  izinId: (pegawaiId: string, mulai: string) => string;
  seed?: number;
};

export type DemoKehadiran = { bulan: Bulan[]; kehadiran: (Kehadiran & { pegawaiId: string })[]; izin: Izin[] };

/**
 * @example
 * const d = demoKehadiran({ now, pegawaiIds, pengaturan: demoPengaturanTpp([2026]), izinId: (p, m) => `${p}:${m}` });
 * d.kehadiran.length; // about 20 records per pegawai and month
 */
export function demoKehadiran(input: DemoKehadiranInput): DemoKehadiran {
  const rng = createRng(input.seed ?? 2027);
  const bulan = demoBulan(input.now);
  const months = bulan.map((b) => hariKerjaBulan(b, input.pengaturan));
  const out: DemoKehadiran = { bulan, kehadiran: [], izin: [] };
  for (const pegawaiId of input.pegawaiIds) {
    const k = pickKebiasaan(rng);
    for (const hari of months) {
      const covered = hari.map(() => false);
      out.izin.push(...izinBulan(rng, pegawaiId, hari, covered, input.izinId));
      hari.forEach((h, i) => {
        if (covered[i] || rng.chance(k.mangkir)) return;
        out.kehadiran.push({ pegawaiId, tanggal: h.tanggal, ...scans(rng, h.jadwal, k) });
      });
    }
  }
  return out;
}
