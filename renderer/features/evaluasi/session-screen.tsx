/** One SKP's evaluation: back to the list, the period picker, and the session of that period. */
import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { defaultPeriode, PeriodeSelect } from './periode-select.js';
import { SessionView } from './session-view.js';

type Props = { skpId: string; periode?: PeriodeKey | undefined; title: string; onBack: () => void };

export function SessionScreen({ skpId, periode, title, onBack }: Props) {
  const t = useT();
  const periods = useApiQuery('evaluasi/periods', { skpId }, EVALUASI_ENTITIES);
  const rows = periods.data?.rows ?? [];
  const [picked, setPicked] = useState<PeriodeKey | null>(null);
  const current = picked ?? defaultPeriode(rows, periode);
  return (
    <Stack gap="sm" {...(periods.data ? { 'data-page-content': 'evaluasi-session' } : {})}>
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Button variant="subtle" size="compact-sm" onClick={onBack} style={{ alignSelf: 'flex-start' }}>
            ← {t.skp.common.back}
          </Button>
          <Title order={2}>{title}</Title>
        </Stack>
        {rows.length > 0 && <PeriodeSelect periods={rows} value={current} onChange={setPicked} />}
        {periods.loading && <Loader size="sm" aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={periods.error} />
      {current && <SessionView key={current} skpId={skpId} periode={current} />}
    </Stack>
  );
}
