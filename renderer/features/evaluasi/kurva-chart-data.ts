/** The kurva distribusi chart's rows: the unit's share per predikat beside the circular's limit. Pure. */
import { KURVA_DISTRIBUSI } from '../../../shared/domain/evaluasi/kurva.js';
import { PREDIKAT_LABEL, PREDIKATS, type Predikat, type PredikatOrganisasi } from '../../../shared/domain/evaluasi/types.js';

export type KurvaChartRow = { predikat: string; key: Predikat; unit: number; batas: number | null };

/**
 * One row per predikat (best first): the unit's percent and, where the circular limits that predikat
 * alone (at most / at least), the limit; null where it does not.
 *
 * @example
 * kurvaChartRows({ sangat_baik: { count: 8, percent: 80 }, ... }, 'istimewa')[0];
 * // { predikat: 'Sangat Baik', key: 'sangat_baik', unit: 80, batas: 70 }
 */
export function kurvaChartRows(spread: Record<Predikat, { percent: number }>, po: PredikatOrganisasi | null): KurvaChartRow[] {
  const rules = po ? KURVA_DISTRIBUSI[po] : [];
  return PREDIKATS.map((p) => {
    const rule = rules.find((r) => r.kind !== 'minJumlah' && r.predikats.length === 1 && r.predikats[0] === p);
    return { predikat: PREDIKAT_LABEL[p], key: p, unit: Math.round(spread[p].percent * 10) / 10, batas: rule && rule.kind !== 'minJumlah' ? rule.persen : null };
  });
}
