/** "Muat unit demo": generates a fictitious unit of the chosen size → setup/loadDemo. */
import { Alert, Button, Group, NativeSelect, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SessionInfo } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatCount } from '../../lib/format.js';

const SIZES = [300, 1000, 10000] as const;

export type DemoCredentials = { nip: string; password: string };

export function SetupDemoForm({ onDone }: { onDone: (session: SessionInfo, credentials: DemoCredentials) => void }) {
  const t = useT();
  const { lang } = useLang();
  const [count, setCount] = useState<number>(SIZES[0]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('setup/loadDemo', { pegawaiCount: count });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const { demoPassword, ...session } = r.value;
    onDone(session, { nip: session.user.nip, password: demoPassword });
  };

  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title={t.setup.demoWarningTitle}>
        {t.setup.demoIntro}
      </Alert>
      <NativeSelect
        label={t.setup.demoCount}
        value={String(count)}
        onChange={(e) => setCount(Number(e.currentTarget.value))}
        data={SIZES.map((n) => ({ value: String(n), label: formatCount(n, lang) }))}
        disabled={busy}
        maw={240}
      />
      {busy && (
        <Stack gap={4}>
          <Text size="sm">{t.setup.demoLoading}</Text>
          <Progress value={100} animated aria-label={t.setup.demoLoading} />
        </Stack>
      )}
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button color="orange" onClick={() => void load()} loading={busy}>
          {t.setup.demoSubmit}
        </Button>
      </Group>
    </Stack>
  );
}
