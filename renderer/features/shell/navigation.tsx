/**
 * How a screen opens another with a filter (the shell has no router): Beranda's counts open the
 * list that holds exactly those rows. Every navigation remounts the page with its filter.
 */
import { createContext, useContext } from 'react';
import type { PageTarget } from './nav.js';

export type OpenPage = (target: PageTarget) => void;

export const NavigationContext = createContext<OpenPage | null>(null);

/**
 * @example
 * const open = useOpenPage();
 * open({ page: 'skpInbox', filter: { tab: 'menungguSaya' } });
 */
export function useOpenPage(): OpenPage {
  const open = useContext(NavigationContext);
  if (!open) throw new Error('useOpenPage outside the shell');
  return open;
}
