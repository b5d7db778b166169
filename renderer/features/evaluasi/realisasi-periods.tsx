/** The periods of the pegawai's own SKP as one row of cards, each with its realisasi status, predikat and lock; one is picked. */
import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
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
    <Group gap="xs" align="stretch" data-testid="realisasi-periods">
      {periods.map((p) => {
        const on = p.key === value;
        return (
          <UnstyledButton key={p.key} onClick={() => onPick(p.key)} data-testid="periode-row" data-periode={p.key} aria-pressed={on} aria-label={p.label}>
            <Paper withBorder p={6} px="xs" h="100%" bg={on ? 'teal.0' : undefined} style={on ? { borderColor: 'var(--mantine-color-teal-6)' } : undefined}>
              <Text size="sm" fw={on ? 700 : 600} style={{ whiteSpace: 'nowrap' }}>
                {p.label}
                {p.berjalan && p.key !== 'TAHUNAN' ? ` · ${w.common.berjalan}` : ''}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatPeriod(p.mulai, p.selesai, lang)}
              </Text>
              <Group gap={4} mt={4} wrap="nowrap">
                <RealisasiStatusBadge status={p.realisasi} />
                {p.predikat && <PredikatBadge predikat={p.predikat} />}
                {p.terkunci && <LockBadge />}
              </Group>
            </Paper>
          </UnstyledButton>
        );
      })}
      <Text size="xs" c="dimmed" style={{ alignSelf: 'flex-end' }}>
        {w.realisasi.periodsTotal(periods.length)}
      </Text>
    </Group>
  );
}
