/**
 * "Cetak": the Dokumen Evaluasi Kinerja of this period (or the year) as a PDF for wet-ink
 * signature, opened in the browser in browser mode like "Cetak SKP"; "DRAF" until it is locked.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { usePrintPdf } from '../../lib/use-print-pdf.js';

export function PrintEvaluasiButton({ skpId, periode, terkunci }: { skpId: string; periode: PeriodeKey; terkunci: boolean }) {
  const t = useT().print;
  const { busy, error, print } = usePrintPdf(() => invoke('print/evaluasi', { skpId, periode }), (code) => t.evaluasiDicetak(code));
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
