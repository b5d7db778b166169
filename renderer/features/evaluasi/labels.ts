/** Colours and display helpers of the evaluation screens. Pure (unit-tested in tests/renderer). */
import type { Predikat, Rating, StatusRealisasi } from '../../../shared/domain/evaluasi/types.js';

/** Mantine colour per predikat, best (teal) to worst (red); the chart and the badges share it. */
export const PREDIKAT_COLOR: Readonly<Record<Predikat, string>> = {
  sangat_baik: 'teal',
  baik: 'blue',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
};

export const RATING_COLOR: Readonly<Record<Rating, string>> = { di_atas: 'teal', sesuai: 'blue', di_bawah: 'orange' };

export const STATUS_REALISASI_COLOR: Readonly<Record<StatusRealisasi | 'kosong', string>> = {
  kosong: 'gray',
  draft: 'blue',
  dilaporkan: 'teal',
  revisi: 'orange',
};

/**
 * A number as the screens print it (thousands separator, up to two decimals).
 *
 * @example
 * formatNumber(1250.5, 'id'); // '1.250,5'
 */
export function formatNumber(v: number, lang: 'id' | 'en'): string {
  return v.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });
}

/**
 * A percent as the screens print it: one decimal at most.
 *
 * @example
 * formatPercent(66.666, 'id'); // '66,7 %'
 */
export function formatPercent(v: number, lang: 'id' | 'en'): string {
  return `${v.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 })} %`;
}

/**
 * "3 Juni 2026" → how a size of a file reads: "12,3 KB".
 *
 * @example
 * formatBytes(2048, 'id'); // '2 KB'
 */
export function formatBytes(bytes: number, lang: 'id' | 'en'): string {
  const fmt = (x: number) => x.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${fmt(bytes)} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / 1024 / 1024)} MB`;
}
