/**
 * Impor/Ekspor: download the template or the current data; upload a filled sheet, see what it
 * would change and every row error, then commit — nothing changes before "Simpan impor".
 */
import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { MAX_SHEET_BYTES } from '../../../shared/contract.js';
import type { ImportPreview, ImportSummary } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { downloadFile } from '../../lib/download.js';
import { readFileAsBase64 } from '../../lib/read-file.js';
import { CountsTable, PreviewErrors, PreviewSummary } from './import-preview-view.js';
import { useSheetProgress } from './use-sheet-progress.js';
import { SheetDropzone } from './sheet-dropzone.js';
import { PreviewChangesList } from './preview-changes-list.js';

type Busy = 'template' | 'export' | 'preview' | 'commit' | null;

export function SheetsPage() {
  const t = useT();
  const toast = useToast();
  const progress = useSheetProgress();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);

  const download = async (kind: 'template' | 'export') => {
    setBusy(kind);
    setError(null);
    const r = await invoke(kind === 'template' ? 'sheets/template' : 'sheets/export', {});
    setBusy(null);
    if (!r.ok) return setError(r.error);
    downloadFile(r.value);
    toast.show({ message: t.sheets.downloaded(r.value.fileName) });
  };

  const [chosen, setChosen] = useState<File | null>(null);

  const upload = async (file: File) => {
    setChosen(file);
    setError(null);
    setPreview(null);
    setSummary(null);
    if (file.size > MAX_SHEET_BYTES) return setError({ code: 'PAYLOAD_TOO_LARGE', message: t.sheets.tooLarge });
    setBusy('preview');
    progress.reset();
    let base64: string;
    try {
      base64 = await readFileAsBase64(file);
    } catch {
      setBusy(null);
      return setError({ code: 'INVALID_SHEET', message: t.sheets.readFailed });
    }
    const r = await invoke('sheets/preview', { fileName: file.name, base64 });
    setBusy(null);
    if (r.ok) setPreview(r.value);
    else if (r.error.code === 'CANCELLED') toast.show({ message: t.sheets.cancelled });
    else setError(r.error);
  };

  // The core stops the job at its next step and keeps nothing of it; the call then answers CANCELLED.
  const cancel = async () => {
    if (progress.jobId) await invoke('jobs/cancel', { jobId: progress.jobId });
  };

  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    setError(null);
    progress.reset();
    const r = await invoke('sheets/commit', { previewId: preview.previewId });
    setBusy(null);
    if (!r.ok && r.error.code === 'CANCELLED') return toast.show({ message: t.sheets.cancelled });
    if (!r.ok) return setError(r.error);
    setPreview(null);
    setSummary(r.value);
    toast.show({ message: t.sheets.committed });
  };

  const running = busy === 'preview' || busy === 'commit';
  return (
    <Stack gap="md" data-page-content="sheets">
      <Title order={2}>{t.sheets.title}</Title>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>{t.sheets.downloadSection}</Title>
          <Text size="sm" c="dimmed">
            {t.sheets.downloadHint}
          </Text>
          <Group>
            <Button variant="light" onClick={() => void download('template')} loading={busy === 'template'} disabled={busy !== null && busy !== 'template'}>
              {t.sheets.template}
            </Button>
            <Button variant="light" onClick={() => void download('export')} loading={busy === 'export'} disabled={busy !== null && busy !== 'export'}>
              {t.sheets.export}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t.sheets.uploadSection}</Title>
          <SheetDropzone
            chosen={chosen}
            disabled={running}
            onFile={(f) => void upload(f)}
            onReject={(r) => {
              const tooBig = r.some((x) => x.errors.some((e) => e.code === 'file-too-large'));
              setError({ code: tooBig ? 'PAYLOAD_TOO_LARGE' : 'INVALID_SHEET', message: tooBig ? t.sheets.tooLarge : t.records.drop.reject });
            }}
          />
          {running && (
            <Stack gap={4} data-testid="sheet-progress">
              <Text size="sm">
                {busy === 'preview' ? t.sheets.checking : t.sheets.committing}
                {progress.percent !== null ? ` ${progress.percent}%` : ''}
              </Text>
              <Progress value={progress.percent ?? 100} animated={progress.percent === null} aria-label={busy === 'preview' ? t.sheets.checking : t.sheets.committing} />
              <Group>
                <Button variant="subtle" color="red" size="xs" onClick={() => void cancel()} disabled={!progress.jobId || progress.phase === 'menyimpan'}>
                  {t.sheets.cancel}
                </Button>
              </Group>
            </Stack>
          )}
          <ErrorAlert error={error} />
          {preview && (
            <>
              <PreviewSummary preview={preview} />
              <Group>
                <Button onClick={() => void commit()} disabled={!preview.canCommit || running} loading={busy === 'commit'}>
                  {t.sheets.commit}
                </Button>
              </Group>
              <PreviewErrors preview={preview} />
              <PreviewChangesList key={preview.previewId} changes={preview.changes} />
            </>
          )}
          {summary && (
            <Alert color="green" title={t.sheets.committed} role="status" data-testid="import-summary">
              <CountsTable counts={summary.counts} testId="summary-counts" />
            </Alert>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
