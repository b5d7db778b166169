/**
 * Whom to evaluate: the approved SKP in the caller's reach (for a pejabat penilai their staff; an
 * operator sees the unit but does not rate). Search by name/NIP, unit filter, paging, total shown.
 */
import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatNip, formatPeriod } from '../../lib/format.js';
import { useSession } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { currentYear } from '../skp/skp-format.js';
import { TahunInput } from '../skp/tahun-input.js';
import { useUnits } from '../units/use-units.js';
import { CountPager } from './count-pager.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';

const PAGE_SIZE = 50;

export function StaffList({ onOpen }: { onOpen: (skpId: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const { options } = useUnits();
  const { session } = useSession();
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [offset, setOffset] = useState(0);
  const q = useApiQuery(
    'skp/list',
    { tahun, status: ['disetujui'], ...(unitId ? { unitId } : {}), ...(debounced ? { query: debounced } : {}), offset, limit: PAGE_SIZE },
    EVALUASI_ENTITIES,
  );
  // The caller's own SKP is rated by their own penilai (and filled in Realisasi Saya): not listed here.
  const own = session.user.pegawaiId;
  const mine = useApiQuery(
    'skp/list',
    { tahun, status: ['disetujui'], pegawaiId: own ?? '', ...(unitId ? { unitId } : {}), ...(debounced ? { query: debounced } : {}), offset: 0, limit: 5 },
    EVALUASI_ENTITIES,
  );
  const ownCount = own ? (mine.data?.total ?? 0) : 0;
  const rows = (q.data?.rows ?? []).filter((r) => r.pegawaiId !== own);
  const total = Math.max(0, (q.data?.total ?? 0) - ownCount);
  const s = t.evaluasi.session;
  const narrow = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOffset(0);
  };
  return (
    <Stack gap="sm" data-testid="staff-list">
      <Text c="dimmed" size="sm">
        {s.staffIntro}
      </Text>
      <Group align="flex-end" gap="sm">
        <TahunInput value={tahun} onChange={narrow(setTahun)} />
        <TextInput label={t.home.inbox.search} placeholder={t.skp.list.searchPlaceholder} value={query} onChange={(e) => narrow(setQuery)(e.currentTarget.value)} type="search" w={240} />
        <UnitSelect label={t.skp.common.unit} placeholder={t.skp.common.allUnits} options={options} value={unitId} onChange={narrow(setUnitId)} clearable w={260} />
        {q.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={q.error} />
      {rows.length > 0 && (
        <Table striped withTableBorder verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.colPegawai}</Table.Th>
              <Table.Th>{t.skp.list.colJabatan}</Table.Th>
              <Table.Th>{t.skp.common.unit}</Table.Th>
              <Table.Th>{t.skp.list.colPeriode}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="staff-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.namaLengkap}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(r.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.jabatanNama}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.unitNama}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(r.periode.mulai, r.periode.selesai, lang)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="light" onClick={() => onOpen(r.id)} aria-label={`${s.open}: ${r.namaLengkap}`}>
                    {s.open}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {q.data && rows.length === 0 && !q.loading && <Text c="dimmed">{s.empty}</Text>}
      {q.data && <CountPager total={total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} range={t.evaluasi.progres.range} />}
    </Stack>
  );
}
