/**
 * "Cetak": the Dokumen Evaluasi Kinerja of this period (or the year) as a PDF for wet-ink
 * signature, opened in the browser in browser mode like "Cetak SKP"; "DRAF" until it is locked.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { formatCode } from '../../../shared/print/code.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { openPdf } from '../../lib/download.js';

export function PrintEvaluasiButton({ skpId, periode, terkunci }: { skpId: string; periode: PeriodeKey; terkunci: boolean }) {
  const t = useT().print;
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('print/evaluasi', { skpId, periode });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    openPdf(r.value);
    toast.show({ message: t.evaluasiDicetak(formatCode(r.value.code)) });
  };
  return (
    <>
      <Tooltip label={t.evaluasiHint} multiline w={280}>
        <Button variant="default" size="compact-sm" leftSection={<IconPrinter size={16} />} onClick={() => void print()} loading={busy} data-testid="print-evaluasi" style={{ alignSelf: 'flex-start' }}>
          {terkunci ? t.cetakEvaluasi : t.cetakEvaluasiDraf}
        </Button>
      </Tooltip>
      <ErrorAlert error={error} />
    </>
  );
}
