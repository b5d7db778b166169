/**
 * Demo realisasi of one approved SKP: per indikator and period the rencana aksi (the annual target
 * split over the SKP's periods) and a value near it that follows how well the pegawai did that
 * period, a few bukti links, and a report a few working days after the period ends (some late,
 * some sent back for revision). The current period holds a draft partly filled. Pure.
 */
import type { BuktiDukung, PeriodeKey, Rating, Realisasi, RealisasiItem } from '../../../shared/domain/evaluasi/types.js';
import type { PeriodeEvaluasi } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { Indikator, Rhk } from '../../../shared/domain/skp/types.js';
import { CATATAN_REVISI } from './evaluasi-texts.js';
import { DAY_MS, isoAt, type OfficeClock } from './office-clock.js';
import type { Rng } from './prng.js';

/** How a period went, chosen before the numbers so the numbers and the rating agree. */
export const FACTOR: Record<Rating, readonly [number, number]> = { di_atas: [1.1, 1.4], sesuai: [0.92, 1.1], di_bawah: [0.5, 0.85] };

export type DemoRealisasi = { row: Realisasi; createdAt: number; updatedAt: number };

/** The annual target of an indikator split over `count` periods, remainders in the later ones. */
export function rencanaSplit(target: number, count: number, index: number): number {
  if (count <= 0) return 0;
  if (!Number.isInteger(target)) return Math.round((target / count) * 100) / 100;
  const base = Math.floor(target / count);
  return base + (index >= count - (target % count) ? 1 : 0);
}

function bukti(rng: Rng, tahun: number, key: PeriodeKey, teks: string): BuktiDukung[] {
  if (!rng.chance(0.3)) return [];
  const n = rng.int(100, 9999);
  return [{ kind: 'tautan', url: `https://arsip.disdik.contoh.go.id/${tahun}/${key.toLowerCase()}/dok-${n}`, judul: `Dokumentasi ${teks.toLowerCase()}`.slice(0, 200) }];
}

/** One object literal per item, no spreads: the 10,000-pegawai demo makes a quarter of a million. */
function itemFor(rng: Rng, ind: Indikator, rhk: Rhk, count: number, index: number, fill: number | null, factor: readonly [number, number]): RealisasiItem {
  if (ind.target.kind === 'kualitatif') {
    const teks = fill === null ? null : 'Terlaksana sesuai rencana aksi periode ini.';
    return { rhkId: rhk.id, indikatorId: ind.id, rencanaNilai: null, rencanaTeks: ind.target.teks, nilai: null, teks, bukti: [] };
  }
  const rencana = rencanaSplit(ind.target.nilai, count, index);
  let nilai: number | null = null;
  if (fill !== null) {
    const f = factor[0] + rng.next() * (factor[1] - factor[0]);
    nilai = rencana === 0 ? (rng.chance(0.2) ? 1 : 0) : Math.max(0, Math.round(rencana * f * fill));
  }
  return { rhkId: rhk.id, indikatorId: ind.id, rencanaNilai: rencana, rencanaTeks: null, nilai, teks: null, bukti: [] };
}

/**
 * The realisasi rows of one SKP: one per period up to the current one. `hk` says how each past
 * period went; `reportFrom` is the earliest moment a report can carry (after approval).
 *
 * @example
 * demoRealisasi({ rng, clock, tahun, rhk, periodic, hk, reportFrom, idOf }).map((r) => r.row.status);
 */
export function demoRealisasi(input: {
  rng: Rng;
  clock: OfficeClock;
  tahun: number;
  skpId: string;
  rhk: readonly Rhk[];
  periodic: readonly PeriodeEvaluasi[];
  hk: ReadonlyMap<PeriodeKey, Rating>;
  reportFrom: number;
  idOf: (periode: PeriodeKey) => string;
}): DemoRealisasi[] {
  const { rng, clock } = input;
  const out: DemoRealisasi[] = [];
  input.periodic.forEach((p, index) => {
    const mulai = Date.parse(`${p.mulai}T00:00:00Z`);
    const end = Date.parse(`${p.selesai}T00:00:00Z`) + DAY_MS;
    if (mulai > clock.now) return;
    const current = end > clock.now;
    // In the current period about half have started a draft, filled as far as the period has run.
    if (current && !rng.chance(0.55)) return;
    const fill = current ? Math.max(0.2, (clock.now - mulai) / (end - mulai)) : 1;
    const factor = FACTOR[input.hk.get(p.key) ?? 'sesuai'];
    const items: RealisasiItem[] = [];
    for (const r of input.rhk) {
      for (const ind of r.indikator) {
        const filled = current && rng.chance(0.35) ? null : fill;
        const item = itemFor(rng, ind, r, input.periodic.length, index, filled, factor);
        if (filled !== null) item.bukti = bukti(rng, input.tahun, p.key, r.teks);
        items.push(item);
      }
    }
    const started = Math.max(mulai, input.reportFrom);
    const createdAt = clock.after(started, 3, Math.max(4, (Math.min(end, clock.now) - started) / DAY_MS - 1));
    const reportAt = clock.after(Math.max(end, input.reportFrom), 1, 9);
    const late = current || reportAt > clock.now || rng.chance(0.06);
    const revisi = !late && rng.chance(0.04);
    const row: Realisasi = {
      id: input.idOf(p.key), skpId: input.skpId, periode: p.key, items,
      status: late ? 'draft' : revisi ? 'revisi' : 'dilaporkan',
      catatanRevisi: revisi ? rng.pick(CATATAN_REVISI) : null,
      dilaporkanAt: late ? null : isoAt(reportAt),
    };
    const last = late ? Math.min(clock.now, clock.after(createdAt, 1, 10)) : revisi ? Math.min(clock.now, clock.after(reportAt, 1, 5)) : reportAt;
    out.push({ row, createdAt: Math.min(createdAt, last), updatedAt: last });
  });
  return out;
}
