/**
 * Start-up and the top-level state: first-run setup, sign-in, or the signed-in shell (or, when a
 * database migration failed at start, the recovery screen instead of all of them). Any call
 * refused for lack of a session (idle timeout, signed out elsewhere) brings the user back to the
 * sign-in page with a notice.
 */
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { Instansi, SessionInfo } from '../shared/entities.js';
import type { AppError } from '../shared/result.js';
import { ErrorAlert } from './components/error-alert.js';
import { RecoveryPage } from './features/start/recovery-page.js';
import { SetupPage } from './features/start/setup-page.js';
import type { DemoCredentials } from './features/start/setup-demo-form.js';
import { SignInPage } from './features/start/sign-in-page.js';
import { Shell } from './features/shell/shell.js';
import { ChangePasswordPage } from './features/account/change-password-page.js';
import { useT } from './i18n/i18n.js';
import { useToast } from './components/toast.js';
import { invoke, onAuthLost, onPasswordChangeRequired, reconnectEvents } from './lib/api.js';
import { useCoreEvent } from './lib/use-core-event.js';

type View =
  | { kind: 'loading' }
  | { kind: 'failed'; error: AppError }
  | { kind: 'recovery' }
  | { kind: 'setup' }
  | { kind: 'signIn'; instansi: Instansi | null; notice: string | null; noticeIsGood?: boolean }
  | { kind: 'shell'; session: SessionInfo; demo: DemoCredentials | null };

export function App() {
  const t = useT();
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void (async () => {
      const info = await invoke('app/info', {});
      if (!current) return;
      // A migration failed at start: only the recovery screen can help (the database is closed).
      if (!info.ok && info.error.code === 'MIGRATION_FAILED') return setView({ kind: 'recovery' });
      if (!info.ok) return setView({ kind: 'failed', error: info.error });
      if (!info.value.isSetUp) return setView({ kind: 'setup' });
      // A browser reload keeps the cookie: resume the session when it is still alive.
      const me = await invoke('auth/me', {});
      if (!current) return;
      if (me.ok) {
        reconnectEvents();
        setView({ kind: 'shell', session: me.value, demo: null });
      } else {
        setView({ kind: 'signIn', instansi: info.value.instansi, notice: null });
      }
    })();
    return () => {
      current = false;
    };
  }, [attempt]);

  const signedIn = useCallback((session: SessionInfo, demo?: DemoCredentials) => {
    reconnectEvents();
    setView({ kind: 'shell', session, demo: demo ?? null });
  }, []);

  const { clear: clearToasts } = useToast();
  const backToSignIn = useCallback((notice: string | null) => {
    reconnectEvents();
    clearToasts();
    setView((v) => (v.kind === 'shell' ? { kind: 'signIn', instansi: v.session.instansi, notice } : v));
  }, [clearToasts]);
  useEffect(() => onAuthLost(() => backToSignIn(t.app.sessionEnded)), [t, backToSignIn]);
  // Mid-session the account may come to need a new password (e.g. a reset pulled from the server).
  useEffect(
    () =>
      onPasswordChangeRequired(() => {
        void invoke('auth/me', {}).then((me) => {
          if (me.ok) setView((v) => (v.kind === 'shell' ? { ...v, session: me.value } : v));
        });
      }),
    [],
  );
  // The event is sent for any session that timed out; ask whether it was ours.
  useCoreEvent('session/expired', () => {
    if (view.kind === 'shell') void invoke('auth/me', {});
  });

  const signOut = useCallback(() => {
    void invoke('auth/signOut', {}).then(() => backToSignIn(null));
  }, [backToSignIn]);

  switch (view.kind) {
    case 'loading':
      return (
        <Center h="100vh">
          <Loader aria-label={t.app.loading} />
        </Center>
      );
    case 'failed':
      return (
        <Center h="100vh">
          <Stack maw={480}>
            <Text fw={600}>{t.app.cannotStart}</Text>
            <ErrorAlert error={view.error} />
            <Button onClick={() => setAttempt((a) => a + 1)}>{t.app.retry}</Button>
          </Stack>
        </Center>
      );
    case 'recovery':
      return <RecoveryPage onRecovered={() => setAttempt((a) => a + 1)} />;
    case 'setup':
      return <SetupPage onDone={signedIn} onJoined={(instansi) => setView({ kind: 'signIn', instansi, notice: t.sync.join.done, noticeIsGood: true })} />;
    case 'signIn':
      return <SignInPage instansi={view.instansi} notice={view.notice} noticeIsGood={view.noticeIsGood} onDone={(s) => signedIn(s)} />;
    case 'shell':
      // An admin-set (or missing) key: the person chooses their own password before the shell.
      if (view.session.signingKey !== 'ok') {
        return <ChangePasswordPage session={view.session} onChanged={(session) => setView({ ...view, session })} onSignOut={signOut} />;
      }
      return (
        <Shell
          session={view.session}
          demo={view.demo}
          onDismissDemo={() => setView({ ...view, demo: null })}
          onSignOut={signOut}
        />
      );
  }
}
