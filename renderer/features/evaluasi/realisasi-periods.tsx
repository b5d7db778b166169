/** The periods of the pegawai's own SKP, each with its realisasi status, predikat and lock; one is picked. */
import { Table, Text, UnstyledButton } from '@mantine/core';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { PeriodeStatusRow } from '../../../shared/entities-evaluasi.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatPeriod } from '../../lib/format.js';
import { LockBadge } from './lock-badge.js';
import { PredikatBadge } from './predikat-badge.js';
import { RealisasiStatusBadge } from './realisasi-status-badge.js';

type Props = { periods: readonly PeriodeStatusRow[]; value: PeriodeKey | null; onPick: (k: PeriodeKey) => void };

export function RealisasiPeriods({ periods, value, onPick }: Props) {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi;
  return (
    <>
      <Table withTableBorder striped highlightOnHover verticalSpacing={4} data-testid="realisasi-periods">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{w.common.periode}</Table.Th>
            <Table.Th>{w.realisasi.colStatus}</Table.Th>
            <Table.Th>{w.realisasi.colPredikat}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.map((p) => (
            <Table.Tr key={p.key} data-testid="periode-row" data-periode={p.key} bg={p.key === value ? 'teal.0' : undefined} aria-selected={p.key === value}>
              <Table.Td>
                <UnstyledButton onClick={() => onPick(p.key)} aria-label={p.label} data-testid="periode-pick">
                  <Text size="sm" fw={p.key === value ? 700 : 500}>
                    {p.label}
                    {p.berjalan && p.key !== 'TAHUNAN' ? ` · ${w.common.berjalan}` : ''}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatPeriod(p.mulai, p.selesai, lang)}
                  </Text>
                </UnstyledButton>
              </Table.Td>
              <Table.Td>
                <RealisasiStatusBadge status={p.realisasi} />
              </Table.Td>
              <Table.Td>
                <PredikatBadge predikat={p.predikat} />
              </Table.Td>
              <Table.Td>{p.terkunci && <LockBadge />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {w.realisasi.periodsTotal(periods.length)}
      </Text>
    </>
  );
}
