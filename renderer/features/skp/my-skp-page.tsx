/** SKP Saya: the signed-in pegawai's own SKP of a year, and a button to start one. */
import { Alert, Button, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SKP_STATUSES, type SkpStatus } from '../../../shared/domain/skp/types.js';
import { startSkpBlocker } from '../../../shared/domain/skp/start-rule.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { CreateSkpModal } from './create-skp-modal.js';
import { ListPager } from './list-pager.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear } from './skp-format.js';
import { SkpTable } from './skp-table.js';
import { TahunInput } from './tahun-input.js';

const PAGE_SIZE = 50;

type Filter = { status: SkpStatus } | undefined;

function isStatus(v: string | null): v is SkpStatus {
  return (SKP_STATUSES as readonly (string | null)[]).includes(v);
}

export function MySkpPage({ onOpen, filter }: { onOpen: (id: string) => void; filter?: Filter }) {
  const t = useT();
  const { session } = useSession();
  const pegawaiId = session.user.pegawaiId;
  if (pegawaiId === null) return <Alert color="gray">{t.skp.list.noPegawai}</Alert>;
  return <MySkpList pegawaiId={pegawaiId} onOpen={onOpen} filter={filter} />;
}

function MySkpList({ pegawaiId, onOpen, filter }: { pegawaiId: string; onOpen: (id: string) => void; filter: Filter }) {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<SkpStatus | null>(filter?.status ?? null);
  const [offset, setOffset] = useState(0);
  const list = useApiQuery('skp/list', { tahun, pegawaiId, ...(status ? { status: [status] } : {}), offset, limit: PAGE_SIZE }, SKP_ENTITIES);
  // The start rule looks at every SKP of the year, whatever the status filter shows (a person has a handful).
  const ofYear = useApiQuery('skp/list', { tahun, pegawaiId, offset: 0, limit: 50 }, SKP_ENTITIES);
  const me = useApiQuery('pegawai/get', { id: pegawaiId }, SKP_ENTITIES);
  const rows = list.data?.rows ?? [];
  // Offer "Buat SKP" only when the core would accept it (and only once both answers are in).
  const known = ofYear.data !== undefined && me.data !== undefined && !ofYear.loading;
  const blocker = known ? startSkpBlocker(me.data?.pegawai.jabatanId ?? null, ofYear.data?.rows ?? [], tahun) : null;

  return (
    <Stack gap="md" data-page-content={list.data ? 'skpSaya' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.skp.list.mineTitle}</Title>
        {known && blocker === null && <Button onClick={() => setCreating(true)}>{t.skp.list.createMine(tahun)}</Button>}
      </Group>
      {blocker && (
        <Text c="dimmed" size="sm" data-testid="skp-start-blocked">
          {blocker === 'sudahAda' ? t.finish.skp.alreadyHas(tahun) : t.finish.skp.noJabatan}
        </Text>
      )}
      <Group align="flex-end">
        <TahunInput
          value={tahun}
          onChange={(v) => {
            setTahun(v);
            setOffset(0);
          }}
        />
        <Select
          label={t.home.statusFilter}
          placeholder={t.home.allStatuses}
          data={SKP_STATUSES.map((s) => ({ value: s, label: t.skp.status[s] }))}
          value={status}
          onChange={(v) => {
            setStatus(isStatus(v) ? v : null);
            setOffset(0);
          }}
          clearable
          w={200}
        />
        {list.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={list.error} />
      <SkpTable rows={rows} onOpen={onOpen} />
      {rows.length === 0 && !list.loading && <Text c="dimmed">{t.skp.common.empty}</Text>}
      {list.data && <ListPager total={list.data.total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />}
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
