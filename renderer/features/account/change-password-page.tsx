/**
 * "Ganti kata sandi" before the shell: an account whose key is provisional (an admin set or reset
 * the password) or missing changes its password first. The core refuses every other call until
 * then (PASSWORD_CHANGE_REQUIRED); this page is the way through, or out (Keluar).
 */
import { Button, Container, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../shared/contract.js';
import type { SessionInfo } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatNip } from '../../lib/format.js';
import { StartHeader } from '../start/start-header.js';
import { passwordFormIssues } from './change-password-modal.js';

type Props = { session: SessionInfo; onChanged: (session: SessionInfo) => void; onSignOut: () => void };

export function ChangePasswordPage({ session, onChanged, onSignOut }: Props) {
  const t = useT();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const local = passwordFormIssues({ oldPassword, newPassword, repeat });
  const fromCore = (path: string) => error?.issues?.find((i) => i.path === path)?.message;
  const valid = oldPassword !== '' && newPassword !== '' && repeat === newPassword && local.newPassword === undefined;
  const newError = local.newPassword === 'tooShort' ? t.account.tooShort(PASSWORD_MIN_LENGTH) : local.newPassword === 'sameAsOld' ? t.account.sameAsOld : fromCore('newPassword');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    const r = await invoke('auth/changePassword', { oldPassword, newPassword });
    if (!r.ok) {
      setBusy(false);
      return setError(r.error);
    }
    const me = await invoke('auth/me', {});
    setBusy(false);
    if (!me.ok) return setError(me.error);
    onChanged(me.value);
  };

  return (
    <Container size={460} py="xl">
      <StartHeader />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="md">
            <div>
              <Title order={2}>{t.accounts.forcedTitle}</Title>
              <Text c="dimmed" size="sm">
                {session.instansi.nama}
              </Text>
            </div>
            <div>
              <Text fw={600}>{session.user.nama}</Text>
              <Text size="sm" c="dimmed" ff="monospace">
                {formatNip(session.user.nip)}
              </Text>
            </div>
            <Text size="sm" data-testid="forced-change-intro">
              {session.signingKey === 'none' ? t.accounts.forcedNoKey : t.accounts.forcedIntro}
            </Text>
            <PasswordInput label={t.accounts.currentPassword} value={oldPassword} onChange={(e) => setOld(e.currentTarget.value)} autoComplete="current-password" required autoFocus error={fromCore('oldPassword')} />
            <PasswordInput label={t.account.newPassword} value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} autoComplete="new-password" required error={newError} description={t.account.tooShort(PASSWORD_MIN_LENGTH)} />
            <PasswordInput
              label={t.account.newPasswordRepeat}
              value={repeat}
              onChange={(e) => setRepeat(e.currentTarget.value)}
              autoComplete="new-password"
              required
              error={local.repeat === 'mismatch' ? t.account.mismatch : undefined}
            />
            <ErrorAlert error={error && !error.issues?.length ? error : null} />
            <Button type="submit" loading={busy} disabled={!valid} fullWidth>
              {t.accounts.forcedSubmit}
            </Button>
            <Group justify="center">
              <Button variant="subtle" size="compact-sm" onClick={onSignOut}>
                {t.accounts.forcedSignOut}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
