/**
 * Konflik (operator/admin): edits the server refused, kept for a person to settle. Settling one
 * syncs at once, so the choice reaches the server and the counts in the header are fresh.
 */
import { Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useCoreEvent } from '../../lib/use-core-event.js';
import { useSyncStatus } from '../sync/sync-status.js';
import { ConflictCard } from './conflict-card.js';
import type { Lookups } from './field-value.js';

export function ConflictsPage() {
  const t = useT();
  const toast = useToast();
  const { syncNow } = useSyncStatus();
  const list = useApiQuery('sync/conflicts', {}, ['sync']);
  const units = useApiQuery('org/units', {}, ['unit_kerja']);
  const jabatan = useApiQuery('org/jabatanList', {}, ['jabatan']);
  const lookups = useMemo<Lookups>(
    () => ({
      units: new Map((units.data ?? []).map((u) => [u.id, u.nama])),
      jabatan: new Map((jabatan.data ?? []).map((j) => [j.id, j.nama])),
    }),
    [units.data, jabatan.data],
  );
  const rows = list.data ?? [];
  // A pull can also turn a waiting edit into a conflict (a kode/NIP taken meanwhile).
  useCoreEvent('sync/status', (s) => {
    if (list.data && s.conflicts !== list.data.length) list.reload();
  });

  const resolved = () => {
    toast.show({ message: t.sync.conflict.resolved });
    list.reload();
    void syncNow();
  };

  return (
    <Stack gap="md" maw={960} data-page-content={list.data ? 'conflicts' : undefined}>
      <Title order={2}>{t.sync.conflict.title}</Title>
      <Text c="dimmed">{t.sync.conflict.intro}</Text>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loader aria-label={t.app.loading} />}
      {list.data && rows.length === 0 && (
        <Text c="dimmed" data-testid="conflicts-empty">
          {t.sync.conflict.empty}
        </Text>
      )}
      {rows.map((c) => (
        <ConflictCard key={c.id} conflict={c} lookups={lookups} onResolved={resolved} />
      ))}
    </Stack>
  );
}
