/**
 * Persetujuan in two tabs: "Menunggu saya" (SKP the signed-in person approves as pejabat penilai,
 * longest waiting first) and, for operators/admins, "Di unit saya" (every submitted SKP in their
 * units). Search by name/NIP, unit filter, paging; the total is always shown.
 */
import { Group, Loader, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { INBOX_TABS, type InboxTab } from '../../../shared/home.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount } from '../../lib/format.js';
import { useCanEditOrg, useSession } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { ListPager } from './list-pager.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear } from './skp-format.js';
import { SkpTable } from './skp-table.js';
import { TahunInput } from './tahun-input.js';

const PAGE_SIZE = 50;

function isTab(v: string | null): v is InboxTab {
  return (INBOX_TABS as readonly (string | null)[]).includes(v);
}

export function InboxPage({ onOpen, filter }: { onOpen: (id: string) => void; filter?: { tab: InboxTab } | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const { session } = useSession();
  const operator = useCanEditOrg();
  const { options: unitOptions } = useUnits();
  const [tab, setTab] = useState<InboxTab>(filter?.tab ?? (session.isAtasan || !operator ? 'menungguSaya' : 'diUnitSaya'));
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [offset, setOffset] = useState(0);
  const inbox = useApiQuery(
    'skp/inbox',
    { tahun, tab, ...(unitId ? { unitId } : {}), ...(debounced ? { query: debounced } : {}), offset, limit: PAGE_SIZE },
    SKP_ENTITIES,
  );
  const data = inbox.data;
  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  // Filters start again from the first page.
  const narrow = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  const tabs = INBOX_TABS.filter((k) => (data ? data.counts[k] !== null : k === tab));

  return (
    <Stack gap="sm" {...(data ? { 'data-page-content': 'skpInbox' } : {})}>
      <Title order={2}>{t.home.inbox.title}</Title>
      <Tabs
        value={tab}
        onChange={(v) => {
          if (isTab(v)) narrow(setTab)(v);
        }}
      >
        <Tabs.List>
          {tabs.map((k) => (
            <Tabs.Tab key={k} value={k} data-testid={`inbox-tab-${k}`}>
              {t.home.inbox.tabs[k]}
              {data && data.counts[k] !== null ? ` (${formatCount(data.counts[k] ?? 0, lang)})` : ''}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Text c="dimmed" size="sm">
        {t.home.inbox.intro[tab]}
      </Text>
      <Group align="flex-end" gap="sm">
        <TahunInput value={tahun} onChange={narrow(setTahun)} />
        <TextInput label={t.home.inbox.search} placeholder={t.skp.list.searchPlaceholder} value={query} onChange={(e) => narrow(setQuery)(e.currentTarget.value)} type="search" w={240} />
        <UnitSelect label={t.skp.common.unit} placeholder={t.skp.common.allUnits} options={unitOptions} value={unitId} onChange={narrow(setUnitId)} clearable w={260} />
        {inbox.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={inbox.error} />
      <SkpTable rows={rows} onOpen={onOpen} showDiajukan />
      {data && rows.length === 0 && !inbox.loading && <Text c="dimmed">{t.home.inbox.empty[tab]}</Text>}
      {data && <ListPager total={total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} />}
    </Stack>
  );
}
