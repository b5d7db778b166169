/**
 * The SKP pages of the shell. List-like pages open an SKP in place (the shell has no router);
 * the inbox opens it with the side-by-side cascade view. A page may come with an opening filter
 * (a Beranda count lands on exactly the rows it counts).
 */
import { useState } from 'react';
import type { PageTarget } from '../shell/nav.js';
import { BulkPage } from './bulk-page.js';
import { InboxPage } from './inbox-page.js';
import { MySkpPage } from './my-skp-page.js';
import { PetaPage } from './peta-page.js';
import { ReadinessPage } from './readiness-page.js';
import { SkpEditor } from './skp-editor.js';
import { SkpListPage } from './skp-list-page.js';

const SKP_PAGES = ['skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk'] as const;
export type SkpPageId = (typeof SKP_PAGES)[number];
export type SkpTarget = Extract<PageTarget, { page: SkpPageId }>;

export function isSkpPage(target: PageTarget): target is SkpTarget {
  return (SKP_PAGES as readonly string[]).includes(target.page);
}

export function SkpPageBody({ target }: { target: SkpTarget }) {
  const [open, setOpen] = useState<string | null>(null);
  const page = target.page;
  if (open && (page === 'skpSaya' || page === 'skp' || page === 'skpInbox')) {
    return <SkpEditor key={open} skpId={open} onBack={() => setOpen(null)} onOpen={setOpen} review={page === 'skpInbox'} />;
  }
  switch (target.page) {
    case 'skpSaya':
      return <MySkpPage onOpen={setOpen} filter={target.filter} />;
    case 'skp':
      return <SkpListPage onOpen={setOpen} filter={target.filter} />;
    case 'skpInbox':
      return <InboxPage onOpen={setOpen} filter={target.filter} />;
    case 'skpReadiness':
      return <ReadinessPage filter={target.filter} />;
    case 'skpPeta':
      return <PetaPage />;
    case 'skpBulk':
      return <BulkPage />;
  }
}
