/** Pure display helpers of the SKP screens (unit-tested in tests/renderer/skp-format.test.ts). */
import type { ReadinessRow, RhkView, SkpSummary } from '../../../shared/entities.js';
import type { ReadinessStatus } from '../../../shared/domain/skp/readiness.js';
import type { JenisRhk, SkpStatus, Target } from '../../../shared/domain/skp/types.js';

/** Mantine colour per status, shared by badges on every SKP screen. */
export const STATUS_COLOR: Readonly<Record<SkpStatus | ReadinessStatus, string>> = {
  belum_ada: 'gray',
  draft: 'blue',
  diajukan: 'yellow',
  dikembalikan: 'orange',
  disetujui: 'teal',
};

/**
 * A target as the form prints it.
 *
 * @example
 * targetText({ kind: 'kuantitatif', nilai: 1250.5, satuan: 'dokumen' }, 'id'); // '1.250,5 dokumen'
 */
export function targetText(target: Target, lang: 'id' | 'en'): string {
  if (target.kind === 'kualitatif') return target.teks;
  return `${target.nilai.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')} ${target.satuan}`;
}

/**
 * Row number as on the form: group letter and position.
 *
 * @example
 * rhkNumber({ jenis: 'tambahan', urutan: 2 }); // 'B.2'
 */
export function rhkNumber(r: { jenis: JenisRhk; urutan: number }): string {
  return `${r.jenis === 'utama' ? 'A' : 'B'}.${r.urutan}`;
}

/** RHK split into the form's two groups, each in row order. */
export function groupRhk<R extends Pick<RhkView, 'jenis' | 'urutan'>>(rhk: readonly R[]): Record<JenisRhk, R[]> {
  const by = (j: JenisRhk) => rhk.filter((r) => r.jenis === j).sort((a, b) => a.urutan - b.urutan);
  return { utama: by('utama'), tambahan: by('tambahan') };
}

const RANK: Readonly<Record<ReadinessStatus, number>> = { belum_ada: 0, dikembalikan: 1, draft: 2, diajukan: 3, disetujui: 4 };

/**
 * The board's rows, worst bottleneck first: most subordinates held up, then the worst status,
 * then by name so the order is stable.
 *
 * @example
 * sortReadiness(rows)[0].blocksTotal; // the largest
 */
export function sortReadiness<R extends Pick<ReadinessRow, 'blocksTotal' | 'blocksDirect' | 'status' | 'nama'>>(rows: readonly R[]): R[] {
  return [...rows].sort(
    (a, b) => b.blocksTotal - a.blocksTotal || b.blocksDirect - a.blocksDirect || RANK[a.status] - RANK[b.status] || a.nama.localeCompare(b.nama, 'id'),
  );
}

/**
 * The inbox, longest waiting first (never-submitted rows last).
 *
 * @example
 * sortInbox([{ diajukanAt: '2025-02-01…' }, { diajukanAt: '2025-01-01…' }])[0].diajukanAt; // '2025-01-01…'
 */
export function sortInbox<S extends Pick<SkpSummary, 'diajukanAt' | 'namaLengkap'>>(rows: readonly S[]): S[] {
  return [...rows].sort((a, b) => {
    if (a.diajukanAt !== b.diajukanAt) {
      if (a.diajukanAt === null) return 1;
      if (b.diajukanAt === null) return -1;
      return a.diajukanAt.localeCompare(b.diajukanAt);
    }
    return a.namaLengkap.localeCompare(b.namaLengkap, 'id');
  });
}

/** A lampiran list as the textarea shows it: one item per line. */
export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

/** Textarea lines back to a list: trimmed, empty lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The calendar year of a date (today by default): the period most screens open on. */
export function currentYear(now: Date = new Date()): number {
  return now.getFullYear();
}
