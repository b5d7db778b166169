/**
 * "Cetak SKP": the form as a PDF for wet-ink signature, opened in the browser in browser mode
 * (print from its PDF viewer, which keeps the paper size), saved in Electron.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { SkpDetail } from '../../../shared/entities.js';
import { formatCode } from '../../../shared/print/code.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { openPdf } from '../../lib/download.js';

export function PrintButton({ detail }: { detail: SkpDetail }) {
  const t = useT().print;
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('print/skp', { id: detail.skp.id });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    openPdf(r.value);
    toast.show({ message: t.dicetak(formatCode(r.value.code)) });
  };
  return (
    <>
      <Tooltip label={t.cetakHint} multiline w={280}>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void print()} loading={busy} data-testid="print-skp">
          {detail.skp.status === 'disetujui' ? t.cetakSkp : t.cetakDraf}
        </Button>
      </Tooltip>
      <ErrorAlert error={error} />
    </>
  );
}
