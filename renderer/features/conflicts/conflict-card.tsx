/** One open conflict: what, who and when, why the server refused, both versions, and the choice. */
import { Badge, Button, Code, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SyncConflict } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { ConflictCompare } from './conflict-compare.js';
import type { Lookups } from './field-value.js';
import { conflictTitle, shortId } from './payload-diff.js';

type Choice = 'mine' | 'theirs';
type Props = { conflict: SyncConflict; lookups: Lookups; onResolved: () => void };

export function ConflictCard({ conflict: c, lookups, onResolved }: Props) {
  const t = useT();
  const { lang } = useLang();
  const w = t.sync.conflict;
  const [busy, setBusy] = useState<Choice | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const title = conflictTitle(c.localPayload, c.serverPayload);

  const resolve = async (choice: Choice) => {
    setBusy(choice);
    setError(null);
    const r = await invoke('sync/resolveConflict', { id: c.id, choice });
    setBusy(null);
    if (r.ok) onResolved();
    else setError(r.error);
  };

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={title ?? w.entities[c.entity] ?? c.entity} data-testid="conflict-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Group gap="xs" wrap="nowrap">
              <Badge variant="light" tt="none" data-testid="conflict-entity">
                {w.entities[c.entity] ?? c.entity}
              </Badge>
              {title && (
                <Title order={3} size="h5" lineClamp={1}>
                  {title}
                </Title>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {w.editedBy(c.actorNama ?? w.unknownActor, formatDateTime(c.createdAt, lang))}
            </Text>
          </Stack>
          <Code title={c.entityId}>{shortId(c.entityId)}</Code>
        </Group>
        <Text size="sm" data-testid="conflict-reason">
          <Text span fw={600}>
            {w.reason}:
          </Text>{' '}
          {c.message}
        </Text>
        <ConflictCompare entityId={c.entityId} local={c.localPayload} server={c.serverPayload} lookups={lookups} />
        <ErrorAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={4}>
            <Button onClick={() => void resolve('mine')} loading={busy === 'mine'} disabled={busy !== null}>
              {w.useMine}
            </Button>
            <Text size="xs" c="dimmed">
              {w.useMineHint}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Button variant="default" onClick={() => void resolve('theirs')} loading={busy === 'theirs'} disabled={busy !== null}>
              {w.useTheirs}
            </Button>
            <Text size="xs" c="dimmed">
              {w.useTheirsHint}
            </Text>
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
