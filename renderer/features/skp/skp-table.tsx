/** SKP summaries as a table (lists and the inbox); a row opens the SKP. */
import { Badge, Group, Table, Text } from '@mantine/core';
import type { SkpSummary } from '../../../shared/entities.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime, formatNip } from '../../lib/format.js';
import { StatusBadge } from './status-badge.js';

type Props = { rows: readonly SkpSummary[]; onOpen: (id: string) => void; showDiajukan?: boolean };

export function SkpTable({ rows, onOpen, showDiajukan }: Props) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="skp-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.skp.list.colPegawai}</Table.Th>
            <Table.Th>{t.skp.list.colJabatan}</Table.Th>
            <Table.Th>{t.skp.list.colPeriode}</Table.Th>
            <Table.Th>{t.skp.list.colStatus}</Table.Th>
            <Table.Th ta="right">{t.skp.list.colRhk}</Table.Th>
            {showDiajukan && <Table.Th>{t.skp.inbox.diajukanAt}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((s) => (
            <Table.Tr key={s.id} onClick={() => onOpen(s.id)} style={{ cursor: 'pointer' }} data-testid="skp-row">
              <Table.Td>
                <Text size="sm" fw={500}>
                  {s.namaLengkap}
                </Text>
                <Text size="xs" c="dimmed">
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
