/** The shell's pages and who sees them in the menu (the core enforces the same rules). */
import type { Role } from '../../../shared/entities.js';

export type PageId =
  | 'skpSaya'
  | 'skpInbox'
  | 'skp'
  | 'skpReadiness'
  | 'skpPeta'
  | 'skpBulk'
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

type PageRule = {
  id: PageId;
  /** Roles that see it; null = everyone. */
  roles: readonly Role[] | null;
  /** Also shown to atasan (holders of a jabatan others report to), whatever their roles. */
  atasan?: true;
  /** Only for accounts linked to a pegawai (they have an SKP of their own). */
  needsPegawai?: true;
};

export const PAGES: readonly PageRule[] = [
  { id: 'skpSaya', roles: null, needsPegawai: true },
  { id: 'skpInbox', roles: ['operator', 'admin'], atasan: true },
  { id: 'skp', roles: ['operator', 'admin'], atasan: true },
  { id: 'skpReadiness', roles: ['operator', 'admin'], atasan: true },
  { id: 'skpPeta', roles: ['operator', 'admin'], atasan: true },
  { id: 'skpBulk', roles: ['operator', 'admin'] },
  { id: 'pegawai', roles: null },
  { id: 'jabatan', roles: null },
  { id: 'units', roles: null },
  { id: 'sheets', roles: ['operator', 'admin'] },
  { id: 'users', roles: ['admin'] },
  { id: 'audit', roles: ['operator', 'admin'] },
  // Everyone sees how the desk syncs; connecting it is for admins (the page hides the form).
  { id: 'sync', roles: null },
  { id: 'conflicts', roles: ['operator', 'admin'] },
];

const NO_FACTS: NavFacts = { hasPegawai: false, isAtasan: false };

/**
 * @example
 * visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false }); // ['skpSaya', 'pegawai', 'jabatan', 'units', 'sync']
 */
export function visiblePages(roles: readonly Role[], facts: NavFacts = NO_FACTS): PageId[] {
  return PAGES.filter((p) => {
    if (p.needsPegawai && !facts.hasPegawai) return false;
    if (p.roles === null || p.roles.some((r) => roles.includes(r))) return true;
    return p.atasan === true && facts.isAtasan;
  }).map((p) => p.id);
}
