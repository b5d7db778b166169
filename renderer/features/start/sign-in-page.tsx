import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { argSchemas } from '../../../shared/contract.js';
import type { Instansi, SessionInfo } from '../../../shared/entities.js';
import { DemoBadge } from '../../components/demo-badge.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useContractForm } from '../../lib/use-contract-form.js';
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
  const cf = useContractForm({ schema: argSchemas['auth/signIn'], initialValues: { nip: '', password: '' }, toArgs: (v) => v });
  const { form } = cf;

  const submit = cf.submit(async (args) => {
    const r = await invoke('auth/signIn', args);
    if (!r.ok) return r.error;
    onDone(r.value);
    return null;
  });

  return (
    <Container size={420} py="xl">
      <StartHeader />
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
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
            <TextInput label={t.signIn.nip} autoComplete="username" inputMode="numeric" required autoFocus {...form.getInputProps('nip')} />
            <PasswordInput label={t.signIn.password} autoComplete="current-password" required {...form.getInputProps('password')} />
            <ErrorAlert error={cf.error} />
            <Button type="submit" loading={cf.busy} fullWidth>
              {t.signIn.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
