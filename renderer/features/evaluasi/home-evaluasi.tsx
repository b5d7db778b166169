/**
 * Beranda's evaluation parts: the annual deadline reminder (an instansi setting) and the pegawai's
 * ratings waiting to be acknowledged, each with "Terima" (a signed change).
 */
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiTodoCounts } from '../../../shared/home.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { PredikatBadge } from './predikat-badge.js';

export function DeadlineReminder({ batas }: { batas: EvaluasiTodoCounts['batasTahunan'] }) {
  const t = useT();
  const { lang } = useLang();
  if (!batas) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconCalendarDue size={18} />} data-testid="home-deadline">
      {t.evaluasi.home.deadline(formatDate(batas.tanggal, lang), batas.sisaHari)}
    </Alert>
  );
}

export function RatingToAcknowledge({ tahun }: { tahun: number }) {
  const t = useT();
  const toast = useToast();
  const w = t.evaluasi.home;
  const q = useApiQuery('evaluasi/todo', { tahun, jenis: 'terimaNilai', offset: 0, limit: 5 }, EVALUASI_ENTITIES);
  const accept = async (skpId: string, periode: PeriodeKey) => {
    const r = await invoke('evaluasi/acknowledge', { skpId, periode });
    toast.show(r.ok ? { message: w.accepted } : { color: 'red', message: r.error.message, sticky: true });
    q.reload();
  };
  const rows = q.data?.rows ?? [];
  if (rows.length === 0 && !q.error) return null;
  return (
    <Paper withBorder p="sm" data-testid="home-rating">
      <Title order={4} mb="xs">
        {w.ratingTitle}
      </Title>
      <ErrorAlert error={q.error} />
      <Stack gap={6}>
        {rows.map((r) => (
          <Group key={`${r.skpId}:${r.periode.key}`} gap="sm" data-testid="home-rating-row">
            <Text size="sm" fw={500} miw={160}>
              {r.periode.label}
            </Text>
            <PredikatBadge predikat={r.predikat} />
            <Button size="compact-sm" color="teal" onClick={() => void accept(r.skpId, r.periode.key)} aria-label={`${w.accept}: ${r.periode.label}`}>
              {w.accept}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
