/** "Unduh rekap": the unit's rekap workbooks (predikat, SKP status, realisasi) for the chosen year and period. */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { JENIS_REKAP, type JenisRekap } from '../../../shared/contract-rekap.js';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { downloadFile } from '../../lib/download.js';

export function RekapMenu({ unitId, tahun, periode }: { unitId: string; tahun: number; periode: PeriodeKey }) {
  const t = useT();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const download = async (jenis: JenisRekap) => {
    setBusy(true);
    setError(null);
    const r = await invoke('rekap/export', { jenis, unitId, tahun, periode });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    downloadFile(r.value);
    toast.show({ message: t.rekap.downloaded(r.value.fileName) });
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" size="xs" loading={busy} disabled={!unitId} data-testid="rekap-menu">
            {t.rekap.button}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {JENIS_REKAP.map((j) => (
            <Menu.Item key={j} onClick={() => void download(j)} data-testid={`rekap-${j}`}>
              {t.rekap.jenis[j]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ErrorAlert error={error} />
    </>
  );
}
