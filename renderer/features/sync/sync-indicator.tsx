/**
 * The compact sync state in the header: state and age, pending and conflict badges, and
 * "Sinkron sekarang". A standalone desk only says so (there is nothing to sync with).
 */
import { ActionIcon, Badge, Button, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { SyncIcon } from '../../components/sync-icon.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { useNow } from '../../lib/use-now.js';
import { describeStatus } from './status-text.js';
import { useSyncStatus } from './sync-status.js';

/** `onOpenConflicts` is null for people who may not open the Konflik screen. */
export function SyncIndicator({ onOpenConflicts }: { onOpenConflicts: (() => void) | null }) {
  const t = useT();
  const { lang } = useLang();
  const now = useNow(30_000);
  const { status, syncing, syncNow } = useSyncStatus();
  if (!status) return null;
  const view = describeStatus(status, now, t.sync, { time: (iso) => formatDateTime(iso, lang), count: (n) => formatCount(n, lang) });
  const connected = status.state !== 'standalone';
  // The chip's one word ("Mandiri") is explained first; the long label would only repeat it.
  const tooltip = [t.finish.syncHint[status.state], ...view.tooltip.filter((line) => line !== view.label)];

  const conflictBadge = (
    <Badge color="red" variant="filled" tt="none" size="lg" data-testid="sync-conflicts" style={onOpenConflicts ? { cursor: 'pointer' } : undefined}>
      {t.sync.conflicts(formatCount(status.conflicts, lang))}
    </Badge>
  );

  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }} role="status" aria-label={t.sync.indicatorLabel} data-testid="sync-indicator" data-state={status.state}>
      <Tooltip label={tooltip.join('\n')} multiline maw={360} style={{ whiteSpace: 'pre-line' }}>
        <Badge variant="dot" color={view.color} tt="none" size="lg" data-testid="sync-state" tabIndex={0} style={{ cursor: 'help' }}>
          {/* The full label only where the header has room; the tooltip always has it. */}
          <Text span inherit hiddenFrom="xl">
            {view.short}
          </Text>
          <Text span inherit visibleFrom="xl">
            {view.label}
          </Text>
          {view.detail && (
            <Text span size="xs" c="dimmed" ml={6} data-testid="sync-detail">
              {view.detail}
            </Text>
          )}
        </Badge>
      </Tooltip>
      {connected && status.pending > 0 && (
        <Badge color="yellow" variant="light" tt="none" size="lg" data-testid="sync-pending">
          {t.sync.pending(formatCount(status.pending, lang))}
        </Badge>
      )}
      {status.conflicts > 0 &&
        (onOpenConflicts ? (
          <Tooltip label={t.sync.openConflicts}>
            <UnstyledButton onClick={onOpenConflicts} display="flex">
              {conflictBadge}
            </UnstyledButton>
          </Tooltip>
        ) : (
          conflictBadge
        ))}
      {connected && (
        <>
          {/* Words where the header has room, an icon in a narrower window. */}
          <Button size="xs" variant="light" onClick={() => void syncNow()} disabled={syncing} visibleFrom="lg">
            {t.sync.syncNow}
          </Button>
          <Tooltip label={t.sync.syncNow}>
            <ActionIcon size={30} variant="light" onClick={() => void syncNow()} disabled={syncing} aria-label={t.sync.syncNow} hiddenFrom="lg">
              <SyncIcon />
            </ActionIcon>
          </Tooltip>
        </>
      )}
    </Group>
  );
}
