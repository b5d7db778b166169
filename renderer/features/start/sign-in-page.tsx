import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Instansi, SessionInfo } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { DemoBadge } from '../../components/demo-badge.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { StartHeader } from './start-header.js';

type Props = {
  instansi: Instansi | null;
  /** Why the user is here again (e.g. the session ended). */
  notice: string | null;
  /** Good news (green) rather than a warning (yellow). */
  noticeIsGood?: boolean;
  onDone: (session: SessionInfo) => void;
};

/** "Masuk": NIP + password → auth/signIn; wrong passwords and lock-outs show the core's message. */
export function SignInPage({ instansi, notice, noticeIsGood, onDone }: Props) {
  const t = useT();
  const [nip, setNip] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (nip.trim() === '' || password === '') return;
    setBusy(true);
    setError(null);
    const r = await invoke('auth/signIn', { nip, password });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error);
  };

  return (
    <Container size={420} py="xl">
      <StartHeader />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={(e) => void submit(e)}>
          <Stack gap="md">
            <div>
              <Title order={2}>{t.signIn.title}</Title>
              {instansi && (
                <Text c="dimmed" size="sm">
                  {instansi.nama} {instansi.isDemo && <DemoBadge />}
                </Text>
              )}
            </div>
            {notice && (
              <Alert color={noticeIsGood ? 'teal' : 'yellow'} variant="light" role="status" data-testid="sign-in-notice">
                {notice}
              </Alert>
            )}
            <TextInput label={t.signIn.nip} value={nip} onChange={(e) => setNip(e.currentTarget.value)} autoComplete="username" inputMode="numeric" required autoFocus />
            <PasswordInput label={t.signIn.password} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
            <ErrorAlert error={error} />
            <Button type="submit" loading={busy} fullWidth>
              {t.signIn.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
