/**
 * Kesiapan SKP: per jabatan the worst SKP status of its holders, and the atasan that hold up
 * subordinates because their own plan is missing or not yet approved — biggest bottleneck first.
 */
import { Badge, Box, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { READINESS_STATUSES } from '../../../shared/domain/skp/readiness.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SpacerRow, useVirtualRows } from '../../components/virtual-rows.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { STATUS_COLOR, currentYear, sortReadiness } from './skp-format.js';
import { StatusBadge } from './status-badge.js';
import { YearUnitFilter } from './year-unit-filter.js';

/** A row is a jabatan name over its kode (two lines). */
const ROW_HEIGHT = 52;

export function ReadinessPage() {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const board = useApiQuery('skp/readiness', { tahun, ...(unitId ? { unitId } : {}) }, SKP_ENTITIES);
  const b = board.data;
  // Sorted once per answer: scrolling re-renders the page.
  const rows = useMemo(() => (b ? sortReadiness(b.rows) : []), [b]);
  const bottlenecks = b ? [...b.bottlenecks].sort((x, y) => y.blocksTotal - x.blocksTotal || y.blocksDirect - x.blocksDirect) : [];
  // Every jabatan of the unit is in the table; only the rows in view are drawn.
  const [tableScroll, virtual] = useVirtualRows(rows.length, ROW_HEIGHT);

  return (
    <Stack gap="md" data-page-content={b ? 'skpReadiness' : undefined}>
      <Title order={2}>{t.skp.readiness.title}</Title>
      <Text c="dimmed">{t.skp.readiness.intro}</Text>
      <YearUnitFilter tahun={tahun} onTahun={setTahun} unitId={unitId} onUnit={setUnitId} loading={board.loading} />
      <ErrorAlert error={board.error} />
      {b && (
        <>
          <Group gap="xs" data-testid="readiness-totals">
            {READINESS_STATUSES.map((s) => (
              <Badge key={s} color={STATUS_COLOR[s]} variant="light" size="lg" data-status={s}>
                {t.skp.status[s]}: {b.totals[s]}
              </Badge>
            ))}
          </Group>
          <Paper withBorder p="sm">
            <Title order={4} mb="xs">
              {t.skp.readiness.bottlenecks}
            </Title>
            {bottlenecks.length === 0 ? (
              <Text c="dimmed">{t.skp.readiness.noBottleneck}</Text>
            ) : (
              <Stack gap={4} data-testid="bottlenecks">
                {bottlenecks.map((x) => (
                  <Group key={x.jabatanId} gap="xs" data-testid="bottleneck">
                    <Text fw={600}>{x.nama}</Text>
                    <Text size="sm">{x.pemegang.join(', ') || t.skp.readiness.vacant}</Text>
                    <Badge color={x.reason === 'kosong' ? 'gray' : 'orange'} variant="light">
                      {x.reason === 'kosong' ? t.skp.readiness.kosong : t.skp.readiness.belumDisetujui}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {t.skp.readiness.blocks(x.blocksDirect, x.blocksTotal)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
          <Text c="dimmed" data-testid="readiness-count">
            {t.skp.readiness.jabatanCount(rows.length)}
          </Text>
          <Box ref={tableScroll} mah="max(320px, calc(100dvh - 220px))" style={{ overflow: 'auto' }}>
            <Table striped verticalSpacing="xs" stickyHeader miw={900} data-testid="readiness-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t.skp.readiness.colJabatan}</Table.Th>
                  <Table.Th>{t.skp.readiness.colUnit}</Table.Th>
                  <Table.Th>{t.skp.readiness.colStatus}</Table.Th>
                  <Table.Th>{t.skp.readiness.colCounts}</Table.Th>
                  <Table.Th ta="right">{t.skp.readiness.colBlocks}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <SpacerRow height={virtual.before} colSpan={5} />
                {virtual.items.flatMap(({ index }) => (rows[index] ? [{ r: rows[index], index }] : [])).map(({ r, index }) => (
                  <Table.Tr key={r.jabatanId} ref={virtual.measure} data-index={index} data-testid="readiness-row" data-jabatan={r.kode}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.nama}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.kode}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.unitNama}</Table.Td>
                    <Table.Td>{r.vacant ? <Text c="dimmed">{t.skp.readiness.vacant}</Text> : <StatusBadge status={r.status} />}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {READINESS_STATUSES.filter((s) => r.counts[s] > 0).map((s) => (
                          <Badge key={s} size="xs" color={STATUS_COLOR[s]} variant="outline">
                            {t.skp.status[s]} {r.counts[s]}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{r.blocksTotal > 0 ? t.skp.readiness.blocks(r.blocksDirect, r.blocksTotal) : t.app.none}</Table.Td>
                  </Table.Tr>
                ))}
                <SpacerRow height={virtual.after} colSpan={5} />
              </Table.Tbody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
