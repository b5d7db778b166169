/**
 * What one calendar day was for one pegawai, and what it costs. The order of the checks is the
 * rule: outside the pegawai's service → not counted; weekend or holiday → never an absence
 * (whatever the machine recorded); an excused absence → no deduction; otherwise the scans decide.
 */
import { bandDari, tarifBand, seperseratus } from './band.js';
import { statusKalender, type StatusKalender } from './kalender.js';
import type { Band, Izin, JenisIzin, Kehadiran, PengaturanTpp } from './types.js';

/** Late arrival or early leave on one day: minutes (null = no scan, band 4) and its deduction. */
export type Pelanggaran = { band: Band; menit: number | null; potongan: number };

export type HariPegawai =
  | { tanggal: string; jenis: 'bukan_masa_kerja' }
  | { tanggal: string; jenis: 'libur'; sebab: Extract<StatusKalender, { kerja: false }>['sebab']; nama: string | null }
  | { tanggal: string; jenis: 'izin'; izin: JenisIzin }
  | { tanggal: string; jenis: 'tanpa_keterangan'; potongan: number }
  | {
      tanggal: string;
      jenis: 'hadir';
      masuk: number | null;
      pulang: number | null;
      /** Null when on time. */
      tl: Pelanggaran | null;
      psw: Pelanggaran | null;
      /** Hundredths of a percent: tl + psw. */
      potongan: number;
    };

/** Inputs of one day. `aktifSampai`: the last day of service (tmt selesai), null while serving. */
export type HariInput = {
  tanggal: string;
  kehadiran: Kehadiran | undefined;
  izin: readonly Izin[];
  aktifSampai: string | null;
};

function pelanggaran(menit: number | null, p: PengaturanTpp, tarif: PengaturanTpp['tarifTl']): Pelanggaran | null {
  const band = bandDari(menit, p.batasMenit);
  return band === null ? null : { band, menit, potongan: tarifBand(band, tarif) };
}

/**
 * @example
 * // Monday 5 January 2026, office 07:30–16:00, scanned 07:42 and 16:05:
 * klasifikasiHari({ tanggal: '2026-01-05', kehadiran: { tanggal: '2026-01-05', masuk: 462, pulang: 965 }, izin: [], aktifSampai: null }, DEFAULT_PENGATURAN_TPP);
 * // { jenis: 'hadir', tl: { band: 1, menit: 12, potongan: 50 }, psw: null, potongan: 50, ... }
 */
export function klasifikasiHari(input: HariInput, p: PengaturanTpp): HariPegawai {
  const { tanggal } = input;
  if (input.aktifSampai !== null && tanggal > input.aktifSampai) return { tanggal, jenis: 'bukan_masa_kerja' };
  const kal = statusKalender(tanggal, p);
  if (!kal.kerja) return { tanggal, jenis: 'libur', sebab: kal.sebab, nama: kal.nama };
  const izin = input.izin.find((i) => i.mulai <= tanggal && tanggal <= i.selesai);
  if (izin) return { tanggal, jenis: 'izin', izin: izin.jenis };
  const k = input.kehadiran;
  if (!k || (k.masuk === null && k.pulang === null)) return { tanggal, jenis: 'tanpa_keterangan', potongan: seperseratus(p.tarifTanpaKeterangan) };
  // A missing scan is "no record": band 4 of its side (DOMAIN.md "over 90 min (or no record)").
  const tl = pelanggaran(k.masuk === null ? null : k.masuk - kal.jadwal.masuk, p, p.tarifTl);
  const psw = pelanggaran(k.pulang === null ? null : kal.jadwal.pulang - k.pulang, p, p.tarifPsw);
  return { tanggal, jenis: 'hadir', masuk: k.masuk, pulang: k.pulang, tl, psw, potongan: (tl?.potongan ?? 0) + (psw?.potongan ?? 0) };
}
