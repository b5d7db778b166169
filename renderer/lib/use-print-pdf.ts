/**
 * What every "Cetak …" button does: ask the core for the PDF, open it (a browser tab in browser
 * mode, the PDF reader in Electron, so the paper size is kept), and say its verification code.
 */
import { useState } from 'react';
import type { FileDownload } from '../../shared/entities.js';
import { formatCode } from '../../shared/print/code.js';
import type { AppError, Result } from '../../shared/result.js';
import { useToast } from '../components/toast.js';
import { openPdf } from './download.js';

/**
 * @example
 * const p = usePrintPdf(() => invoke('print/skp', { id }), (code) => t.dicetak(code));
 * <Button loading={p.busy} onClick={() => void p.print()} />; <ErrorAlert error={p.error} />
 */
export function usePrintPdf(request: () => Promise<Result<FileDownload & { code: string }>>, printed: (code: string) => string) {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const print = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    const r = await request();
    setBusy(false);
    if (!r.ok) return setError(r.error);
    openPdf(r.value);
    toast.show({ message: printed(formatCode(r.value.code)) });
  };
  return { busy, error, print };
}
