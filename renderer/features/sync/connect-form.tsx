/**
 * Server address, account and desk name → `sync/connect`. Used by the Sinkronisasi page (a desk
 * that ran standalone, with the optional bootstrap secret) and by the setup page (an empty desk
 * joining its unit). The core's message is shown as it came when the server refuses.
 */
import { Button, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { isServerUrl } from './server-url.js';

type Props = {
  defaults: { nip: string; deviceName: string };
  withBootstrapSecret: boolean;
  submitLabel: string;
  /** Shown under the fields while the call runs (e.g. the download progress). */
  busyNote?: ReactNode;
  onBusy?: (busy: boolean) => void;
  onConnected: (status: SyncStatus) => void;
};

export function ConnectForm({ defaults, withBootstrapSecret, submitLabel, busyNote, onBusy, onConnected }: Props) {
  const t = useT();
  const [f, setF] = useState({ serverUrl: '', nip: defaults.nip, password: '', deviceName: defaults.deviceName, bootstrapSecret: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const field = (k: keyof typeof f) => ({
    value: f[k],
    onChange: (e: { currentTarget: { value: string } }) => {
      const v = e.currentTarget.value;
      setF((prev) => ({ ...prev, [k]: v }));
    },
    disabled: busy,
  });
  const missing = (k: 'nip' | 'password' | 'deviceName') => (tried && f[k].trim() === '' ? t.sync.form.required : undefined);
  const urlError = tried && !isServerUrl(f.serverUrl) ? t.sync.form.serverUrlInvalid : undefined;
  const valid = isServerUrl(f.serverUrl) && f.nip.trim() !== '' && f.password !== '' && f.deviceName.trim() !== '';

  const setRunning = (running: boolean) => {
    setBusy(running);
    onBusy?.(running);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!valid) return;
    setRunning(true);
    setError(null);
    const secret = withBootstrapSecret ? f.bootstrapSecret.trim() : '';
    const r = await invoke('sync/connect', {
      serverUrl: f.serverUrl.trim(),
      nip: f.nip.trim(),
      password: f.password,
      deviceName: f.deviceName.trim(),
      ...(secret ? { bootstrapSecret: secret } : {}),
    });
    setRunning(false);
    if (r.ok) onConnected(r.value);
    else setError(r.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="connect-form">
      <Stack gap="sm">
        <TextInput label={t.sync.form.serverUrl} description={t.sync.form.serverUrlHint} placeholder="https://" required inputMode="url" autoComplete="url" error={urlError} {...field('serverUrl')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t.sync.form.nip} required inputMode="numeric" autoComplete="username" error={missing('nip')} {...field('nip')} />
          <PasswordInput label={t.sync.form.password} required autoComplete="current-password" error={missing('password')} {...field('password')} />
        </SimpleGrid>
        <TextInput label={t.sync.form.deviceName} description={t.sync.form.deviceNameHint} required error={missing('deviceName')} {...field('deviceName')} />
        {withBootstrapSecret && (
          <PasswordInput label={t.sync.form.bootstrapSecret} description={t.sync.form.bootstrapHint} autoComplete="off" {...field('bootstrapSecret')} />
        )}
        {busy && busyNote}
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
