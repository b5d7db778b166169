/** Operators: copy each chosen pegawai's SKP of an earlier year as a draft (links cleared). */
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { periodeTahunan } from '../../../shared/domain/skp/periode.js';
import type { PegawaiRow } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { BulkResult } from './bulk-result.js';
import { PegawaiPicker } from './pegawai-picker.js';
import { currentYear } from './skp-format.js';
import { TahunInput } from './tahun-input.js';
import { useBulkCall } from './use-bulk-call.js';

export function CopyPeriodTab() {
  const t = useT();
  const [pegawai, setPegawai] = useState<PegawaiRow[]>([]);
  const [keTahun, setKeTahun] = useState(currentYear);
  const [dariTahun, setDariTahun] = useState(() => currentYear() - 1);
  const bulk = useBulkCall('skp/copyLastPeriod');
  return (
    <Stack gap="sm" maw={800}>
      <PegawaiPicker label={t.skp.bulk.pegawai} value={pegawai} onChange={setPegawai} />
      <Group align="flex-end">
        <TahunInput label={t.skp.bulk.dariTahun} value={dariTahun} onChange={setDariTahun} />
        <TahunInput label={t.skp.bulk.keTahun} value={keTahun} onChange={setKeTahun} />
      </Group>
      <ErrorAlert error={bulk.error} />
      <BulkResult result={bulk.result} />
      <Group>
        <Button
          loading={bulk.busy}
          disabled={pegawai.length === 0}
          onClick={() => void bulk.run({ pegawaiIds: pegawai.map((p) => p.id), dariTahun, periode: periodeTahunan(keTahun) })}
        >
          {t.skp.bulk.copySubmit}
        </Button>
      </Group>
    </Stack>
  );
}
