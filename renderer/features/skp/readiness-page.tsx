/**
 * Kesiapan SKP: per jabatan the worst SKP status of its holders, and the atasan that hold up
 * subordinates because their own plan is missing or not yet approved — biggest bottleneck first.
 */
import { Anchor, Badge, Box, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMemo, useState } from 'react';
import { READINESS_STATUSES, type ReadinessStatus } from '../../../shared/domain/skp/readiness.js';
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

/** `filter.status`: only jabatan with a holder in that status (Beranda's "belum punya SKP"). */
export function ReadinessPage({ filter }: { filter?: { status: ReadinessStatus } | undefined }) {
  const t = useT();
  const [only, setOnly] = useState<ReadinessStatus | null>(filter?.status ?? null);
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const board = useApiQuery('skp/readiness', { tahun, ...(unitId ? { unitId } : {}) }, SKP_ENTITIES);
  const b = board.data;
  // Sorted once per answer: scrolling re-renders the page.
  const rows = useMemo(() => (b ? sortReadiness(b.rows).filter((r) => only === null || r.counts[only] > 0) : []), [b, only]);
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
              <Tooltip key={s} label={t.finish.statusHint[s]} multiline maw={320}>
                <Badge color={STATUS_COLOR[s]} variant="light" size="lg" tt="none" data-status={s}>
                  {t.skp.status[s]}: {b.totals[s]}
                </Badge>
              </Tooltip>
            ))}
          </Group>
          {only && (
            <Group gap="xs" data-testid="readiness-only">
              <Text size="sm">{t.home.readinessFiltered}</Text>
              <Anchor component="button" size="sm" onClick={() => setOnly(null)}>
                {t.home.showAll}
              </Anchor>
            </Group>
          )}
          <Paper withBorder p="sm">
            <Title order={4} mb="xs">
              {t.skp.readiness.bottlenecks}
            </Title>
            {bottlenecks.length === 0 ? (
              <Text c="dimmed">{t.skp.readiness.noBottleneck}</Text>
            ) : (
              // A compact table lines the bottlenecks up, so the eye runs down one column of counts.
              <Table verticalSpacing={4} striped={false} data-testid="bottlenecks">
                <Table.Tbody>
                  {bottlenecks.map((x) => (
                    <Table.Tr key={x.jabatanId} data-testid="bottleneck">
                      <Table.Td fw={600}>{x.nama}</Table.Td>
                      <Table.Td>{x.pemegang.join(', ') || t.skp.readiness.vacant}</Table.Td>
                      <Table.Td>
                        <Badge color={x.reason === 'kosong' ? 'gray' : 'orange'} variant="light" tt="none">
                          {x.reason === 'kosong' ? t.skp.readiness.kosong : t.skp.readiness.belumDisetujui}
                        </Badge>
                      </Table.Td>
                      <Table.Td c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t.skp.readiness.blocks(x.blocksDirect, x.blocksTotal)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
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
                          <Badge key={s} size="sm" color={STATUS_COLOR[s]} variant="outline" tt="none">
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
