/** SKP summaries as a table (lists and the inbox); a row opens the SKP. */
import { Badge, Group, Table, Text } from '@mantine/core';
import type { SkpSort, SkpSummary } from '../../../shared/entities.js';
import { SortButton, type SortState } from '../../components/sort-button.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime, formatNip } from '../../lib/format.js';
import { StatusBadge } from './status-badge.js';

type Props = {
  rows: readonly SkpSummary[];
  onOpen: (id: string) => void;
  showDiajukan?: boolean;
  /** When given, the Pegawai, Jabatan and Status headings sort the list (in the core). */
  sort?: SortState<SkpSort>;
  onSort?: (next: SortState<SkpSort>) => void;
};

export function SkpTable({ rows, onOpen, showDiajukan, sort, onSort }: Props) {
  const t = useT();
  const { lang } = useLang();
  const heading = (label: string, column: SkpSort) => (sort && onSort ? <SortButton label={label} column={column} sort={sort} onSort={onSort} /> : label);
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table data-testid="skp-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading(t.skp.list.colPegawai, 'nama')}</Table.Th>
            <Table.Th>{heading(t.skp.list.colJabatan, 'jabatan')}</Table.Th>
            <Table.Th>{t.skp.list.colPeriode}</Table.Th>
            <Table.Th>{heading(t.skp.list.colStatus, 'status')}</Table.Th>
            <Table.Th ta="right">{t.skp.list.colRhk}</Table.Th>
            {showDiajukan && <Table.Th>{t.skp.inbox.diajukanAt}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id} onClick={() => onOpen(s.id)} style={{ cursor: 'pointer' }} data-testid="skp-row">
              <Table.Td>
                {/* Names and NIP keep one line each; the jabatan column wraps instead. */}
                <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {s.namaLengkap}
                </Text>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatNip(s.nip)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{s.jabatanNama}</Text>
                <Text size="xs" c="dimmed">
                  {s.unitNama}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.skp.common.periode(s.periode.mulai, s.periode.selesai)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <StatusBadge status={s.status} />
                  {s.versi > 1 && <Text size="xs">{t.skp.common.versi(s.versi)}</Text>}
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end">
                  {s.rhkCount}
                  {s.menungguCount > 0 && (
                    <Badge color="yellow" size="xs">
                      {t.skp.list.menungguCount(s.menungguCount)}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {showDiajukan && <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.diajukanAt ? formatDateTime(s.diajukanAt, lang) : t.app.none}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
