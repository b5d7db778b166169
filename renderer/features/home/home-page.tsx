/**
 * Beranda: the landing page after sign-in. What waits for the signed-in person, each as a count
 * that opens the list holding exactly those rows, and how the desk syncs.
 */
import { Alert, Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowBackUp, IconClipboardCheck, IconClipboardList, IconClockHour4, IconPencil, IconRefresh, IconStars, IconThumbUp, IconUserQuestion, IconUsers, type Icon } from '@tabler/icons-react';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { useSession } from '../../lib/session.js';
import { useNow } from '../../lib/use-now.js';
import { describeStatus } from '../sync/status-text.js';
import { useSyncStatus } from '../sync/sync-status.js';
import { visiblePages } from '../shell/nav.js';
import { useOpenPage } from '../shell/navigation.js';
import { hasNoSkpYet, homeItems, type HomeItem, type HomeItemKey } from './home-items.js';
import { useHomeSummary } from './home-summary-context.js';
import { DeadlineReminder, RatingToAcknowledge } from '../evaluasi/home-evaluasi.js';

const ICONS = {
  menungguSaya: IconClipboardCheck,
  diUnitSaya: IconUsers,
  dikembalikan: IconArrowBackUp,
  draft: IconPencil,
  belumAdaSkp: IconUserQuestion,
  beriNilai: IconStars,
  isiRealisasi: IconClipboardList,
  terimaNilai: IconThumbUp,
  segeraDitutup: IconClockHour4,
  konflik: IconAlertTriangle,
} as const satisfies Record<HomeItemKey, Icon>;

/** Counts that ask the person to act are coloured while above zero. */
const COLORS = {
  menungguSaya: 'orange',
  diUnitSaya: 'blue',
  dikembalikan: 'red',
  draft: 'gray',
  belumAdaSkp: 'yellow',
  beriNilai: 'orange',
  isiRealisasi: 'blue',
  terimaNilai: 'teal',
  segeraDitutup: 'yellow',
  konflik: 'red',
} as const satisfies Record<HomeItemKey, string>;

function CountCard({ item, onOpen }: { item: HomeItem; onOpen: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const Ico = ICONS[item.key];
  const words = t.home.items[item.key];
  const active = item.count > 0;
  return (
    <UnstyledButton onClick={onOpen} data-testid="home-count" data-item={item.key} aria-label={`${words.label}: ${formatCount(item.count, lang)}. ${t.home.open}`}>
      <Paper withBorder p="sm" radius="md" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Ico size={28} stroke={1.6} color={`var(--mantine-color-${active ? COLORS[item.key] : 'gray'}-6)`} aria-hidden />
          <Stack gap={2} miw={0}>
            <Text fz={28} fw={700} lh={1.1} c={active ? undefined : 'dimmed'} data-testid="home-count-value">
              {formatCount(item.count, lang)}
            </Text>
            <Text fw={600} size="sm">
              {words.label}
            </Text>
            <Text size="xs" c="dimmed">
              {words.hint}
            </Text>
          </Stack>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

function SyncCard() {
  const t = useT();
  const { lang } = useLang();
  const openPage = useOpenPage();
  const { status } = useSyncStatus();
  const now = useNow(30_000);
  if (!status) return null;
  const view = describeStatus(status, now, t.sync, { time: (iso) => formatDateTime(iso, lang), count: (n) => formatCount(n, lang) });
  return (
    <UnstyledButton onClick={() => openPage({ page: 'sync' })} data-testid="home-sync">
      <Paper withBorder p="sm" radius="md" h="100%">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconRefresh size={28} stroke={1.6} color={`var(--mantine-color-${view.color}-6)`} aria-hidden />
          <Stack gap={2} miw={0}>
            <Group gap="xs">
              <Text fw={600} size="sm">
                {t.home.syncTitle}
              </Text>
              <Badge color={view.color} variant="light" style={{ overflow: 'visible' }}>
                {view.short}
              </Badge>
            </Group>
            <Text size="xs" c="dimmed">
              {status.state === 'standalone' ? t.home.syncStandalone : [t.home.syncPending(status.pending), view.detail].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
        </Group>
      </Paper>
    </UnstyledButton>
  );
}

export function HomePage() {
  const t = useT();
  const { session } = useSession();
  const openPage = useOpenPage();
  const summary = useHomeSummary();
  const visible = useMemo(
    () => visiblePages(session.user.roles, { hasPegawai: session.user.pegawaiId !== null, isAtasan: session.isAtasan }),
    [session.user.roles, session.user.pegawaiId, session.isAtasan],
  );
  const s = summary.data;
  const items = s ? homeItems(s, visible) : [];
  const noSkpYet = s ? hasNoSkpYet(s, visible) : false;
  return (
    <Stack gap="md" {...(s ? { 'data-page-content': 'beranda' } : {})}>
      <Group gap="sm">
        <Title order={2}>{t.home.title}</Title>
        {summary.loading && <Loader size="sm" aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={summary.error} />
      {s && (
        <>
          <Text c="dimmed">{t.home.greeting(session.user.nama, s.tahun)}</Text>
          {noSkpYet && (
            <Alert color="orange" variant="light" data-testid="home-no-skp">
              <Group gap="xs">
                <Text size="sm">{t.home.noSkpYet(s.tahun)}</Text>
                <Anchor component="button" size="sm" onClick={() => openPage({ page: 'skpSaya' })}>
                  {t.home.createInSkpSaya}
                </Anchor>
              </Group>
            </Alert>
          )}
          <DeadlineReminder batas={s.evaluasi.batasTahunan} />
          {s.evaluasi.terimaNilai !== null && s.evaluasi.terimaNilai > 0 && <RatingToAcknowledge tahun={s.tahun} />}
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" data-testid="home-counts">
            {items.map((item) => (
              <CountCard key={item.key} item={item} onOpen={() => openPage(item.target)} />
            ))}
            <SyncCard />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
