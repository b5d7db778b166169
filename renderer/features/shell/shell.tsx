/** The signed-in frame: header (instansi, sync state, user, language, sign-out), menu, and the current page. */
import { Alert, AppShell, Badge, Box, Button, Group, NavLink, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
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
import { SkpPageBody, isSkpPage } from '../skp/skp-pages.js';
import { visiblePages, type PageId } from './nav.js';
import { useIdleCheck } from './use-idle-check.js';
import { useNetworkReturn } from './use-network-return.js';
import { useAccountControls } from '../account/account-controls.js';

type Props = {
  session: SessionInfo;
  demo: DemoCredentials | null;
  onDismissDemo: () => void;
  onSignOut: () => void;
};

function PageBody({ page, openConflicts }: { page: PageId; openConflicts: (() => void) | null }) {
  if (isSkpPage(page)) return <SkpPageBody key={page} page={page} />;
  switch (page) {
    case 'pegawai':
      return <PegawaiPage />;
    case 'jabatan':
      return <JabatanPage />;
    case 'units':
      return <UnitsPage />;
    case 'sheets':
      return <SheetsPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'sync':
      return <SyncPage onOpenConflicts={openConflicts} />;
    case 'conflicts':
      return <ConflictsPage />;
  }
}

export function Shell({ session, demo, onDismissDemo, onSignOut }: Props) {
  const t = useT();
  const pages = useMemo(
    () => visiblePages(session.user.roles, { hasPegawai: session.user.pegawaiId !== null, isAtasan: session.isAtasan }),
    [session.user.roles, session.user.pegawaiId, session.isAtasan],
  );
  const [page, setPage] = useState<PageId>('pegawai');
  const value = useMemo(() => ({ session, signOut: onSignOut }), [session, onSignOut]);
  useIdleCheck(session.idleTimeoutMinutes);
  useNetworkReturn();
  const openConflicts = useMemo(() => (pages.includes('conflicts') ? () => setPage('conflicts') : null), [pages]);
  const account = useAccountControls(session);

  return (
    <SessionProvider value={value}>
      <SyncStatusProvider>
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
              {pages.map((id) => (
                <NavLink
                  key={id}
                  component="button"
                  label={t.nav[id]}
                  active={page === id}
                  onClick={() => setPage(id)}
                  aria-current={page === id ? 'page' : undefined}
                />
              ))}
            </ScrollArea>
          </AppShell.Navbar>
          <AppShell.Main h="100dvh" display="flex" style={{ flexDirection: 'column' }}>
            {demo && (
              <Alert
                color="orange"
                title={t.setup.demoCredentialsTitle}
                withCloseButton
                closeButtonLabel={t.app.close}
                onClose={onDismissDemo}
                mb="md"
                data-testid="demo-credentials"
              >
                {t.setup.demoCredentials(demo.nip, demo.password)}
              </Alert>
            )}
            {account.notice}
            {account.modal}
            {/* Pages scroll inside this box; the pegawai list fills it and scrolls itself. */}
            <Box flex={1} mih={0} style={{ overflowY: 'auto' }}>
              <PageBody page={page} openConflicts={openConflicts} />
            </Box>
          </AppShell.Main>
        </AppShell>
      </SyncStatusProvider>
    </SessionProvider>
  );
}
