/** SKP summaries as a table (lists and the inbox); a row opens the SKP. */
import { Badge, Box, Group, Table, Text } from '@mantine/core';
import type { SkpSummary } from '../../../shared/entities.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime, formatNip } from '../../lib/format.js';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.js';
import { StatusBadge } from './status-badge.js';

type Props = { rows: readonly SkpSummary[]; onOpen: (id: string) => void; showDiajukan?: boolean };

/** A row is two lines (name over NIP). */
const ROW_HEIGHT = 52;

export function SkpTable({ rows, onOpen, showDiajukan }: Props) {
  const t = useT();
  const { lang } = useLang();
  // Hundreds of SKP (a unit's inbox): only the rows in view are drawn, every one reachable by scrolling.
  const [scrollRef, virtual] = useVirtualRows(rows.length, ROW_HEIGHT);
  const columns = showDiajukan ? 6 : 5;
  return (
    <Box ref={scrollRef} mah="max(320px, calc(100dvh - 240px))" style={{ overflow: 'auto' }}>
      <Table striped highlightOnHover verticalSpacing="xs" stickyHeader miw={800} data-testid="skp-table">
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
          <SpacerRow height={virtual.before} colSpan={columns} />
          {virtual.items.flatMap(({ index }) => (rows[index] ? [{ s: rows[index], index }] : [])).map(({ s, index }) => (
            <Table.Tr key={s.id} ref={virtual.measure} data-index={index} onClick={() => onOpen(s.id)} style={{ cursor: 'pointer' }} data-testid="skp-row">
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
              {showDiajukan && <Table.Td>{s.diajukanAt ? formatDateTime(s.diajukanAt, lang) : t.app.none}</Table.Td>}
            </Table.Tr>
          ))}
          <SpacerRow height={virtual.after} colSpan={columns} />
        </Table.Tbody>
      </Table>
    </Box>
  );
}
