/** The shell's pages and who sees them in the menu (the core enforces the same rules). */
import type { Role } from '../../../shared/entities.js';

export type PageId = 'pegawai' | 'jabatan' | 'units' | 'sheets' | 'users' | 'audit' | 'sync' | 'conflicts';

export const PAGES: readonly { id: PageId; roles: readonly Role[] | null }[] = [
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

/**
 * @example
 * visiblePages(['pegawai']); // ['pegawai', 'jabatan', 'units', 'sync']
 */
export function visiblePages(roles: readonly Role[]): PageId[] {
  return PAGES.filter((p) => p.roles === null || p.roles.some((r) => roles.includes(r))).map((p) => p.id);
}
