/** Daftar SKP: the unit's SKP for a year, filtered by unit, status, "menunggu" and name/NIP. */
import { Button, Checkbox, Group, Loader, MultiSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { SKP_STATUSES, type SkpStatus } from '../../../shared/domain/skp/types.js';
import type { SkpSort } from '../../../shared/entities.js';
import type { SortState } from '../../components/sort-button.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { useCanEditOrg } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { BatchPrintModal } from './batch-print-modal.js';
import { CreateSkpModal } from './create-skp-modal.js';
import { ListPager } from './list-pager.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear } from './skp-format.js';
import { SkpTable } from './skp-table.js';
import { TahunInput } from './tahun-input.js';

const PAGE_SIZE = 50;

function isStatus(v: string): v is SkpStatus {
  return (SKP_STATUSES as readonly string[]).includes(v);
}

type Filter = { status?: SkpStatus[]; menunggu?: boolean } | undefined;

export function SkpListPage({ onOpen, filter }: { onOpen: (id: string) => void; filter?: Filter }) {
  const t = useT();
  const canCreate = useCanEditOrg();
  const { options: unitOptions } = useUnits();
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<SkpStatus[]>(filter?.status ?? []);
  const [menunggu, setMenunggu] = useState(filter?.menunggu ?? false);
  const [offset, setOffset] = useState(0);
  // Any filter change starts again from the first page.
  const narrow = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [creating, setCreating] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [sort, setSort] = useState<SortState<SkpSort>>({ by: 'nama', desc: false });
  const list = useApiQuery(
    'skp/list',
    {
      tahun,
      ...(unitId ? { unitId } : {}),
      ...(status.length ? { status } : {}),
      ...(menunggu ? { menunggu } : {}),
      ...(debounced ? { query: debounced } : {}),
      ...(sort.by !== 'nama' || sort.desc ? { sort: sort.by } : {}),
      ...(sort.desc ? { desc: true } : {}),
      offset,
      limit: PAGE_SIZE,
    },
    SKP_ENTITIES,
  );
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="md" data-page-content={list.data ? 'skp' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.skp.list.title}</Title>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPrinting(true)} disabled={total === 0} data-testid="batch-print">
            {t.print.batch.action}
          </Button>
          {canCreate && <Button onClick={() => setCreating(true)}>{t.skp.list.create}</Button>}
        </Group>
      </Group>
      <Group align="flex-end">
        <TahunInput value={tahun} onChange={narrow(setTahun)} />
        <TextInput label={t.skp.list.search} placeholder={t.skp.list.searchPlaceholder} value={query} onChange={(e) => narrow(setQuery)(e.currentTarget.value)} type="search" w={240} />
        <UnitSelect label={t.skp.common.unit} placeholder={t.skp.common.allUnits} options={unitOptions} value={unitId} onChange={narrow(setUnitId)} clearable w={260} />
        <MultiSelect
          label={t.skp.list.statusFilter}
          placeholder={t.app.all}
          data={SKP_STATUSES.map((s) => ({ value: s, label: t.skp.status[s] }))}
          value={status}
          onChange={(v) => narrow(setStatus)(v.filter(isStatus))}
          clearable
          w={260}
        />
        <Checkbox label={t.skp.list.menungguOnly} checked={menunggu} onChange={(e) => narrow(setMenunggu)(e.currentTarget.checked)} mb={8} />
        <Text c="dimmed" pb={6} data-testid="skp-total">
          {t.skp.common.count(total)}
        </Text>
        {list.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={list.error} />
      <SkpTable rows={rows} onOpen={onOpen} sort={sort} onSort={setSort} />
      {rows.length === 0 && !list.loading && <Text c="dimmed">{t.skp.common.empty}</Text>}
      {list.data && <ListPager total={total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />}
      {printing && (
        <BatchPrintModal
          filter={{ tahun, ...(unitId ? { unitId } : {}), ...(status.length ? { status } : {}), ...(menunggu ? { menunggu } : {}), ...(debounced ? { query: debounced } : {}) }}
          total={total}
          onClose={() => setPrinting(false)}
        />
      )}
      {creating && (
        <CreateSkpModal
          tahun={tahun}
          pegawaiId={null}
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
