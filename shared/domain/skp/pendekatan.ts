/**
 * Changing an SKP's pendekatan (kuantitatif ↔ kualitatif) rewrites its targets: each target must
 * take the new form (checkRhk refuses a mismatch). `convert` carries each target over where it can,
 * `clear` empties them for the pegawai to write anew. Pure: returns new RHK, never mutates.
 */
import type { Indikator, Pendekatan, Rhk, Target } from './types.js';

export type KonversiTarget = 'convert' | 'clear';

/** An indikator whose target could not be carried over: its new target is empty and must be written. */
export type TargetGagal = { rhkId: string; indikatorId: string; teks: string; targetLama: Target };

export type KonversiResult = { rhk: Rhk[]; gagal: TargetGagal[] };

/** The empty target of a pendekatan: fails checkRhk (blank satuan / uraian) until filled in. */
export function emptyTarget(pendekatan: Pendekatan): Target {
  return pendekatan === 'kuantitatif' ? { kind: 'kuantitatif', nilai: 0, satuan: '' } : { kind: 'kualitatif', teks: '' };
}

/**
 * A number the Indonesian way: decimal comma, no thousands separator (so it reads back the same).
 *
 * @example
 * formatNilaiTarget(2.5); // '2,5'
 */
export function formatNilaiTarget(n: number): string {
  return String(n).replace('.', ',');
}

// A leading number: "1.250,5", "1250.5", "12", "2,5", then the rest as satuan.
const LEADING_NUMBER = /^\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(.*)$/s;

/**
 * Reads "12 dokumen", "100 %", "1.250,5 lembar", "2.5 jam" into a nilai and a satuan; null when the
 * text does not start with a number or has no satuan after it.
 *
 * @example
 * parseTargetTeks('12 dokumen'); // { nilai: 12, satuan: 'dokumen' }
 * parseTargetTeks('Laporan tepat waktu'); // null
 */
export function parseTargetTeks(teks: string): { nilai: number; satuan: string } | null {
  const m = LEADING_NUMBER.exec(teks);
  if (!m) return null;
  const [, num = '', rest = ''] = m;
  // "1.250" / "1.250,5": dots group thousands; otherwise a single dot or comma is the decimal mark.
  const grouped = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(num);
  const nilai = Number(grouped ? num.replace(/\./g, '').replace(',', '.') : num.replace(',', '.'));
  const satuan = rest.trim().replace(/\s+/g, ' ');
  if (!Number.isFinite(nilai) || satuan === '') return null;
  return { nilai, satuan };
}

function convertOne(t: Target, to: Pendekatan): Target | null {
  if (t.kind === to) return t;
  if (t.kind === 'kuantitatif') {
    const teks = `${formatNilaiTarget(t.nilai)} ${t.satuan.trim()}`.trim();
    return { kind: 'kualitatif', teks };
  }
  const parsed = parseTargetTeks(t.teks);
  return parsed ? { kind: 'kuantitatif', ...parsed } : null;
}

/**
 * The RHK with every target in the form of pendekatan `to`, and the indikator that could not be
 * converted (given an empty target, to be written by hand). `clear` empties every target and lists
 * none as failed (nothing was attempted).
 *
 * @example
 * const r = convertTargets(rhk, 'kualitatif', 'convert');
 * r.rhk[0].indikator[0].target; // { kind: 'kualitatif', teks: '12 dokumen' }
 * convertTargets(rhk, 'kuantitatif', 'convert').gagal; // indikator whose uraian has no leading number + satuan
 */
export function convertTargets(rhk: readonly Rhk[], to: Pendekatan, mode: KonversiTarget): KonversiResult {
  const gagal: TargetGagal[] = [];
  const out = rhk.map((r) => ({
    ...r,
    indikator: r.indikator.map((i): Indikator => {
      if (mode === 'clear') return { ...i, target: emptyTarget(to) };
      const target = convertOne(i.target, to);
      if (target) return { ...i, target: { ...target } };
      gagal.push({ rhkId: r.id, indikatorId: i.id, teks: i.teks, targetLama: { ...i.target } });
      return { ...i, target: emptyTarget(to) };
    }),
  }));
  return { rhk: out, gagal };
}
