/**
 * THE appraisal session for one SKP and one period: who, the realisasi status, every RHK with its
 * targets, rencana aksi, realisasi, capaian (an aid), evidence and dialog kinerja, the BerAKHLAK
 * threads, the annual history and suggestion (Tahunan), the ratings with the live predikat, and
 * the evaluation's history.
 */
import { Alert, List, Loader, Paper, Stack, Title } from '@mantine/core';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { TermHint } from '../../components/term-hint.js';
import { useT } from '../../i18n/i18n.js';
import { HasilKerjaTable } from './hasil-kerja-table.js';
import { PeopleLine } from './people-line.js';
import { PerilakuFeedback } from './perilaku-feedback.js';
import { PrintEvaluasiButton } from './print-evaluasi-button.js';
import { RatingPanel } from './rating-panel.js';
import { RealisasiBar } from './realisasi-bar.js';
import { RiwayatList } from './riwayat-list.js';
import { TahunanPanel } from './tahunan-panel.js';
import { useEvaluasiSession } from './use-session.js';

export function SessionView({ skpId, periode }: { skpId: string; periode: PeriodeKey }) {
  const t = useT();
  const s = t.evaluasi.session;
  const { session, error, loading, accept, reload } = useEvaluasiSession(skpId, periode);
  if (loading) return <Loader size="sm" aria-label={t.app.loading} />;
  if (!session) return <ErrorAlert error={error} />;
  const e = session.evaluasi;
  // The panel starts again from the stored row whenever it changes (a save, a lock, a pull).
  const panelKey = `${session.periode.key}:${session.evaluasiRowVersion ?? 'new'}:${session.terkunci}:${e?.predikat ?? ''}`;
  return (
    <Stack gap="sm" data-testid="evaluasi-session" data-periode={session.periode.key} data-terkunci={session.terkunci ? 'true' : 'false'}>
      <ErrorAlert error={error} />
      <PeopleLine session={session} />
      <PrintEvaluasiButton skpId={skpId} periode={periode} terkunci={session.terkunci} />
      <RealisasiBar session={session} onChanged={(next) => (next ? accept(next) : reload())} />
      {session.peringatan.length > 0 && (
        <Alert color="yellow" variant="light" title={s.peringatan} data-testid="evaluasi-peringatan">
          <List size="sm">
            {session.peringatan.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Title order={4} mb="xs">
          <TermHint term="RHK">{s.hasilKerja}</TermHint>
        </Title>
        <HasilKerjaTable session={session} onChanged={reload} />
      </Paper>
      <Paper withBorder p="sm">
        <Title order={4} mb="xs">
          <TermHint term="perilaku kerja BerAKHLAK">{s.perilakuTitle}</TermHint>
        </Title>
        <PerilakuFeedback session={session} onChanged={reload} />
      </Paper>
      {session.tahunan && <TahunanPanel tahunan={session.tahunan} />}
      <RatingPanel key={panelKey} session={session} onChanged={accept} />
      <Paper withBorder p="sm">
        <Title order={4} mb="xs">
          {s.riwayatTitle}
        </Title>
        <RiwayatList events={session.riwayat} />
      </Paper>
    </Stack>
  );
}
