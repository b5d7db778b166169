/**
 * Verifikasi Dokumen: a code typed off the paper, or the PDF dropped here, checked against this
 * desk's data (verify/code, verify/file): asli, berubah (with what changed) or tidak dikenal.
 */
import '@mantine/dropzone/styles.css';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { MAX_VERIFY_PDF_BYTES, type VerifyAnswer } from '../../../shared/contract-print.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { readFileAsBase64 } from '../../lib/read-file.js';
import { VerifyResult } from './verify-result.js';

export function VerifyPage() {
  const t = useT().print.verify;
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<VerifyAnswer | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (call: () => ReturnType<typeof invoke<'verify/code'>>) => {
    setBusy(true);
    setError(null);
    const r = await call();
    setBusy(false);
    if (r.ok) setAnswer(r.value);
    else setError(r.error);
  };
  const checkCode = () => void run(() => invoke('verify/code', { code }));
  const checkFile = (file: File) => void run(async () => invoke('verify/file', { base64: await readFileAsBase64(file) }));

  return (
    <Stack gap="md" maw={860} data-page-content="verify">
      <Title order={2}>{t.title}</Title>
      <Text size="sm">{t.intro}</Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          checkCode();
        }}
      >
        <Group align="end" gap="sm">
          <TextInput label={t.codeLabel} placeholder={t.codePlaceholder} value={code} onChange={(e) => setCode(e.currentTarget.value)} w={260} data-testid="verify-code" />
          <Button type="submit" loading={busy} disabled={code.trim() === ''}>
            {t.check}
          </Button>
        </Group>
      </form>
      <Dropzone
        onDrop={(files) => {
          const f = files[0];
          if (f) checkFile(f);
        }}
        accept={{ 'application/pdf': ['.pdf'] }}
        maxFiles={1}
        multiple={false}
        maxSize={MAX_VERIFY_PDF_BYTES}
        loading={busy}
        data-testid="verify-dropzone"
        inputProps={{ 'aria-label': t.drop }}
        p="md"
      >
        <Group justify="center" gap="md" mih={64} style={{ pointerEvents: 'none' }}>
          <IconFileTypePdf size={32} stroke={1.5} color="var(--mantine-color-dimmed)" />
          <div>
            <Text size="sm">{t.drop}</Text>
            <Text size="xs" c="dimmed">
              {t.dropHint}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <ErrorAlert error={error} />
      {answer && <VerifyResult answer={answer} />}
    </Stack>
  );
}
