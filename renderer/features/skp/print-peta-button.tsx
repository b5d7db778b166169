/**
 * "Cetak peta cascading": the map of the chosen unit (or, with no unit chosen, the account's own
 * unit) and its sub-units for the year as a PDF, opened in the browser in browser mode like
 * "Cetak SKP". The core decides who may print it (operators of the unit, its head); a refusal
 * shows its message here.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { usePrintPdf } from '../../lib/use-print-pdf.js';
import { useSession } from '../../lib/session.js';

export function PrintPetaButton({ tahun, unitId }: { tahun: number; unitId: string | null }) {
  const t = useT().print;
  const { session } = useSession();
  const { busy, error, print } = usePrintPdf(() => invoke('print/peta', { unitId: unitId ?? session.user.unitId, tahun }), (code) => t.petaDicetak(code));
  return (
    <>
      <Tooltip label={t.petaHint} multiline w={300}>
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void print()} loading={busy} data-testid="print-peta" style={{ alignSelf: 'flex-start' }}>
          {t.cetakPeta}
        </Button>
      </Tooltip>
      <ErrorAlert error={error} />
    </>
  );
}
