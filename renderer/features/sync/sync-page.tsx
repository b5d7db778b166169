/**
 * Sinkronisasi: where this desk syncs to and how it stands. On a standalone desk an admin can
 * connect it to the unit server from here (everyone else only reads).
 */
import { Alert, Anchor, Badge, Code, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { hasAnyRole, useSession } from '../../lib/session.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { useNow } from '../../lib/use-now.js';
import { ConnectForm } from './connect-form.js';
import { describeStatus } from './status-text.js';
import { useSyncStatus } from './sync-status.js';
import { useApiQuery } from '../../lib/use-api-query.js';

const PROBLEM_REFRESH = ['sync', 'unit_kerja', 'jabatan', 'pegawai', 'user', 'skp', 'rhk'] as const;

function Row({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td data-testid={testId}>{children}</Table.Td>
    </Table.Tr>
  );
}

export function SyncPage({ onOpenConflicts }: { onOpenConflicts: (() => void) | null }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const { session } = useSession();
  const { status, accept } = useSyncStatus();
  const now = useNow(30_000);
  const isAdmin = hasAnyRole(session, 'admin');
  // The core refuses to connect a demo desk; say so before anyone fills in the form.
  const demo = session.instansi.isDemo;
  // Rows parked after an apply (electron/core/sync/parked.ts): re-read whenever a sync changed data.
  const problem = useApiQuery('sync/problem', {}, PROBLEM_REFRESH);
  if (!status) return null;
  const view = describeStatus(status, now, t.sync, { time: (iso) => formatDateTime(iso, lang), count: (n) => formatCount(n, lang) });
  const standalone = status.state === 'standalone';

  return (
    <Stack gap="md" maw={760} data-page-content="sync">
      <Title order={2}>{t.sync.page.title}</Title>
      <Table withRowBorders={false} verticalSpacing={6} data-testid="sync-facts">
        <Table.Tbody>
          <Row label={t.sync.page.server} testId="sync-server">
            {status.serverUrl ? <Code>{status.serverUrl}</Code> : t.sync.page.noServer}
          </Row>
          <Row label={t.sync.page.state} testId="sync-page-state">
            <Badge variant="dot" color={view.color} tt="none" size="lg">
              {view.label}
            </Badge>
            {view.detail && (
              <Text span size="sm" c="dimmed" ml="xs">
                {view.detail}
              </Text>
            )}
          </Row>
          {!standalone && (
            <>
              <Row label={t.sync.page.lastSync} testId="sync-last">
                {status.lastSyncAt ? formatDateTime(status.lastSyncAt, lang) : t.sync.page.never}
              </Row>
              <Row label={t.sync.page.pending} testId="sync-page-pending">
                {formatCount(status.pending, lang)}
              </Row>
              <Row label={t.sync.page.conflicts} testId="sync-page-conflicts">
                {status.conflicts > 0 && onOpenConflicts ? (
                  <Anchor component="button" type="button" c="red" fw={600} onClick={onOpenConflicts}>
                    {t.sync.conflicts(formatCount(status.conflicts, lang))}
                  </Anchor>
                ) : (
                  formatCount(status.conflicts, lang)
                )}
              </Row>
            </>
          )}
          {isAdmin && problem.data?.message && (
            <Row label={t.sync.page.problem} testId="sync-page-problem">
              <Text c="orange" size="sm">
                {problem.data.message}
              </Text>
            </Row>
          )}
          {status.lastError && status.state !== 'idle' && (
            <Row label={t.sync.page.lastError} testId="sync-page-error">
              <Text c="red" size="sm">
                {status.lastError}
              </Text>
            </Row>
          )}
        </Table.Tbody>
      </Table>
      {standalone && (
        <Alert color="gray" variant="light">
          {t.sync.page.standaloneIntro}
        </Alert>
      )}
      {standalone && demo && (
        <Alert color="yellow" variant="light" data-testid="sync-demo-refused">
          {t.sync.page.demoCannotConnect}
        </Alert>
      )}
      {standalone && !demo && !isAdmin && <Text c="dimmed">{t.sync.page.adminOnly}</Text>}
      {standalone && !demo && isAdmin && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h4" mb="sm">
            {t.sync.page.connectTitle}
          </Title>
          <ConnectForm
            defaults={{ nip: session.user.nip, deviceName: t.sync.page.deviceDefault(session.instansi.kode) }}
            withBootstrapSecret
            submitLabel={t.sync.page.connectSubmit}
            onConnected={(s) => {
              accept(s);
              toast.show({ message: t.sync.page.connected });
            }}
          />
        </Paper>
      )}
    </Stack>
  );
}
