/**
 * The money: TPP = base × (bobot kinerja × kinerja % + bobot disiplin × disiplin %), rounded to
 * whole rupiah once, at the end. Integer arithmetic throughout (percent as hundredths, weights as
 * whole percent), so the result is exact before that one rounding and equal on every machine.
 */
import { persenDari, seperseratus } from './band.js';
import type { Predikat } from '../evaluasi/types.js';
import { KELAS_JABATAN_MAX, type PengaturanTpp } from './types.js';

/** The performance part: from the predikat, or 0 and flagged when the month is not rated yet. */
export type Kinerja = { predikat: Predikat | null; belumDinilai: boolean; persen: number };

/**
 * @example
 * kinerjaDari('butuh_perbaikan', DEFAULT_PENGATURAN_TPP); // { predikat: 'butuh_perbaikan', belumDinilai: false, persen: 80 }
 * kinerjaDari(null, DEFAULT_PENGATURAN_TPP); // { predikat: null, belumDinilai: true, persen: 0 }
 */
export function kinerjaDari(predikat: Predikat | null, p: Pick<PengaturanTpp, 'persenKinerja'>): Kinerja {
  if (predikat === null) return { predikat: null, belumDinilai: true, persen: 0 };
  return { predikat, belumDinilai: false, persen: p.persenKinerja[predikat] };
}

/** The base TPP of a kelas jabatan; null when the jabatan has no kelas or the instansi set no amount. */
export function tppDasarDari(kelas: number | null, p: Pick<PengaturanTpp, 'tppDasar'>): number | null {
  if (kelas === null || kelas < 1 || kelas > KELAS_JABATAN_MAX) return null;
  return p.tppDasar[kelas - 1] ?? null;
}

export type HitungTpp = {
  dasar: number | null;
  bobotKinerja: number;
  bobotDisiplin: number;
  kinerjaPersen: number;
  disiplinPersen: number;
  /** bobotKinerja × kinerjaPersen / 100, percent of the base. */
  persenKinerjaTertimbang: number;
  persenDisiplinTertimbang: number;
  /** Sum of the two weighted parts: the share of the base paid, percent. */
  persenAkhir: number;
  /** The two parts in rupiah, unrounded (so the sum can be checked); null without a base. */
  rupiahKinerja: number | null;
  rupiahDisiplin: number | null;
  /** Whole rupiah, rounded half up once; null without a base. */
  tpp: number | null;
};

/** a / b rounded half up, for non-negative safe integers (exact: the remainder is integer arithmetic). */
function bagiBulat(a: number, b: number): number {
  let q = Math.floor(a / b);
  let r = a - q * b;
  // The float quotient can land one off next to an integer; the remainder says which way.
  if (r < 0) [q, r] = [q - 1, r + b];
  if (r >= b) [q, r] = [q + 1, r - b];
  return 2 * r >= b ? q + 1 : q;
}

/**
 * @example
 * // base Rp 5.000.000, kinerja 100 %, disiplin 96,5 %, weights 60/40:
 * // 5.000.000 × (60 % × 100 % + 40 % × 96,5 %) = 5.000.000 × 98,6 % = 4.930.000
 * hitungTpp({ dasar: 5_000_000, kinerjaPersen: 100, disiplinPersen: 96.5 }, DEFAULT_PENGATURAN_TPP).tpp; // 4930000
 */
export function hitungTpp(
  input: { dasar: number | null; kinerjaPersen: number; disiplinPersen: number },
  p: Pick<PengaturanTpp, 'bobotKinerja' | 'bobotDisiplin'>,
): HitungTpp {
  const k = seperseratus(input.kinerjaPersen);
  const d = seperseratus(input.disiplinPersen);
  // Weighted parts in hundredths of a percent × 100 (weights are whole percent).
  const wk = p.bobotKinerja * k;
  const wd = p.bobotDisiplin * d;
  const dasar = input.dasar;
  return {
    dasar,
    bobotKinerja: p.bobotKinerja,
    bobotDisiplin: p.bobotDisiplin,
    kinerjaPersen: persenDari(k),
    disiplinPersen: persenDari(d),
    persenKinerjaTertimbang: wk / 10_000,
    persenDisiplinTertimbang: wd / 10_000,
    persenAkhir: (wk + wd) / 10_000,
    rupiahKinerja: dasar === null ? null : (dasar * wk) / 1_000_000,
    rupiahDisiplin: dasar === null ? null : (dasar * wd) / 1_000_000,
    // [unconfirmed] Half up to the rupiah; an instansi that rounds down would change only this line.
    tpp: dasar === null ? null : bagiBulat(dasar * (wk + wd), 1_000_000),
  };
}
