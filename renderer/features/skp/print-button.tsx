/**
 * "Cetak SKP": the form as a PDF for wet-ink signature, opened in the browser in browser mode
 * (print from its PDF viewer, which keeps the paper size), saved in Electron.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { usePrintPdf } from '../../lib/use-print-pdf.js';

export function PrintButton({ detail }: { detail: SkpDetail }) {
  const t = useT().print;
  const { busy, error, print } = usePrintPdf(() => invoke('print/skp', { id: detail.skp.id }), (code) => t.dicetak(code));
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
