/**
 * The inbox's side-by-side view: each of the subordinate's RHK next to the atasan RHK it
 * intervenes, with both sets of indikator, so the penilai checks the cascade at a glance.
 */
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { SkpDetail } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { IndikatorList } from './indikator-list.js';
import { IntervensiCell } from './rhk-table.js';
import { groupRhk, rhkNumber } from './skp-format.js';

export function RhkCompare({ detail }: { detail: SkpDetail }) {
  const t = useT();
  const { utama, tambahan } = groupRhk(detail.rhk);
  return (
    <Stack gap="xs" data-testid="rhk-compare">
      <Title order={4}>{t.skp.inbox.compare}</Title>
      <SimpleGrid cols={2}>
        <Text fw={600}>{t.skp.inbox.subordinate}</Text>
        <Text fw={600}>{t.skp.inbox.atasan}</Text>
      </SimpleGrid>
      {[...utama, ...tambahan].map((r) => (
        <SimpleGrid key={r.id} cols={2} data-testid="compare-row">
          <Paper withBorder p="xs">
            <Text size="sm" fw={500}>
              {rhkNumber(r)} {r.teks}
            </Text>
            <IndikatorList indikator={r.indikator} />
          </Paper>
          <Paper withBorder p="xs" bg={r.menungguRhkAtasan ? 'yellow.0' : undefined}>
            <IntervensiCell r={r} isPuncak={detail.isPuncak} />
            {r.intervensi && <IndikatorList indikator={r.intervensi.indikator} />}
          </Paper>
        </SimpleGrid>
      ))}
      {detail.rhk.length === 0 && <Text c="dimmed">{t.skp.rhk.empty}</Text>}
    </Stack>
  );
}
