/**
 * The RHK form's state and its conversion to what the contract takes. Pure (tested in
 * tests/renderer/rhk-draft.test.ts): the form keeps every typed character in a draft, so a
 * refused save never loses input, and converts only when sending.
 */
import type { ArgsOf } from '../../../shared/contract.js';
import type { AspekIki, Indikator, JenisRhk, Pendekatan } from '../../../shared/domain/skp/types.js';

export type IndikatorInput = ArgsOf<'rhk/save'>['indikator'][number];
/** The fields an RHK shares between an SKP, a template and "apply to many". */
export type RhkInput = { jenis: JenisRhk; teks: string; perspektif: string | null; intervensiPerjanjianKinerja: string | null; indikator: IndikatorInput[] };

export type IndikatorDraft = { key: string; id: string | null; aspek: AspekIki; teks: string; nilai: string; satuan: string; targetTeks: string };
export type RhkDraft = { jenis: JenisRhk; teks: string; perspektif: string; pk: string; indikator: IndikatorDraft[] };

let nextKey = 1;
function key(): string {
  nextKey += 1;
  return `ind-${nextKey}`;
}

export function emptyIndikator(aspek: AspekIki = 'kuantitas'): IndikatorDraft {
  return { key: key(), id: null, aspek, teks: '', nilai: '', satuan: '', targetTeks: '' };
}

/**
 * @example
 * rhkDraftFrom(null).indikator.length; // 1 (an empty kuantitas indikator)
 */
export function rhkDraftFrom(
  r: { jenis: JenisRhk; teks: string; perspektif: string | null; intervensiPerjanjianKinerja?: string | null; indikator: readonly (Omit<Indikator, 'id'> & { id?: string })[] } | null,
): RhkDraft {
  if (!r) return { jenis: 'utama', teks: '', perspektif: '', pk: '', indikator: [emptyIndikator()] };
  return {
    jenis: r.jenis,
    teks: r.teks,
    perspektif: r.perspektif ?? '',
    pk: r.intervensiPerjanjianKinerja ?? '',
    indikator: r.indikator.map((i) => ({
      key: key(),
      id: i.id ?? null,
      aspek: i.aspek,
      teks: i.teks,
      nilai: i.target.kind === 'kuantitatif' ? String(i.target.nilai) : '',
      satuan: i.target.kind === 'kuantitatif' ? i.target.satuan : '',
      targetTeks: i.target.kind === 'kualitatif' ? i.target.teks : '',
    })),
  };
}

/**
 * A number typed the Indonesian way ("1.250,5") or the English way ("1250.5"); null if it is not one.
 *
 * @example
 * parseNilai('1.250,5'); // 1250.5
 */
export function parseNilai(text: string): number | null {
  let s = text.replace(/\s/g, '');
  if (s === '') return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * The draft as the contract takes it; the target kind follows the SKP's pendekatan. The form
 * checks `rhkCheckArgs` first; a value that still does not parse is sent as -1 for the contract to
 * refuse with its own message, never silently guessed.
 */
export function rhkInputFrom(d: RhkDraft, pendekatan: Pendekatan, opts: { isPuncak: boolean; isJpt: boolean }): RhkInput {
  return {
    jenis: d.jenis,
    teks: d.teks,
    perspektif: opts.isJpt && d.perspektif.trim() !== '' ? d.perspektif : null,
    intervensiPerjanjianKinerja: opts.isPuncak && d.pk.trim() !== '' ? d.pk : null,
    indikator: d.indikator.map((i) => ({
      ...(i.id ? { id: i.id } : {}),
      aspek: i.aspek,
      teks: i.teks,
      target:
        pendekatan === 'kuantitatif'
          ? { kind: 'kuantitatif' as const, nilai: parseNilai(i.nilai) ?? -1, satuan: i.satuan }
          : { kind: 'kualitatif' as const, teks: i.targetTeks },
    })),
  };
}

/**
 * The target value as the contract's check should see it: absent when blank ("Wajib diisi"), a
 * negative number as such ("Tidak boleh kurang dari 0"), NaN for words like "dua belas" ("Harus
 * berupa angka"): each gets its own message beside the field instead of a greyed-out button.
 *
 * @example
 * nilaiForCheck('-5'); // -5
 * nilaiForCheck('dua belas'); // NaN
 */
export function nilaiForCheck(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const n = parseNilai(text);
  if (n !== null) return n;
  const negative = /^\s*-/.test(text) ? parseNilai(text.replace(/^\s*-/, '')) : null;
  return negative !== null ? -negative : Number.NaN;
}

/** The draft in the contract's shape for checking (not for sending: see `rhkInputFrom`). */
export function rhkCheckArgs(d: RhkDraft, pendekatan: Pendekatan, opts: { isPuncak: boolean; isJpt: boolean }): unknown {
  const input = rhkInputFrom(d, pendekatan, opts);
  return {
    ...input,
    indikator: input.indikator.map((i, k) =>
      i.target.kind === 'kuantitatif' ? { ...i, target: { ...i.target, nilai: nilaiForCheck(d.indikator[k]?.nilai ?? '') } } : i,
    ),
  };
}

/**
 * The contract's path of an RHK issue → the form's field (`indikator.0.target.nilai` →
 * `indikator.0.nilai`).
 *
 * @example
 * rhkFieldOf('intervensiPerjanjianKinerja'); // 'pk'
 */
export function rhkFieldOf(path: string): string {
  if (path === 'intervensiPerjanjianKinerja') return 'pk';
  const m = /^indikator\.(\d+)\.target\.(nilai|satuan|teks)$/.exec(path);
  if (!m) return path;
  const field = m[2] === 'teks' ? 'targetTeks' : m[2];
  return `indikator.${m[1]}.${field}`;
}
