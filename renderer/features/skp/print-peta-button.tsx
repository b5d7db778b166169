/**
 * "Cetak peta cascading": the map of the chosen unit (or, with no unit chosen, the account's own
 * unit) and its sub-units for the year as a PDF, opened in the browser in browser mode like
 * "Cetak SKP". The core decides who may print it (operators of the unit, its head); a refusal
 * shows its message here.
 */
import { Button, Tooltip } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { formatCode } from '../../../shared/print/code.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { openPdf } from '../../lib/download.js';
import { useSession } from '../../lib/session.js';

export function PrintPetaButton({ tahun, unitId }: { tahun: number; unitId: string | null }) {
  const t = useT().print;
  const toast = useToast();
  const { session } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const print = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('print/peta', { unitId: unitId ?? session.user.unitId, tahun });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    openPdf(r.value);
    toast.show({ message: t.petaDicetak(formatCode(r.value.code)) });
  };
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
