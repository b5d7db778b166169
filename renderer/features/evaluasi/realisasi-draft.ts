/** The realisasi form's draft: one line per indikator, from and back to the contract's shape. Pure. */
import type { ArgsOf } from '../../../shared/contract.js';
import type { BuktiDukung } from '../../../shared/domain/evaluasi/types.js';
import type { RealisasiSheet } from '../../../shared/entities-evaluasi.js';

export type ItemDraft = { rencanaNilai: number | null; rencanaTeks: string; nilai: number | null; teks: string; bukti: BuktiDukung[] };
export type RealisasiDraft = Record<string, ItemDraft>;

/** The draft of a sheet as stored. */
export function draftOfSheet(sheet: RealisasiSheet): RealisasiDraft {
  const out: RealisasiDraft = {};
  for (const r of sheet.rhk) {
    for (const i of r.indikator) {
      out[i.indikatorId] = { rencanaNilai: i.rencanaNilai, rencanaTeks: i.rencanaTeks ?? '', nilai: i.nilai, teks: i.realisasiTeks ?? '', bukti: [...i.bukti] };
    }
  }
  return out;
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** realisasi/save's items, in the sheet's order. */
export function itemsOfDraft(sheet: RealisasiSheet, d: RealisasiDraft): ArgsOf<'realisasi/save'>['items'] {
  return sheet.rhk.flatMap((r) =>
    r.indikator.flatMap((i) => {
      const x = d[i.indikatorId];
      if (!x) return [];
      return [{ indikatorId: i.indikatorId, rencanaNilai: x.rencanaNilai, rencanaTeks: orNull(x.rencanaTeks), nilai: x.nilai, teks: orNull(x.teks), bukti: x.bukti }];
    }),
  );
}

/** True when at least one indikator has a realisasi (value or description). */
export function hasAnyRealisasi(d: RealisasiDraft): boolean {
  return Object.values(d).some((x) => x.nilai !== null || x.teks.trim() !== '');
}
