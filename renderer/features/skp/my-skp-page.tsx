/** SKP Saya: the signed-in pegawai's own SKP of a year, and a button to start one. */
import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { CreateSkpModal } from './create-skp-modal.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear } from './skp-format.js';
import { SkpTable } from './skp-table.js';
import { TahunInput } from './tahun-input.js';

export function MySkpPage({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const { session } = useSession();
  const pegawaiId = session.user.pegawaiId;
  if (pegawaiId === null) return <Alert color="gray">{t.skp.list.noPegawai}</Alert>;
  return <MySkpList pegawaiId={pegawaiId} onOpen={onOpen} />;
}

function MySkpList({ pegawaiId, onOpen }: { pegawaiId: string; onOpen: (id: string) => void }) {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery('skp/list', { tahun, pegawaiId, offset: 0, limit: 50 }, SKP_ENTITIES);
  const rows = list.data?.rows ?? [];

  return (
    <Stack gap="md" data-page-content={list.data ? 'skpSaya' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.skp.list.mineTitle}</Title>
        <Button onClick={() => setCreating(true)}>{t.skp.list.createMine(tahun)}</Button>
      </Group>
      <Group align="flex-end">
        <TahunInput value={tahun} onChange={setTahun} />
        {list.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={list.error} />
      <SkpTable rows={rows} onOpen={onOpen} />
      {rows.length === 0 && !list.loading && <Text c="dimmed">{t.skp.common.empty}</Text>}
      {creating && (
        <CreateSkpModal
          tahun={tahun}
          pegawaiId={pegawaiId}
          onClose={() => setCreating(false)}
          onCreated={(d) => {
            setCreating(false);
            onOpen(d.skp.id);
          }}
        />
      )}
    </Stack>
  );
}
