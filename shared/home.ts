/**
 * Beranda (the landing page) and the split Persetujuan: the shapes both sides share. Every count
 * is what the list it opens totals for the same caller (see electron/core/services/home/).
 */
import type { SkpStatus } from './domain/skp/types.js';
import type { SyncStatus } from './entities.js';
import type { EvaluasiTodoKind } from './entities-evaluasi.js';

/**
 * Evaluation to-dos (issue 10): each count = evaluasi/todo's total for that `jenis` and `tahun`;
 * null where the list is not the caller's (no pegawai record). `batasTahunan`: the annual
 * evaluation's deadline (instansi setting) while it is ahead and within 30 days, else null.
 */
export type EvaluasiTodoCounts = Record<EvaluasiTodoKind, number | null> & {
  batasTahunan: { tanggal: string; sisaHari: number } | null;
};

/** Persetujuan tabs: as pejabat penilai, and (operators/admins) everything submitted in their units. */
export const INBOX_TABS = ['menungguSaya', 'diUnitSaya'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

/** Counts of the Persetujuan tabs; null when the caller has no such tab. */
export type InboxCounts = Record<InboxTab, number | null>;

/**
 * What waits for the signed-in person in one year.
 *
 * @example
 * // an atasan without operator rights:
 * { tahun: 2026, inbox: { menungguSaya: 2, diUnitSaya: null }, mine: { draft: 1, ... }, belumAdaSkp: 4, konflik: null, sync }
 */
export type HomeSummary = {
  tahun: number;
  /** = skp/inbox totals per tab for `tahun`. */
  inbox: InboxCounts;
  /** The caller's own SKP per status (= skp/list with their pegawaiId); null without a pegawai record. */
  mine: Record<SkpStatus, number> | null;
  /** Pegawai in reach without an SKP for `tahun` (= skp/readiness totals.belum_ada); null when the board is not theirs. */
  belumAdaSkp: number | null;
  /** Open sync conflicts (operators/admins; = sync/conflicts length); null for others. */
  konflik: number | null;
  /** Realisasi to fill, ratings to give, periods closing, ratings to acknowledge, the annual deadline. */
  evaluasi: EvaluasiTodoCounts;
  sync: SyncStatus;
};
