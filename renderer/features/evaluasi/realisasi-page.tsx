/**
 * Realisasi Saya: the pegawai's own approved SKP of the year, its periods with their status and,
 * for the picked period, the realisasi form; a second tab holds the Laporan Harian. Opened from a
 * Beranda to-do, the list of exactly those rows comes first.
 */
import { Alert, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiTodoKind } from '../../../shared/entities-evaluasi.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useSession } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useOpenPage } from '../shell/navigation.js';
import { currentYear } from '../skp/skp-format.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { LaporanTab } from './laporan-tab.js';
import { defaultPeriode } from './periode-select.js';
import { RealisasiForm } from './realisasi-form.js';
import { RealisasiPeriods } from './realisasi-periods.js';
import { TodoList } from './todo-list.js';

type Filter = { todo?: EvaluasiTodoKind; skpId?: string; periode?: PeriodeKey } | undefined;

function RealisasiSheetLoader({ skpId, periode }: { skpId: string; periode: PeriodeKey }) {
  const t = useT();
  const q = useApiQuery('realisasi/get', { skpId, periode }, EVALUASI_ENTITIES);
  if (!q.data) return q.error ? <ErrorAlert error={q.error} /> : <Loader size="sm" aria-label={t.app.loading} />;
  return <RealisasiForm latest={q.data} />;
}

function RealisasiTab({ skpId, periode, onPick }: { skpId: string; periode: PeriodeKey | undefined; onPick: (k: PeriodeKey) => void }) {
  const t = useT();
  const periods = useApiQuery('evaluasi/periods', { skpId }, EVALUASI_ENTITIES);
  const rows = periods.data?.rows ?? [];
  const current = defaultPeriode(rows, periode);
  return (
    <Stack gap="sm">
      <ErrorAlert error={periods.error} />
      {periods.loading && <Loader size="sm" aria-label={t.app.loading} />}
      <RealisasiPeriods periods={rows} value={current} onPick={onPick} />
      {current && <RealisasiSheetLoader key={current} skpId={skpId} periode={current} />}
    </Stack>
  );
}

export function RealisasiPage({ filter }: { filter: Filter }) {
  const t = useT();
  const w = t.evaluasi.realisasi;
  const { session } = useSession();
  const openPage = useOpenPage();
  const pegawaiId = session.user.pegawaiId ?? '';
  const [todo, setTodo] = useState<EvaluasiTodoKind | null>(filter?.todo ?? null);
  const [periode, setPeriode] = useState<PeriodeKey | undefined>(filter?.periode);
  const [tab, setTab] = useState<string | null>('realisasi');
  const own = useApiQuery('skp/list', { tahun: currentYear(), pegawaiId, status: ['disetujui'], offset: 0, limit: 5 }, EVALUASI_ENTITIES);
  const skp = own.data?.rows.find((r) => r.id === filter?.skpId) ?? own.data?.rows[0];
  return (
    <Stack gap="sm" {...(own.data ? { 'data-page-content': 'realisasiSaya' } : {})}>
      <Title order={2}>{w.title}</Title>
      <Text c="dimmed" size="sm">
        {w.intro}
      </Text>
      <ErrorAlert error={own.error} />
      {todo && (
        <TodoList
          kind={todo}
          onOpen={(r) => {
            // A row of someone else's SKP (a period closing that I rate) opens in Evaluasi.
            if (skp && r.skpId === skp.id) {
              setPeriode(r.periode.key);
              setTab('realisasi');
              setTodo(null);
            } else openPage({ page: 'evaluasi', filter: { skpId: r.skpId, periode: r.periode.key } });
          }}
          onShowAll={() => setTodo(null)}
        />
      )}
      {own.data && !skp && (
        <Alert color="gray" variant="light" data-testid="realisasi-no-skp">
          {t.evaluasi.common.noSkp}
        </Alert>
      )}
      {skp && (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="realisasi">{w.tabRealisasi}</Tabs.Tab>
            <Tabs.Tab value="laporan">{w.tabLaporan}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="realisasi" pt="sm">
            <RealisasiTab skpId={skp.id} periode={periode} onPick={setPeriode} />
          </Tabs.Panel>
          <Tabs.Panel value="laporan" pt="sm">
            <LaporanTab skp={skp} pegawaiId={pegawaiId} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
