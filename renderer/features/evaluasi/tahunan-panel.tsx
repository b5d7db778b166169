/** Annual evaluation: the periodic history (ratings, predikat, lock) and what it suggests. */
import { Alert, Group, Paper, Table, Text, Title } from '@mantine/core';
import { RATING_LABEL } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { useT } from '../../i18n/i18n.js';
import { LockBadge } from './lock-badge.js';
import { PredikatBadge } from './predikat-badge.js';

export function TahunanPanel({ tahunan }: { tahunan: NonNullable<EvaluasiSession['tahunan']> }) {
  const t = useT();
  const w = t.evaluasi.tahunan;
  return (
    <Paper withBorder p="sm" data-testid="tahunan-panel">
      <Title order={4} mb="xs">
        {w.title}
      </Title>
      <Table withTableBorder striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{w.colPeriode}</Table.Th>
            <Table.Th>{w.colHk}</Table.Th>
            <Table.Th>{w.colPk}</Table.Th>
            <Table.Th>{w.colPredikat}</Table.Th>
            <Table.Th>{w.colKunci}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tahunan.riwayat.map((p) => (
            <Table.Tr key={p.key} data-testid="riwayat-periode">
              <Table.Td>{p.label}</Table.Td>
              <Table.Td>{p.ratingHasilKerja ? RATING_LABEL[p.ratingHasilKerja] : t.app.none}</Table.Td>
              <Table.Td>{p.ratingPerilaku ? RATING_LABEL[p.ratingPerilaku] : t.app.none}</Table.Td>
              <Table.Td>
                <PredikatBadge predikat={p.predikat} />
              </Table.Td>
              <Table.Td>{p.terkunci ? <LockBadge /> : <Text size="sm" c="dimmed">{t.evaluasi.common.belum}</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Alert color="blue" variant="light" mt="xs" data-testid="saran-predikat">
        <Group gap="xs">
          <Text size="sm" fw={500}>
            {w.saran}:
          </Text>
          {tahunan.saran.predikat ? <PredikatBadge predikat={tahunan.saran.predikat} /> : <Text size="sm">{w.noSaran}</Text>}
        </Group>
        {tahunan.saran.penjelasan && (
          <Text size="xs" c="dimmed" mt={4}>
            {tahunan.saran.penjelasan}
          </Text>
        )}
      </Alert>
    </Paper>
  );
}
