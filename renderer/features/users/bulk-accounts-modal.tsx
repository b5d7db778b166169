/**
 * "Buat akun dari data pegawai": pick a unit (with its sub-units) and/or a search, see how many
 * pegawai match and how many already have an account, then create the rest in one run with
 * progress. The result (initial passwords, shown once) opens as the slips page.
 */
import { Alert, Button, Checkbox, Modal, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { BulkAccountsPreview, BulkAccountsResult } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ModalActions } from '../../components/modal-actions.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useCoreEvent } from '../../lib/use-core-event.js';
import { useUnits } from '../units/use-units.js';
import { InitialPasswordSlips } from './initial-password-slips.js';

type Props = { onClose: () => void; onCreated: () => void };

export function BulkAccountsModal({ onClose, onCreated }: Props) {
  const t = useT();
  const { options } = useUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [subUnits, setSubUnits] = useState(true);
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [loaded, setLoaded] = useState<{ key: string; value: BulkAccountsPreview } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ phase: string; done: number; total: number } | null>(null);
  const [result, setResult] = useState<BulkAccountsResult | null>(null);
  const hasSelection = unitId !== null || debounced !== '';
  const selection = { ...(unitId ? { unitId, subUnits } : {}), ...(debounced ? { query: debounced } : {}) };
  const selectionKey = JSON.stringify(selection);

  useEffect(() => {
    if (!hasSelection) return;
    let current = true;
    void invoke('users/bulkPreview', JSON.parse(selectionKey) as typeof selection).then((r) => {
      if (!current) return;
      if (r.ok) {
        setLoaded({ key: selectionKey, value: r.value });
        setError(null);
      } else setError(r.error);
    });
    return () => {
      current = false;
    };
    // selectionKey stands for the selection (a new object every render).
  }, [selectionKey, hasSelection]);
  // Only the answer for the current selection counts (an older one may still arrive).
  const preview = hasSelection && loaded?.key === selectionKey ? loaded.value : null;

  useCoreEvent('progress', (p) => {
    if (p.operation === 'users/bulkCreate') setProgress({ phase: p.phase, done: p.done, total: p.total });
  });

  const create = async () => {
    setBusy(true);
    setError(null);
    setProgress(null);
    const r = await invoke('users/bulkCreate', selection);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setResult(r.value);
    onCreated();
  };

  if (result) return <InitialPasswordSlips result={result} onClose={onClose} />;

  const tooMany = preview !== null && preview.toCreate > preview.maxPerRun;
  const why = !hasSelection ? t.accounts.bulkNeedSelection : preview && preview.toCreate === 0 ? t.accounts.bulkNothing : tooMany && preview ? t.accounts.bulkTooMany(preview.maxPerRun) : null;
  return (
    <Modal opened onClose={busy ? () => undefined : onClose} title={t.accounts.bulkTitle} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <Text size="sm">{t.accounts.bulkIntro}</Text>
        <UnitSelect label={t.accounts.bulkUnit} placeholder={t.accounts.bulkUnitPlaceholder} options={options} value={unitId} onChange={setUnitId} clearable data-testid="bulk-unit" />
        <Checkbox label={t.accounts.bulkSubUnits} checked={subUnits} onChange={(e) => setSubUnits(e.currentTarget.checked)} disabled={unitId === null} />
        <TextInput label={t.accounts.bulkQuery} value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-testid="bulk-query" />
        {preview && (
          <Alert color={preview.toCreate > 0 && !tooMany ? 'blue' : 'yellow'} variant="light" data-testid="bulk-preview">
            {t.accounts.bulkPreview(preview.matched, preview.withAccount, preview.toCreate)}
          </Alert>
        )}
        {why && (
          <Text size="sm" c="dimmed" data-testid="bulk-why">
            {why}
          </Text>
        )}
        {busy && progress && progress.total > 0 && (
          <Stack gap={4}>
            <Text size="sm">{progress.phase === 'simpan' ? t.accounts.bulkSaving(progress.done, progress.total) : t.accounts.bulkProgress(progress.done, progress.total)}</Text>
            <Progress value={(100 * progress.done) / progress.total} animated />
          </Stack>
        )}
        <ErrorAlert error={error} />
        <ModalActions onCancel={onClose}>
          <Button loading={busy} disabled={why !== null || preview === null} onClick={() => void create()} data-testid="bulk-create">
            {t.accounts.bulkCreate(preview?.toCreate ?? 0)}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
