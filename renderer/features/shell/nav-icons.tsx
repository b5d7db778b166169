/** One icon per menu page (Tabler), so the grouped menu reads at a glance. */
import {
  IconAlertTriangle,
  IconBriefcase,
  IconBuildingCommunity,
  IconChecklist,
  IconClipboardCheck,
  IconFileSpreadsheet,
  IconFileText,
  IconHistory,
  IconHome,
  IconListDetails,
  IconRefresh,
  IconSitemap,
  IconStack2,
  IconUserCog,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { PageId } from './nav.js';

export const NAV_ICONS = {
  beranda: IconHome,
  skpSaya: IconFileText,
  skpInbox: IconClipboardCheck,
  skp: IconListDetails,
  skpReadiness: IconChecklist,
  skpPeta: IconSitemap,
  skpBulk: IconStack2,
  pegawai: IconUsers,
  jabatan: IconBriefcase,
  units: IconBuildingCommunity,
  sheets: IconFileSpreadsheet,
  users: IconUserCog,
  audit: IconHistory,
  sync: IconRefresh,
  conflicts: IconAlertTriangle,
} as const satisfies Record<PageId, Icon>;
