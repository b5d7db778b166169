/** The Beranda counts a person sees, each with the page (and filter) that lists its rows. Pure. */
import type { HomeSummary } from '../../../shared/home.js';
import type { PageId, PageTarget } from '../shell/nav.js';

export const HOME_ITEM_KEYS = ['menungguSaya', 'diUnitSaya', 'dikembalikan', 'draft', 'belumAdaSkp', 'beriNilai', 'isiRealisasi', 'terimaNilai', 'segeraDitutup', 'konflik'] as const;
export type HomeItemKey = (typeof HOME_ITEM_KEYS)[number];
export type HomeItem = { key: HomeItemKey; count: number; target: PageTarget };

/**
 * Items in the order they are shown; one the person has no list for (null count, or a page the
 * menu does not offer them) is left out.
 *
 * @example
 * homeItems(summary, visiblePages(roles, facts));
 * // [{ key: 'menungguSaya', count: 2, target: { page: 'skpInbox', filter: { tab: 'menungguSaya' } } }, …]
 */
export function homeItems(s: HomeSummary, visible: readonly PageId[]): HomeItem[] {
  const all: { key: HomeItemKey; count: number | null; target: PageTarget }[] = [
    { key: 'menungguSaya', count: s.inbox.menungguSaya, target: { page: 'skpInbox', filter: { tab: 'menungguSaya' } } },
    { key: 'diUnitSaya', count: s.inbox.diUnitSaya, target: { page: 'skpInbox', filter: { tab: 'diUnitSaya' } } },
    { key: 'dikembalikan', count: s.mine?.dikembalikan ?? null, target: { page: 'skpSaya', filter: { status: 'dikembalikan' } } },
    { key: 'draft', count: s.mine?.draft ?? null, target: { page: 'skpSaya', filter: { status: 'draft' } } },
    { key: 'belumAdaSkp', count: s.belumAdaSkp, target: { page: 'skpReadiness', filter: { status: 'belum_ada' } } },
    // Evaluation to-dos (issue 10): each opens evaluasi/todo's list of exactly those rows.
    { key: 'beriNilai', count: s.evaluasi.beriNilai, target: { page: 'evaluasi', filter: { todo: 'beriNilai' } } },
    { key: 'isiRealisasi', count: s.evaluasi.isiRealisasi, target: { page: 'realisasiSaya', filter: { todo: 'isiRealisasi' } } },
    { key: 'terimaNilai', count: s.evaluasi.terimaNilai, target: { page: 'realisasiSaya', filter: { todo: 'terimaNilai' } } },
    {
      key: 'segeraDitutup',
      count: s.evaluasi.segeraDitutup,
      target: visible.includes('realisasiSaya') ? { page: 'realisasiSaya', filter: { todo: 'segeraDitutup' } } : { page: 'evaluasi', filter: { todo: 'segeraDitutup' } },
    },
    { key: 'konflik', count: s.konflik, target: { page: 'conflicts' } },
  ];
  return all.filter((i): i is HomeItem => i.count !== null && visible.includes(i.target.page));
}

/**
 * The person has a page of their own SKP and no SKP at all in the year (Beranda invites them to start one).
 *
 * @example
 * hasNoSkpYet({ ...summary, mine: { draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0 } }, ['skpSaya']); // true
 */
export function hasNoSkpYet(s: HomeSummary, visible: readonly PageId[]): boolean {
  return s.mine !== null && Object.values(s.mine).every((n) => n === 0) && visible.includes('skpSaya');
}
