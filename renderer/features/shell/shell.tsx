/** The signed-in frame: header (instansi, sync state, user, language, sign-out), menu, and the current page. */
import { AppShell, Badge, Box, Button, Group, NavLink, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { SessionInfo } from '../../../shared/entities.js';
import { DemoBadge } from '../../components/demo-badge.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useT } from '../../i18n/i18n.js';
import { SessionProvider } from '../../lib/session.js';
import type { DemoCredentials } from '../start/setup-demo-form.js';
import { AuditPage } from '../audit/audit-page.js';
import { ConflictsPage } from '../conflicts/conflicts-page.js';
import { JabatanPage } from '../jabatan/jabatan-page.js';
import { PegawaiPage } from '../pegawai/pegawai-page.js';
import { SheetsPage } from '../sheets/sheets-page.js';
import { UnitsPage } from '../units/units-page.js';
import { SyncIndicator } from '../sync/sync-indicator.js';
import { SyncPage } from '../sync/sync-page.js';
import { SyncStatusProvider } from '../sync/sync-status.js';
import { UsersPage } from '../users/users-page.js';
import { VerifyPage } from '../verify/verify-page.js';
import { SkpPageBody, isSkpPage } from '../skp/skp-pages.js';
import { EvaluasiPageBody, isEvaluasiPage } from '../evaluasi/evaluasi-pages.js';
import { HomePage } from '../home/home-page.js';
import { TppPage } from '../tpp/tpp-page.js';
import { HomeSummaryProvider, useHomeSummary } from '../home/home-summary-context.js';
import { navBadges, navSections, visiblePages, type PageId, type PageTarget } from './nav.js';
import { NAV_ICONS } from './nav-icons.js';
import { NavigationContext } from './navigation.js';
import { DemoBanner } from './demo-banner.js';
import { useIdleCheck } from './use-idle-check.js';
import { useNetworkReturn } from './use-network-return.js';
import { useAccountControls } from '../account/account-controls.js';

type Props = {
  session: SessionInfo;
  demo: DemoCredentials | null;
  onDismissDemo: () => void;
  onSignOut: () => void;
};

function PageBody({ target, openConflicts }: { target: PageTarget; openConflicts: (() => void) | null }) {
  if (isSkpPage(target)) return <SkpPageBody target={target} />;
  if (isEvaluasiPage(target)) return <EvaluasiPageBody target={target} />;
  switch (target.page) {
    case 'beranda':
      return <HomePage />;
    case 'pegawai':
      return <PegawaiPage />;
    case 'jabatan':
      return <JabatanPage />;
    case 'units':
      return <UnitsPage />;
    case 'sheets':
      return <SheetsPage />;
    case 'tpp':
      return <TppPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'sync':
      return <SyncPage onOpenConflicts={openConflicts} />;
    case 'conflicts':
      return <ConflictsPage />;
    case 'verify':
      return <VerifyPage />;
  }
}

/** The menu in sections (Kinerja / Data pegawai / Administrasi) with icons and waiting counts. */
function NavMenu({ pages, current, onOpen }: { pages: readonly PageId[]; current: PageId; onOpen: (id: PageId) => void }) {
  const t = useT();
  const summary = useHomeSummary();
  const badges = summary.data ? navBadges(summary.data) : {};
  return navSections(pages).map((section) => (
    <Box key={section.group ?? 'top'} mb={6} role="group" aria-label={section.group ? t.home.groups[section.group] : undefined}>
      {section.group && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt={6} pb={2}>
          {t.home.groups[section.group]}
        </Text>
      )}
      {section.pages.map((id) => {
        const Ico = NAV_ICONS[id];
        const count = badges[id];
        return (
          <NavLink
            key={id}
            component="button"
            label={t.nav[id]}
            leftSection={<Ico size={18} stroke={1.6} aria-hidden />}
            // The count is announced as a description, so the item's name stays the page name.
            rightSection={count ? <Badge size="sm" color={id === 'conflicts' ? 'red' : 'orange'} circle={count < 10} aria-hidden data-testid={`nav-badge-${id}`}>{count}</Badge> : undefined}
            aria-description={count ? t.home.badge(count) : undefined}
            active={current === id}
            onClick={() => onOpen(id)}
            aria-current={current === id ? 'page' : undefined}
            py={6}
          />
        );
      })}
    </Box>
  ));
}

export function Shell({ session, demo, onDismissDemo, onSignOut }: Props) {
  const t = useT();
  const pages = useMemo(
    () => visiblePages(session.user.roles, { hasPegawai: session.user.pegawaiId !== null, isAtasan: session.isAtasan }),
    [session.user.roles, session.user.pegawaiId, session.isAtasan],
  );
  // `seq` remounts the page on every navigation, so an opening filter always applies.
  const [nav, setNav] = useState<{ target: PageTarget; seq: number }>({ target: { page: 'beranda' }, seq: 0 });
  const page = nav.target.page;
  const openTarget = useCallback((target: PageTarget) => setNav((n) => ({ target, seq: n.seq + 1 })), []);
  const setPage = useCallback((id: PageId) => openTarget({ page: id }), [openTarget]);
  const main = useRef<HTMLDivElement>(null);
  // A page opens at its top, not at the scroll position the previous page left.
  useLayoutEffect(() => {
    main.current?.scrollTo({ top: 0 });
  }, [nav.seq]);
  const value = useMemo(() => ({ session, signOut: onSignOut }), [session, onSignOut]);
  useIdleCheck(session.idleTimeoutMinutes);
  useNetworkReturn();
  const openConflicts = useMemo(() => (pages.includes('conflicts') ? () => setPage('conflicts') : null), [pages, setPage]);
  const account = useAccountControls(session);

  return (
    <SessionProvider value={value}>
      <SyncStatusProvider>
        <HomeSummaryProvider>
          <NavigationContext value={openTarget}>
            <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'xs' }} padding="md">
              <AppShell.Header>
                <Group h="100%" px="md" justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap" miw={0}>
                    <Text fw={700} c="teal.8" visibleFrom="lg" style={{ whiteSpace: 'nowrap' }}>
                      {t.app.name}
                    </Text>
                    <Text fw={500} truncate="end" data-testid="instansi-name">
                      {session.instansi.nama}
                    </Text>
                    {session.instansi.isDemo && <DemoBadge />}
                  </Group>
                  {/* The right side keeps its size; the instansi name on the left gives way. */}
                  <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
                    <SyncIndicator onOpenConflicts={openConflicts} />
                    <Stack gap={0} align="flex-end" visibleFrom="sm" style={{ flexShrink: 0 }}>
                      <Text size="sm" fw={500} data-testid="user-name">
                        {session.user.nama}
                      </Text>
                      <Group gap={4} wrap="nowrap">
                        {session.user.roles.map((r) => (
                          <Tooltip key={r} label={t.finish.roleHint[r]} multiline maw={320}>
                            <Badge size="xs" variant="light">
                              {t.roles[r]}
                            </Badge>
                          </Tooltip>
                        ))}
                      </Group>
                    </Stack>
                    <LanguageSwitch />
                    {account.button}
                    <Button variant="default" size="xs" onClick={onSignOut}>
                      {t.app.signOut}
                    </Button>
                  </Group>
                </Group>
              </AppShell.Header>
              <AppShell.Navbar p="xs" component="nav" aria-label={t.nav.label}>
                <ScrollArea>
                  <NavMenu pages={pages} current={page} onOpen={setPage} />
                </ScrollArea>
              </AppShell.Navbar>
              <AppShell.Main h="100dvh" display="flex" style={{ flexDirection: 'column' }}>
                {demo && <DemoBanner demo={demo} onDismiss={onDismissDemo} />}
                {account.notice}
                {account.modal}
                {/* Pages scroll inside this box; the pegawai list fills it and scrolls itself. */}
                <Box ref={main} flex={1} mih={0} style={{ overflowY: 'auto' }} data-testid="page-scroll">
                  <PageBody key={nav.seq} target={nav.target} openConflicts={openConflicts} />
                </Box>
              </AppShell.Main>
            </AppShell>
          </NavigationContext>
        </HomeSummaryProvider>
      </SyncStatusProvider>
    </SessionProvider>
  );
}
