/** Persetujuan: SKP waiting for the signed-in atasan's approval, longest waiting first. */
import { Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear, sortInbox } from './skp-format.js';
import { SkpTable } from './skp-table.js';
import { TahunInput } from './tahun-input.js';

export function InboxPage({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const inbox = useApiQuery('skp/inbox', { tahun }, SKP_ENTITIES);
  const rows = useMemo(() => sortInbox(inbox.data ?? []), [inbox.data]);
  return (
    <Stack gap="md" data-page-content={inbox.data ? 'skpInbox' : undefined}>
      <Title order={2}>{t.skp.inbox.title}</Title>
      <Text c="dimmed">{t.skp.inbox.intro}</Text>
      <Group align="flex-end">
        <TahunInput value={tahun} onChange={setTahun} />
        {inbox.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={inbox.error} />
      <SkpTable rows={rows} onOpen={onOpen} showDiajukan />
      {rows.length === 0 && !inbox.loading && <Text c="dimmed">{t.skp.inbox.empty}</Text>}
    </Stack>
  );
}
