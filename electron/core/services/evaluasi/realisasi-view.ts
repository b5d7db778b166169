/**
 * Targets, rencana aksi and realisasi side by side per RHK and indikator, with capaian and progress
 * as aids: the one builder behind realisasi/get and the appraisal session. Pure over loaded rows.
 */
import { capaianIndikator, progresRencana } from '../../../../shared/domain/evaluasi/capaian.js';
import type { Realisasi, RealisasiItem } from '../../../../shared/domain/evaluasi/types.js';
import type { Rhk } from '../../../../shared/domain/skp/types.js';
import type { IndikatorPeriodeView, RhkPeriodeView } from '../../../../shared/entities-evaluasi.js';

/**
 * @example
 * rhkPeriodeViews(rhk, realisasiTw1, []); // [{ rhkId, teks, indikator: [{ target, nilai, capaian: { persen: 75, capped: false }, ... }] }]
 */
export function rhkPeriodeViews(rhk: readonly Rhk[], realisasi: Realisasi | undefined, periodic: readonly Realisasi[]): RhkPeriodeView[] {
  const items = new Map<string, RealisasiItem>((realisasi?.items ?? []).map((i) => [i.indikatorId, i]));
  // TAHUNAN: the periodic values added up per indikator, an aid beside the annual realisasi.
  const sums = new Map<string, number>();
  for (const r of periodic) {
    for (const i of r.items) if (i.nilai !== null) sums.set(i.indikatorId, (sums.get(i.indikatorId) ?? 0) + i.nilai);
  }
  const tahunan = realisasi?.periode === 'TAHUNAN' || periodic.length > 0;
  return rhk.map((r) => ({
    rhkId: r.id,
    jenis: r.jenis,
    urutan: r.urutan,
    teks: r.teks,
    indikator: r.indikator.map((iki): IndikatorPeriodeView => {
      const item = items.get(iki.id);
      const nilai = item?.nilai ?? null;
      return {
        indikatorId: iki.id,
        aspek: iki.aspek,
        teks: iki.teks,
        target: iki.target,
        lowerIsBetter: iki.lowerIsBetter ?? false,
        rencanaNilai: item?.rencanaNilai ?? null,
        rencanaTeks: item?.rencanaTeks ?? null,
        nilai,
        realisasiTeks: item?.teks ?? null,
        bukti: item?.bukti ?? [],
        capaian: capaianIndikator(iki, nilai),
        progresRencana: progresRencana(item?.rencanaNilai ?? null, nilai),
        nilaiPeriodik: tahunan ? (sums.get(iki.id) ?? null) : null,
      };
    }),
  }));
}
