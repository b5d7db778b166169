/** Jabatan: searchable table with unit filter, atasan chain and holder count; add/edit modal. */
import { Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { JabatanRow } from '../../../shared/entities.js';
import { JENIS_JABATAN_LABEL } from '../../../shared/domain/jabatan.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { useCanEditOrg } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { atasanChainText } from './atasan-chain.js';
import { JabatanFormModal } from './jabatan-form-modal.js';

/** Rendering thousands of table rows at once makes typing sluggish; search narrows the rest. */
const MAX_ROWS = 500;

export function JabatanPage() {
  const t = useT();
  const canEdit = useCanEditOrg();
  const { options: unitOptions } = useUnits();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const [unitId, setUnitId] = useState<string | null>(null);
  const list = useApiQuery('org/jabatanList', { ...(unitId ? { unitId } : {}), ...(debounced ? { query: debounced } : {}) }, ['jabatan', 'pegawai']);
  const [editing, setEditing] = useState<JabatanRow | 'new' | null>(null);
  const rows = list.data ?? [];

  return (
    <Stack gap="md" data-page-content={list.data ? 'jabatan' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.jabatan.title}</Title>
        {canEdit && <Button onClick={() => setEditing('new')}>{t.jabatan.add}</Button>}
      </Group>
      <Group align="flex-end">
        <TextInput
          label={t.jabatan.searchLabel}
          placeholder={t.jabatan.searchPlaceholder}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          type="search"
          w={320}
        />
        <UnitSelect label={t.jabatan.unitFilter} placeholder={t.jabatan.allUnits} options={unitOptions} value={unitId} onChange={setUnitId} clearable w={320} />
        <Text c="dimmed" pb={6}>
          {t.jabatan.count(rows.length)}
        </Text>
        {list.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table data-testid="jabatan-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.jabatan.colKode}</Table.Th>
              {/* Name and unit get room first; the long atasan chain wraps instead of them. */}
              <Table.Th style={{ minWidth: 280 }}>{t.jabatan.colNama}</Table.Th>
              <Table.Th>{t.jabatan.colJenis}</Table.Th>
              <Table.Th style={{ minWidth: 220 }}>{t.jabatan.colUnit}</Table.Th>
              <Table.Th>{t.jabatan.colAtasan}</Table.Th>
              <Table.Th ta="right">{t.jabatan.colHolders}</Table.Th>
              {canEdit && <Table.Th>{t.jabatan.colActions}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, MAX_ROWS).map((j) => (
              <Table.Tr key={j.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{j.kode}</Table.Td>
                <Table.Td fw={500}>{j.nama}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{JENIS_JABATAN_LABEL[j.jenis]}</Table.Td>
                <Table.Td>{j.unitNama}</Table.Td>
                <Table.Td c={j.atasanChain.length ? undefined : 'dimmed'} fz="xs">
                  {atasanChainText(j.atasanChain) || t.app.none}
                </Table.Td>
                <Table.Td ta="right">{j.holderCount}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(j)} aria-label={t.jabatan.editOf(j.nama)}>
                      {t.app.edit}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && !list.loading && <Text c="dimmed">{t.jabatan.empty}</Text>}
      {rows.length > MAX_ROWS && <Text c="dimmed">{t.app.showingFirst(MAX_ROWS, rows.length)}</Text>}
      {editing && (
        <JabatanFormModal
          jabatan={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}
