/**
 * One pegawai's month of discipline: working days, attendance, TL/PSW counts and minutes per band,
 * days without an excuse, each deduction, and the discipline percentage = 100 − sum of deductions,
 * floored at 0. Every figure is kept so a person can redo the sum by hand.
 */
import { persenDari } from './band.js';
import { tanggalBulan } from './kalender.js';
import { klasifikasiHari, type HariPegawai } from './klasifikasi.js';
import { BAND, JENIS_IZIN, type Band, type Izin, type JenisIzin, type Kehadiran, type PengaturanTpp } from './types.js';

/** Occurrences of one band and their minutes (scans missing count as occurrences with no minutes). */
export type TallyBand = { band: Band; kali: number; menit: number; tanpaCatatan: number; potongan: number };

export type RekapDisiplin = {
  tahun: number;
  bulan: number;
  /** Working days of the calendar while the pegawai served. */
  hariKerja: number;
  hadir: number;
  izin: Record<JenisIzin, number>;
  tanpaKeterangan: number;
  tl: TallyBand[];
  psw: TallyBand[];
  /** Deductions, percent. */
  potonganTl: number;
  potonganPsw: number;
  potonganTanpaKeterangan: number;
  potonganTotal: number;
  /** 100 − potonganTotal, never below 0. */
  disiplinPersen: number;
  hari: HariPegawai[];
};

export type DisiplinInput = {
  tahun: number;
  bulan: number;
  kehadiran: readonly Kehadiran[];
  izin: readonly Izin[];
  aktifSampai: string | null;
};

function emptyTally(): TallyBand[] {
  return BAND.map((band) => ({ band, kali: 0, menit: 0, tanpaCatatan: 0, potongan: 0 }));
}

function count(tally: TallyBand[], v: { band: Band; menit: number | null; potongan: number } | null): number {
  if (!v) return 0;
  const t = tally[v.band - 1];
  if (t) {
    t.kali += 1;
    if (v.menit === null) t.tanpaCatatan += 1;
    else t.menit += v.menit;
    t.potongan += v.potongan;
  }
  return v.potongan;
}

/**
 * @example
 * const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran, izin: [], aktifSampai: null }, DEFAULT_PENGATURAN_TPP);
 * r.disiplinPersen; // e.g. 97.5
 */
export function rekapDisiplin(input: DisiplinInput, p: PengaturanTpp): RekapDisiplin {
  const byDate = new Map(input.kehadiran.map((k) => [k.tanggal, k]));
  const izin = Object.fromEntries(JENIS_IZIN.map((j) => [j, 0])) as Record<JenisIzin, number>;
  const tl = emptyTally();
  const psw = emptyTally();
  let [hariKerja, hadir, tanpaKeterangan, potTl, potPsw, potTk] = [0, 0, 0, 0, 0, 0];
  const hari = tanggalBulan(input.tahun, input.bulan).map((tanggal) =>
    klasifikasiHari({ tanggal, kehadiran: byDate.get(tanggal), izin: input.izin, aktifSampai: input.aktifSampai }, p),
  );
  for (const h of hari) {
    if (h.jenis === 'libur' || h.jenis === 'bukan_masa_kerja') continue;
    hariKerja += 1;
    if (h.jenis === 'izin') izin[h.izin] += 1;
    else if (h.jenis === 'tanpa_keterangan') {
      tanpaKeterangan += 1;
      potTk += h.potongan;
    } else {
      hadir += 1;
      potTl += count(tl, h.tl);
      potPsw += count(psw, h.psw);
    }
  }
  const total = potTl + potPsw + potTk;
  const tallyPersen = (t: TallyBand[]) => t.map((x) => ({ ...x, potongan: persenDari(x.potongan) }));
  return {
    tahun: input.tahun,
    bulan: input.bulan,
    hariKerja,
    hadir,
    izin,
    tanpaKeterangan,
    tl: tallyPersen(tl),
    psw: tallyPersen(psw),
    potonganTl: persenDari(potTl),
    potonganPsw: persenDari(potPsw),
    potonganTanpaKeterangan: persenDari(potTk),
    potonganTotal: persenDari(total),
    disiplinPersen: persenDari(Math.max(0, 10_000 - total)),
    hari,
  };
}
