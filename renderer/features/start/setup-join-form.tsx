/**
 * "Gabung ke server unit": an empty desk enrolls with the unit server and downloads the whole
 * unit (accounts included), then the person signs in with their usual account.
 */
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Instansi, SyncStatus } from '../../../shared/entities.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatCount } from '../../lib/format.js';
import { useCoreEvent } from '../../lib/use-core-event.js';
import { ConnectForm } from '../sync/connect-form.js';

export function SetupJoinForm({ onJoined }: { onJoined: (instansi: Instansi | null) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [busy, setBusy] = useState(false);
  const [received, setReceived] = useState(0);
  // Connected, but the first download did not finish: the core keeps retrying in the background.
  const [incomplete, setIncomplete] = useState<SyncStatus | null>(null);
  const [checking, setChecking] = useState(false);
  // Progress of the first pull (pages without a session hear only this, redacted).
  useCoreEvent('sync/status', (s) => {
    if (busy) setReceived(s.received);
  });

  const finish = async (status: SyncStatus | null) => {
    setChecking(true);
    const info = await invoke('app/info', {});
    setChecking(false);
    if (info.ok && info.value.isSetUp) return onJoined(info.value.instansi);
    setIncomplete(status ?? incomplete);
  };

  if (incomplete) {
    return (
      <Stack gap="md">
        <Alert color="orange" variant="light" role="alert" data-testid="join-incomplete">
          {t.sync.join.incomplete}
          {incomplete.lastError && (
            <Text size="sm" mt="xs">
              {incomplete.lastError}
            </Text>
          )}
        </Alert>
        <Group justify="flex-end">
          <Button onClick={() => void finish(null)} loading={checking}>
            {t.app.retry}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text>{t.sync.join.intro}</Text>
      <ConnectForm
        defaults={{ nip: '', deviceName: t.sync.join.deviceDefault }}
        withBootstrapSecret={false}
        submitLabel={t.sync.join.submit}
        onBusy={(b) => {
          setBusy(b);
          if (b) setReceived(0);
        }}
        onConnected={(s) => void finish(s)}
        busyNote={
          <Stack gap={4} data-testid="join-progress">
            <Text size="sm">
              {t.sync.join.progress}
              {received > 0 && ` ${t.sync.received(formatCount(received, lang))}`}
            </Text>
            <Progress value={100} animated aria-label={t.sync.join.progress} />
          </Stack>
        }
      />
    </Stack>
  );
}
