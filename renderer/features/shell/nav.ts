/** The shell's pages, who sees them in the menu (the core enforces the same rules) and their groups. */
import type { Role } from '../../../shared/entities.js';
import type { HomeSummary, InboxTab } from '../../../shared/home.js';
import type { ReadinessStatus } from '../../../shared/domain/skp/readiness.js';
import type { SkpStatus } from '../../../shared/domain/skp/types.js';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiTodoKind } from '../../../shared/entities-evaluasi.js';

export type PageId =
  | 'beranda'
  | 'skpSaya'
  | 'skpInbox'
  | 'skp'
  | 'skpReadiness'
  | 'skpPeta'
  | 'skpBulk'
  | 'realisasiSaya'
  | 'evaluasi'
  | 'kurva'
  | 'progresUnit'
  | 'pengaturanKinerja'
  | 'penilaiOverride'
  | 'tpp'
  | 'verify'
  | 'pegawai'
  | 'jabatan'
  | 'units'
  | 'sheets'
  | 'users'
  | 'audit'
  | 'sync'
  | 'conflicts';

/** What besides the roles decides the menu: a linked pegawai record, and being someone's atasan. */
export type NavFacts = { hasPegawai: boolean; isAtasan: boolean };

/** Menu sections, in menu order; Beranda stands above them. */
export const NAV_GROUPS = ['kinerja', 'dataPegawai', 'administrasi'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

type PageRule = {
  id: PageId;
  /** Menu section; none for Beranda. */
  group?: NavGroup;
  /** Roles that see it; null = everyone. */
  roles: readonly Role[] | null;
  /** Also shown to atasan (holders of a jabatan others report to), whatever their roles. */
  atasan?: true;
  /** Only for accounts linked to a pegawai (they have an SKP of their own). */
  needsPegawai?: true;
};

export const PAGES: readonly PageRule[] = [
  { id: 'beranda', roles: null },
  { id: 'skpSaya', roles: null, needsPegawai: true, group: 'kinerja' },
  { id: 'skpInbox', roles: ['operator', 'admin'], atasan: true, group: 'kinerja' },
  { id: 'skp', roles: ['operator', 'admin'], atasan: true, group: 'kinerja' },
  { id: 'skpReadiness', roles: ['operator', 'admin'], atasan: true, group: 'kinerja' },
  { id: 'skpPeta', roles: ['operator', 'admin'], atasan: true, group: 'kinerja' },
  { id: 'skpBulk', roles: ['operator', 'admin'], group: 'kinerja' },
  { id: 'realisasiSaya', roles: null, needsPegawai: true, group: 'kinerja' },
  { id: 'evaluasi', roles: ['operator', 'admin'], atasan: true, group: 'kinerja' },
  { id: 'kurva', roles: ['operator', 'admin'], group: 'kinerja' },
  { id: 'progresUnit', roles: ['operator', 'admin'], group: 'kinerja' },
  { id: 'pengaturanKinerja', roles: ['admin'], group: 'kinerja' },
  { id: 'tpp', roles: ['operator', 'admin'], group: 'kinerja' },
  // Anyone holding a printed form may check it against this desk's data.
  { id: 'verify', roles: null, group: 'kinerja' },
  { id: 'pegawai', roles: null, group: 'dataPegawai' },
  { id: 'jabatan', roles: null, group: 'dataPegawai' },
  { id: 'units', roles: null, group: 'dataPegawai' },
  { id: 'sheets', roles: ['operator', 'admin'], group: 'dataPegawai' },
  { id: 'penilaiOverride', roles: ['operator', 'admin'], group: 'dataPegawai' },
  { id: 'users', roles: ['admin'], group: 'administrasi' },
  { id: 'audit', roles: ['operator', 'admin'], group: 'administrasi' },
  // Everyone sees how the desk syncs; connecting it is for admins (the page hides the form).
  { id: 'sync', roles: null, group: 'administrasi' },
  { id: 'conflicts', roles: ['operator', 'admin'], group: 'administrasi' },
];

const NO_FACTS: NavFacts = { hasPegawai: false, isAtasan: false };

/**
 * @example
 * visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false }); // ['beranda', 'skpSaya', 'pegawai', 'jabatan', 'units', 'sync']
 */
export function visiblePages(roles: readonly Role[], facts: NavFacts = NO_FACTS): PageId[] {
  return PAGES.filter((p) => {
    if (p.needsPegawai && !facts.hasPegawai) return false;
    if (p.roles === null || p.roles.some((r) => roles.includes(r))) return true;
    return p.atasan === true && facts.isAtasan;
  }).map((p) => p.id);
}

export type NavSection = { group: NavGroup | null; pages: PageId[] };

/**
 * The visible pages in menu sections (empty sections left out), in menu order.
 *
 * @example
 * navSections(['beranda', 'skpSaya', 'pegawai']);
 * // [{ group: null, pages: ['beranda'] }, { group: 'kinerja', pages: ['skpSaya'] }, { group: 'dataPegawai', pages: ['pegawai'] }]
 */
export function navSections(visible: readonly PageId[]): NavSection[] {
  const groupOf = new Map(PAGES.map((p) => [p.id, p.group ?? null]));
  return [null, ...NAV_GROUPS]
    .map((group) => ({ group, pages: visible.filter((id) => groupOf.get(id) === group) }))
    .filter((s) => s.pages.length > 0);
}

/** What a page can be opened with, so a Beranda count lands on exactly the rows it counts. */
export type PageFilters = {
  skpInbox: { tab: InboxTab };
  skpSaya: { status: SkpStatus };
  skp: { status?: SkpStatus[]; menunggu?: boolean };
  skpReadiness: { status: ReadinessStatus };
  /** A Beranda to-do list, or one SKP's period opened directly. */
  evaluasi: { todo?: EvaluasiTodoKind; skpId?: string; periode?: PeriodeKey };
  realisasiSaya: { todo?: EvaluasiTodoKind; skpId?: string; periode?: PeriodeKey };
  penilaiOverride: { pegawaiId: string };
};
export type FilterOf<P extends PageId> = P extends keyof PageFilters ? PageFilters[P] : never;
/** A page and, for the pages that take one, its opening filter. */
export type PageTarget = { [P in PageId]: { page: P; filter?: FilterOf<P> } }[PageId];

/**
 * The counts the menu shows beside a page: what waits for *me* (to approve, returned to me,
 * konflik to resolve). Zero counts are left out.
 *
 * @example
 * navBadges(summary); // { skpInbox: 2, conflicts: 1 }
 */
export function navBadges(s: HomeSummary): Partial<Record<PageId, number>> {
  const out: Partial<Record<PageId, number>> = {};
  const inbox = s.inbox.menungguSaya ?? s.inbox.diUnitSaya ?? 0;
  if (inbox > 0) out.skpInbox = inbox;
  if (s.mine && s.mine.dikembalikan > 0) out.skpSaya = s.mine.dikembalikan;
  if (s.konflik) out.conflicts = s.konflik;
  if (s.evaluasi.beriNilai) out.evaluasi = s.evaluasi.beriNilai;
  const own = (s.evaluasi.isiRealisasi ?? 0) + (s.evaluasi.terimaNilai ?? 0);
  if (own > 0) out.realisasiSaya = own;
  return out;
}
