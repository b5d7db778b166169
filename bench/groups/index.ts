import { run as importGroup } from './import.js';
import { run as searchGroup } from './search.js';

/** Every benchmark group by name; add new groups here. */
export const GROUPS: Record<string, () => Promise<void>> = {
  evaluation: () => import('./evaluation.js').then((m) => m.run()),
  import: importGroup,
  search: searchGroup,
  server: () => import('./server.js').then((m) => m.run()),
  sync: () => import('./sync.js').then((m) => m.run()),
  skp: () => import('./skp.js').then((m) => m.run()),
  ui: () => import('./ui.js').then((m) => m.run()),
  print: () => import('./print.js').then((m) => m.run()),
};
