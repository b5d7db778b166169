/** Operators: one RHK added to the editable SKP of a year of every holder of a jabatan. */
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Pendekatan } from '../../../shared/domain/skp/types.js';
import { PendekatanControl } from './pendekatan-control.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { BulkResult } from './bulk-result.js';
import { JabatanSelect } from './jabatan-select.js';
import { rhkDraftFrom } from './rhk-draft.js';
import { RhkFormModal } from './rhk-form-modal.js';
import { currentYear } from './skp-format.js';
import { TahunInput } from './tahun-input.js';
import { useBulkCall } from './use-bulk-call.js';

export function ApplyRhkTab() {
  const t = useT();
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  const [tahun, setTahun] = useState(currentYear);
  const [pendekatan, setPendekatan] = useState<Pendekatan>('kuantitatif');
  const [writing, setWriting] = useState(false);
  const bulk = useBulkCall('skp/applyRhkToMany');
  return (
    <Stack gap="sm">
      <Group align="flex-end">
        <JabatanSelect value={jabatanId} onChange={setJabatanId} />
        <TahunInput value={tahun} onChange={setTahun} />
        <PendekatanControl value={pendekatan} onChange={setPendekatan} />
      </Group>
      <ErrorAlert error={bulk.error} />
      <BulkResult result={bulk.result} />
      <Group>
        <Button disabled={!jabatanId} onClick={() => setWriting(true)}>
          {t.skp.bulk.applySubmit}
        </Button>
      </Group>
      {writing && jabatanId && (
        <RhkFormModal
          title={t.skp.bulk.applyTab}
          initial={rhkDraftFrom(null)}
          pendekatan={pendekatan}
          isPuncak={false}
          isJpt={false}
          onClose={() => setWriting(false)}
          onSubmit={async (input) => {
            const refused = await bulk.run({ jabatanId, tahun, rhk: { jenis: input.jenis, teks: input.teks, perspektif: input.perspektif, indikator: input.indikator } });
            if (!refused) setWriting(false);
            return refused;
          }}
        />
      )}
    </Stack>
  );
}
