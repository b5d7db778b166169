import { Alert, Button, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupCopy, RecoveryInfo } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ModalActions } from '../../components/modal-actions.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { StartHeader } from './start-header.js';

/**
 * Shown at start instead of the app when a database migration failed: why, and "pulihkan dari
 * salinan" for each pre-migration copy (newest first). The core refuses a restore unless the
 * start failed, so this screen is the only way in.
 */
export function RecoveryPage({ onRecovered }: { onRecovered: () => void }) {
  const t = useT();
  const [info, setInfo] = useState<RecoveryInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [chosen, setChosen] = useState<BackupCopy | null>(null);
  const [busy, setBusy] = useState(false);
  const [stillFailing, setStillFailing] = useState(false);

  useEffect(() => {
    void invoke('recovery/status', {}).then((r) => (r.ok ? setInfo(r.value) : setError(r.error)));
  }, []);

  const restore = async (copy: BackupCopy) => {
    setBusy(true);
    setError(null);
    const r = await invoke('recovery/restore', { id: copy.id });
    setBusy(false);
    setChosen(null);
    if (!r.ok) return setError(r.error);
    if (!r.value.failed) return onRecovered();
    setInfo(r.value);
    setStillFailing(true);
  };

  return (
    <Container size={560} py="xl">
      <StartHeader />
      <Paper withBorder p="lg" radius="md">
        <Stack>
          <Title order={2} size="h4">
            {t.recovery.title}
          </Title>
          {info?.reason && (
            <Alert color="red" variant="light" role="alert" data-testid="recovery-reason">
              {info.reason}
            </Alert>
          )}
          {stillFailing && (
            <Alert color="orange" variant="light">
              {t.recovery.stillFailing}
            </Alert>
          )}
          <Text size="sm">{t.recovery.intro}</Text>
          <ErrorAlert error={error} />
          {!info && !error && <Loader aria-label={t.app.loading} />}
          {info && info.copies.length === 0 && <Text c="dimmed">{t.recovery.noCopies}</Text>}
          {info && info.copies.length > 0 && !chosen && (
            <Stack gap="xs" aria-label={t.recovery.copies}>
              {info.copies.map((c) => (
                <Button key={c.id} variant="light" onClick={() => setChosen(c)} disabled={busy}>
                  {t.recovery.restore(c.label)}
                </Button>
              ))}
            </Stack>
          )}
          {chosen && (
            <Stack>
              <Alert color="yellow" variant="light">
                {t.recovery.confirm(chosen.label)}
              </Alert>
              <ModalActions onCancel={() => setChosen(null)}>
                <Button color="red" loading={busy} onClick={() => void restore(chosen)}>
                  {t.recovery.confirmButton}
                </Button>
              </ModalActions>
            </Stack>
          )}
        </Stack>
      </Paper>
    </Container>
  );
}
