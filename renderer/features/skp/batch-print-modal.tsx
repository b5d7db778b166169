/**
 * "Cetak massal" on Daftar SKP: every SKP of the list's filter, as one combined PDF (opened like
 * "Cetak SKP") or one file per pegawai written into a folder under the data folder's exports (its
 * path is shown). The job runs in the worker: a progress bar, Batalkan, and the rest of the app
 * keeps answering meanwhile.
 */
import { Alert, Button, Group, Modal, Progress, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ArgsOf, ResultOf } from '../../../shared/contract.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { openPdf } from '../../lib/download.js';
import type { ProgressEvent } from '../../../shared/entities.js';
import { useCoreEvent } from '../../lib/use-core-event.js';

type Props = { filter: NonNullable<ArgsOf<'print/batch'>['filter']>; total: number; onClose: () => void };
type Mode = ArgsOf<'print/batch'>['mode'];

export function BatchPrintModal({ filter, total, onClose }: Props) {
  const t = useT().print.batch;
  const [mode, setMode] = useState<Mode>('gabung');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [done, setDone] = useState<ResultOf<'print/batch'> | null>(null);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  useCoreEvent('progress', (p) => {
    if (p.operation === 'print/batch') setProgress(p);
  });
  const percent = progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  const start = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress(null);
    const r = await invoke('print/batch', { filter, mode });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setDone(r.value);
    if (r.value.file) openPdf(r.value.file);
  };
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={t.title} size="lg" data-testid="batch-print-modal">
      <Stack gap="sm">
        <Text size="sm">{t.intro(total)}</Text>
        <Radio.Group label={t.mode} value={mode} onChange={(v) => setMode(v === 'per_pegawai' ? 'per_pegawai' : 'gabung')}>
          <Stack gap={4} mt={4}>
            <Radio value="gabung" label={t.gabung} disabled={busy} />
            <Radio value="per_pegawai" label={t.perPegawai} disabled={busy} />
          </Stack>
        </Radio.Group>
        {busy && (
          <Stack gap={4} data-testid="batch-print-progress">
            <Text size="sm">{progress ? t.progress(progress.done, progress.total) : '…'}</Text>
            <Progress value={percent ?? 100} animated={percent === null} aria-label={t.title} />
          </Stack>
        )}
        <ErrorAlert error={error} />
        {done && (
          <Alert color="green" variant="light" data-testid="batch-print-done">
            <Text size="sm">{done.folder ? t.doneFolder(done.printed, done.folder) : t.doneCombined(done.printed)}</Text>
            {done.skipped > 0 && <Text size="sm">{t.skipped(done.skipped)}</Text>}
          </Alert>
        )}
        <Group justify="flex-end">
          {busy ? (
            <Button variant="subtle" color="red" onClick={() => progress?.jobId && void invoke('jobs/cancel', { jobId: progress.jobId })} disabled={!progress?.jobId} data-testid="batch-print-cancel">
              {t.cancel}
            </Button>
          ) : (
            <Button onClick={() => void start()} disabled={total === 0} data-testid="batch-print-start">
              {t.start}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
