/**
 * The SKP pages of the shell. List-like pages open an SKP in place (the shell has no router);
 * the inbox opens it with the side-by-side cascade view.
 */
import { useState } from 'react';
import type { PageId } from '../shell/nav.js';
import { BulkPage } from './bulk-page.js';
import { InboxPage } from './inbox-page.js';
import { MySkpPage } from './my-skp-page.js';
import { PetaPage } from './peta-page.js';
import { ReadinessPage } from './readiness-page.js';
import { SkpEditor } from './skp-editor.js';
import { SkpListPage } from './skp-list-page.js';

const SKP_PAGES = ['skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk'] as const;
export type SkpPageId = (typeof SKP_PAGES)[number];

export function isSkpPage(page: PageId): page is SkpPageId {
  return (SKP_PAGES as readonly string[]).includes(page);
}

export function SkpPageBody({ page }: { page: SkpPageId }) {
  const [open, setOpen] = useState<string | null>(null);
  if (open && (page === 'skpSaya' || page === 'skp' || page === 'skpInbox')) {
    return <SkpEditor key={open} skpId={open} onBack={() => setOpen(null)} onOpen={setOpen} review={page === 'skpInbox'} />;
  }
  switch (page) {
    case 'skpSaya':
      return <MySkpPage onOpen={setOpen} />;
    case 'skp':
      return <SkpListPage onOpen={setOpen} />;
    case 'skpInbox':
      return <InboxPage onOpen={setOpen} />;
    case 'skpReadiness':
      return <ReadinessPage />;
    case 'skpPeta':
      return <PetaPage />;
    case 'skpBulk':
      return <BulkPage />;
  }
}
