/**
 * Attendance import: upload a fingerprint-machine export, see what it would store and every bad
 * row with its number; "Simpan kehadiran" stores all rows or none.
 */
import { Alert, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { MAX_SHEET_BYTES } from '../../../shared/contract.js';
import type { ProgressEvent } from '../../../shared/entities.js';
import type { KehadiranImportSummary, KehadiranPreview } from '../../../shared/entities-tpp.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import { readFileAsBase64 } from '../../lib/read-file.js';
import { SheetDropzone } from '../sheets/sheet-dropzone.js';
import { useSheetProgress } from '../sheets/use-sheet-progress.js';

const TYPES = { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'], 'text/csv': ['.csv'], 'text/plain': ['.csv', '.txt'] };
const OPERATIONS: readonly ProgressEvent['operation'][] = ['tpp/importPreview', 'tpp/importCommit'];

function Errors({ preview }: { preview: KehadiranPreview }) {
  const t = useT();
  const c = t.tpp.impor.cols;
  return (
    <Stack gap={4}>
      <Alert color="red" variant="light" role="alert">
        {t.tpp.impor.errorsTitle(preview.errors.length + preview.errorsOmitted)}
      </Alert>
      <Table striped withTableBorder data-testid="tpp-import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.row}</Table.Th>
            <Table.Th>{c.kolom}</Table.Th>
            <Table.Th>{c.nilai}</Table.Th>
            <Table.Th>{c.pesan}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.errors.map((e) => (
            <Table.Tr key={`${e.row}:${e.kolom}:${e.pesan}`}>
              <Table.Td ta="right">{e.row}</Table.Td>
              <Table.Td>{e.kolom}</Table.Td>
              <Table.Td>{e.nilai}</Table.Td>
              <Table.Td>{e.pesan}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.errorsOmitted > 0 && <Text size="sm">{t.tpp.impor.errorsOmitted(preview.errorsOmitted)}</Text>}
    </Stack>
  );
}

export function ImportPanel() {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const progress = useSheetProgress(OPERATIONS);
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [preview, setPreview] = useState<KehadiranPreview | null>(null);
  const [summary, setSummary] = useState<KehadiranImportSummary | null>(null);

  const upload = async (file: File) => {
    setChosen(file);
    setError(null);
    setPreview(null);
    setSummary(null);
    if (file.size > MAX_SHEET_BYTES) return setError({ code: 'PAYLOAD_TOO_LARGE', message: t.tpp.impor.tooLarge });
    setBusy('preview');
    progress.reset();
    let base64: string;
    try {
      base64 = await readFileAsBase64(file);
    } catch {
      setBusy(null);
      return setError({ code: 'INVALID_SHEET', message: t.tpp.impor.readFailed });
    }
    const r = await invoke('tpp/importPreview', { fileName: file.name, base64 });
    setBusy(null);
    if (r.ok) setPreview(r.value);
    else if (r.error.code === 'CANCELLED') toast.show({ message: t.tpp.impor.cancelled });
    else setError(r.error);
  };

  const commit = async () => {
    if (!preview) return;
    setBusy('commit');
    setError(null);
    progress.reset();
    const r = await invoke('tpp/importCommit', { previewId: preview.previewId });
    setBusy(null);
    if (!r.ok && r.error.code === 'CANCELLED') return toast.show({ message: t.tpp.impor.cancelled });
    if (!r.ok) return setError(r.error);
    setPreview(null);
    setSummary(r.value);
    toast.show({ message: t.tpp.impor.committed(r.value.counts.baru + r.value.counts.diganti) });
  };

  const running = busy !== null;
  const label = busy === 'commit' ? t.tpp.impor.committing : t.tpp.impor.checking;
  return (
    <Stack gap="sm">
      <Text size="sm">{t.tpp.impor.hint}</Text>
      <SheetDropzone chosen={chosen} disabled={running} accept={TYPES} hint={t.tpp.impor.dropHint} onFile={(f) => void upload(f)} onReject={() => setError({ code: 'INVALID_SHEET', message: t.tpp.impor.dropHint })} />
      {running && (
        <Stack gap={4}>
          <Text size="sm">{`${label}${progress.percent !== null ? ` ${progress.percent}%` : ''}`}</Text>
          <Progress value={progress.percent ?? 100} animated={progress.percent === null} aria-label={label} />
          <Group>
            <Button variant="subtle" color="red" size="xs" onClick={() => progress.jobId && void invoke('jobs/cancel', { jobId: progress.jobId })} disabled={!progress.jobId || progress.phase === 'menyimpan'}>
              {t.tpp.impor.cancel}
            </Button>
          </Group>
        </Stack>
      )}
      <ErrorAlert error={error} />
      {preview && (
        <Stack gap="xs" data-testid="tpp-import-preview">
          <Text size="sm">
            {t.tpp.impor.summary(preview.counts.baris, preview.counts.pegawai)}{' '}
            {preview.rentang ? t.tpp.impor.rentang(formatDate(preview.rentang.mulai, lang), formatDate(preview.rentang.selesai, lang)) : ''}{' '}
            {t.tpp.impor.counts(preview.counts.baru, preview.counts.diganti, preview.counts.sama)}
          </Text>
          <Group>
            <Button onClick={() => void commit()} disabled={!preview.canCommit || running} loading={busy === 'commit'}>
              {t.tpp.impor.commit}
            </Button>
          </Group>
          {preview.errors.length > 0 && <Errors preview={preview} />}
        </Stack>
      )}
      {summary && (
        <Alert color="green" role="status">
          {t.tpp.impor.committed(summary.counts.baru + summary.counts.diganti)} {t.tpp.impor.counts(summary.counts.baru, summary.counts.diganti, summary.counts.sama)}
        </Alert>
      )}
    </Stack>
  );
}
