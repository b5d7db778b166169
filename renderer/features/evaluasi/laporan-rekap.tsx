/** The laporan harian rekap of a range: per week (Monday–Sunday) or per month, against the effective minutes. */
import { Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { LaporanRekap as Rekap } from '../../../shared/entities-evaluasi.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatPeriod } from '../../lib/format.js';
import { formatPercent } from './labels.js';

export function LaporanRekap({ rekap }: { rekap: Rekap }) {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi.laporan;
  const [mode, setMode] = useState<'mingguan' | 'bulanan'>('mingguan');
  const rows = (mode === 'mingguan' ? rekap.mingguan : rekap.bulanan).filter((r) => r.entri > 0 || mode === 'bulanan');
  return (
    <Stack gap="xs" data-testid="laporan-rekap">
      <Group justify="space-between">
        <Title order={4}>{w.rekapTitle}</Title>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v === 'bulanan' ? 'bulanan' : 'mingguan')}
          data={[
            { value: 'mingguan', label: w.mingguan },
            { value: 'bulanan', label: w.bulanan },
          ]}
        />
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {w.rekapEmpty}
        </Text>
      ) : (
        <Table withTableBorder striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{w.colRentang}</Table.Th>
              <Table.Th ta="right">{w.colEntri}</Table.Th>
              <Table.Th ta="right">{w.colMenit}</Table.Th>
              {mode === 'bulanan' && <Table.Th ta="right">{w.colEfektif}</Table.Th>}
              {mode === 'bulanan' && <Table.Th ta="right">{w.colPersen}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.mulai} data-testid="rekap-row">
                <Table.Td>{mode === 'bulanan' ? r.label : formatPeriod(r.mulai, r.selesai, lang)}</Table.Td>
                <Table.Td ta="right">{formatCount(r.entri, lang)}</Table.Td>
                <Table.Td ta="right">{formatCount(r.menit, lang)}</Table.Td>
                {mode === 'bulanan' && <Table.Td ta="right">{r.menitEfektif === null ? t.app.none : formatCount(r.menitEfektif, lang)}</Table.Td>}
                {mode === 'bulanan' && <Table.Td ta="right">{r.persenEfektif === null ? t.app.none : formatPercent(r.persenEfektif, lang)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="xs" c="dimmed">
        {w.rekapTotal(rows.length)}
      </Text>
    </Stack>
  );
}
