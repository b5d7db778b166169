/**
 * Kurva distribusi: the spread of predikat kinerja pegawai a unit is expected to show, given its
 * predikat kinerja organisasi (SE MenPANRB 3/2023, DOMAIN.md "Penilaian"). Guidance, not law: the
 * check WARNS and never blocks a rating. The figures are data (KURVA_DISTRIBUSI), one entry per
 * predikat organisasi, so a new circular changes one table.
 */
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, PREDIKATS, type Predikat, type PredikatOrganisasi } from './types.js';

/**
 * One line of the circular. `maks`/`min`: the share of the named predikat together (percent of the
 * rated pegawai). `minJumlah`: at least `jumlah` pegawai in the named predikat once the unit has at
 * least `dariDinilai` rated pegawai.
 */
export type KurvaRule =
  | { kind: 'maks'; predikats: readonly Predikat[]; persen: number }
  | { kind: 'min'; predikats: readonly Predikat[]; persen: number }
  | { kind: 'minJumlah'; predikats: readonly Predikat[]; jumlah: number; dariDinilai: number };

/** The circular's figures, per predikat kinerja organisasi. */
export const KURVA_DISTRIBUSI = {
  istimewa: [{ kind: 'maks', predikats: ['sangat_baik'], persen: 70 }],
  baik: [
    { kind: 'maks', predikats: ['baik'], persen: 70 },
    // [unconfirmed] The circular says only "some Butuh Perbaikan / Kurang expected". We read it as:
    // at least one pegawai rated Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang once five or more
    // are rated (a smaller unit can honestly have none). Change the figures here.
    { kind: 'minJumlah', predikats: ['butuh_perbaikan', 'kurang', 'sangat_kurang'], jumlah: 1, dariDinilai: 5 },
  ],
  butuh_perbaikan: [
    { kind: 'min', predikats: ['butuh_perbaikan'], persen: 60 },
    { kind: 'maks', predikats: ['sangat_baik'], persen: 10 },
  ],
  kurang: [
    { kind: 'min', predikats: ['kurang'], persen: 60 },
    { kind: 'min', predikats: ['butuh_perbaikan'], persen: 10 },
    { kind: 'maks', predikats: ['sangat_baik'], persen: 10 },
  ],
  sangat_kurang: [
    { kind: 'min', predikats: ['sangat_kurang'], persen: 60 },
    { kind: 'min', predikats: ['kurang', 'butuh_perbaikan'], persen: 10 },
    { kind: 'maks', predikats: ['sangat_baik'], persen: 0 },
  ],
} as const satisfies Record<PredikatOrganisasi, readonly KurvaRule[]>;

export type PredikatCounts = Record<Predikat, number>;

export type KurvaWarning = {
  /** The rule in Indonesian, e.g. "Sangat Baik paling banyak 70 %". */
  aturan: string;
  /** The whole warning in Indonesian, ready to show. */
  pesan: string;
  kind: KurvaRule['kind'];
  /** The predikat groups the rule is about (the pegawai "affected", see `affected`). */
  predikats: Predikat[];
  /** How many rated pegawai are in those groups, and their share of the rated. */
  jumlah: number;
  persen: number;
  /** The limit: a percent for `maks`/`min`, a head count for `minJumlah`. */
  batasPersen: number | null;
  batasJumlah: number | null;
};

export type KurvaCheck = {
  spread: Record<Predikat, { count: number; percent: number }>;
  /** Rated pegawai (the base of every percent). */
  total: number;
  warnings: KurvaWarning[];
};

/**
 * "70 %", "70,1 %": one decimal, Indonesian decimal comma, as the circular writes percents.
 *
 * @example
 * formatPersen(100 / 3); // '33,3 %'
 */
export function formatPersen(n: number): string {
  const r = Math.round(n * 10) / 10;
  return `${String(r).replace('.', ',')} %`;
}

function groupLabel(ps: readonly Predikat[]): string {
  return ps.map((p) => PREDIKAT_LABEL[p]).join(' + ');
}

/** The rule in words, e.g. "Sangat Baik paling banyak 70 %". */
export function describeKurvaRule(rule: KurvaRule): string {
  const g = groupLabel(rule.predikats);
  if (rule.kind === 'minJumlah') return `${g} paling sedikit ${rule.jumlah} pegawai (bila ${rule.dariDinilai} pegawai atau lebih dinilai)`;
  if (rule.kind === 'maks' && rule.persen === 0) return `tidak ada ${g}`;
  return `${g} ${rule.kind === 'maks' ? 'paling banyak' : 'paling sedikit'} ${formatPersen(rule.persen)}`;
}

/**
 * The unit's spread and the rules of its predikat organisasi it breaks. An empty unit (nobody rated)
 * breaks none. Percent comparisons are exact (integer arithmetic): 7 of 10 is 70 % and passes
 * "at most 70 %".
 *
 * @example
 * checkKurva('istimewa', { sangat_baik: 8, baik: 2, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 }).warnings[0]?.aturan;
 * // 'Sangat Baik paling banyak 70 %'
 */
export function checkKurva(predikatOrganisasi: PredikatOrganisasi, counts: PredikatCounts): KurvaCheck {
  const total = PREDIKATS.reduce((s, p) => s + counts[p], 0);
  const pct = (n: number): number => (total === 0 ? 0 : (n * 100) / total);
  const cell = (p: Predikat): { count: number; percent: number } => ({ count: counts[p], percent: pct(counts[p]) });
  const spread: KurvaCheck['spread'] = {
    sangat_baik: cell('sangat_baik'),
    baik: cell('baik'),
    butuh_perbaikan: cell('butuh_perbaikan'),
    kurang: cell('kurang'),
    sangat_kurang: cell('sangat_kurang'),
  };
  const warnings: KurvaWarning[] = [];
  if (total === 0) return { spread, total, warnings };
  const rules: readonly KurvaRule[] = KURVA_DISTRIBUSI[predikatOrganisasi];
  const org = PREDIKAT_ORGANISASI_LABEL[predikatOrganisasi];
  for (const rule of rules) {
    const jumlah = rule.predikats.reduce((s, p) => s + counts[p], 0);
    const persen = pct(jumlah);
    const g = groupLabel(rule.predikats);
    const aturan = describeKurvaRule(rule);
    const base = { aturan, kind: rule.kind, predikats: [...rule.predikats], jumlah, persen };
    const of = `${jumlah} dari ${total} pegawai`;
    if (rule.kind === 'maks' && jumlah * 100 > rule.persen * total) {
      const pesan =
        rule.persen === 0
          ? `${g} ${formatPersen(persen)} (${of}); untuk predikat kinerja organisasi ${org} seharusnya ${aturan}.`
          : `${g} ${formatPersen(persen)} (${of}), melebihi batas ${aturan} untuk predikat kinerja organisasi ${org}.`;
      warnings.push({ ...base, pesan, batasPersen: rule.persen, batasJumlah: null });
    } else if (rule.kind === 'min' && jumlah * 100 < rule.persen * total) {
      const pesan = `${g} ${formatPersen(persen)} (${of}), di bawah batas ${aturan} untuk predikat kinerja organisasi ${org}.`;
      warnings.push({ ...base, pesan, batasPersen: rule.persen, batasJumlah: null });
    } else if (rule.kind === 'minJumlah' && total >= rule.dariDinilai && jumlah < rule.jumlah) {
      const pesan = `${g} ${of}; untuk predikat kinerja organisasi ${org} diharapkan ${aturan}.`;
      warnings.push({ ...base, pesan, batasPersen: null, batasJumlah: rule.jumlah });
    }
  }
  return { spread, total, warnings };
}
