/**
 * Peta cascading: the jabatan tree from the head of the unit down, each holder's RHK indented
 * under its jabatan, flagging atasan RHK no subordinate RHK intervenes and RHK still waiting. The
 * first levels load with the page; deeper ones load when their branch is opened (peta-tree.tsx).
 */
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { PetaBranch } from './peta-tree.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { currentYear } from './skp-format.js';
import { YearUnitFilter } from './year-unit-filter.js';
import { TermHint } from '../../components/term-hint.js';
import { PrintPetaButton } from './print-peta-button.js';

export function PetaPage() {
  const t = useT();
  const [tahun, setTahun] = useState(currentYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const filter = { tahun, ...(unitId ? { unitId } : {}) };
  const peta = useApiQuery('skp/peta', filter, SKP_ENTITIES);
  // The whole unit's counts come on their own (aggregated over every SKP): the tree never waits.
  const summary = useApiQuery('skp/peta', { ...filter, depth: 0, totals: true }, SKP_ENTITIES);
  const totals = summary.data?.totals;

  return (
    <Stack gap="md" data-page-content={peta.data ? 'skpPeta' : undefined}>
      <Title order={2}>
        <TermHint term="peta cascading">{t.skp.peta.title}</TermHint>
      </Title>
      <Text c="dimmed">{t.skp.peta.intro}</Text>
      <YearUnitFilter tahun={tahun} onTahun={setTahun} unitId={unitId} onUnit={setUnitId} loading={peta.loading} />
      <PrintPetaButton tahun={tahun} unitId={unitId} />
      <ErrorAlert error={peta.error} />
      {totals && <Text data-testid="peta-summary">{t.skp.peta.summary(totals.tanpaIntervensi, totals.menunggu)}</Text>}
      <Stack gap="xs" data-testid="peta-tree">
        {peta.data?.roots.map((n) => (
          <PetaBranch key={`${tahun}|${unitId ?? ''}|${n.jabatanId}`} node={n} level={0} scope={{ tahun, unitId }} />
        ))}
      </Stack>
    </Stack>
  );
}
