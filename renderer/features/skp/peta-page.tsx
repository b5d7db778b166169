/**
 * Peta cascading: the jabatan tree from the head of the unit down, each holder's RHK indented
 * under its jabatan, flagging atasan RHK no subordinate RHK intervenes and RHK still waiting.
 */
import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PetaHolderView } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear, flattenPeta, rhkNumber } from './skp-format.js';
import { StatusBadge } from './status-badge.js';
import { YearUnitFilter } from './year-unit-filter.js';

/** Deep trees of a 10,000-pegawai unit: the first lines are enough to read; filter by unit for more. */
const MAX_LINES = 400;

function Holder({ h }: { h: PetaHolderView }) {
  const t = useT();
  return (
    <Stack gap={2} pl="md" data-testid="peta-holder">
      <Group gap="xs">
        <Text size="sm">{h.namaLengkap}</Text>
        {h.status ? <StatusBadge status={h.status} /> : <Text size="xs" c="dimmed">{t.skp.peta.noSkp}</Text>}
      </Group>
      {h.rhk.map((r) => (
        <Group key={r.rhkId} gap="xs" pl="md" wrap="nowrap" data-testid="peta-rhk" data-tanpa={r.tanpaIntervensiBawahan ? 'true' : 'false'}>
          <Text size="xs" c="dimmed" w={32}>
            {rhkNumber(r)}
          </Text>
          <Text size="xs">{r.teks}</Text>
          {r.diintervensiOleh > 0 && (
            <Badge size="xs" variant="outline">
              {t.skp.rhk.diintervensiOleh(r.diintervensiOleh)}
            </Badge>
          )}
          {r.tanpaIntervensiBawahan && (
            <Badge size="xs" color="red" variant="light" data-testid="peta-tanpa">
              {t.skp.peta.tanpaIntervensi}
            </Badge>
          )}
          {r.menungguRhkAtasan && (
            <Badge size="xs" color="yellow" data-testid="peta-menunggu">
              {t.skp.rhk.menunggu}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

export function PetaPage() {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const peta = useApiQuery('skp/peta', { tahun, ...(unitId ? { unitId } : {}) }, SKP_ENTITIES);
  const lines = peta.data ? flattenPeta(peta.data.roots) : [];

  return (
    <Stack gap="md">
      <Title order={2}>{t.skp.peta.title}</Title>
      <Text c="dimmed">{t.skp.peta.intro}</Text>
      <YearUnitFilter tahun={tahun} onTahun={setTahun} unitId={unitId} onUnit={setUnitId} loading={peta.loading} />
      <ErrorAlert error={peta.error} />
      {peta.data && (
        <Text data-testid="peta-summary">{t.skp.peta.summary(peta.data.tanpaIntervensi, peta.data.menunggu)}</Text>
      )}
      <Stack gap="xs" data-testid="peta-tree">
        {lines.slice(0, MAX_LINES).map(({ node, depth }) => (
          <Box key={node.jabatanId} pl={depth * 24} style={{ borderLeft: depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined }} data-testid="peta-node">
            <Text fw={600} size="sm">
              {node.nama}{' '}
              <Text span size="xs" c="dimmed">
                {node.kode}
              </Text>
            </Text>
            {node.holders.length === 0 && (
              <Text size="xs" c="dimmed" pl="md">
                {t.skp.peta.vacant}
              </Text>
            )}
            {node.holders.map((h) => (
              <Holder key={h.pegawaiId} h={h} />
            ))}
          </Box>
        ))}
      </Stack>
      {lines.length > MAX_LINES && <Text c="dimmed">{t.app.showingFirst(MAX_LINES, lines.length)}</Text>}
    </Stack>
  );
}
