/**
 * A new draft SKP (skp/create): for the signed-in pegawai, or — for operators — for a pegawai
 * picked from the unit. Periode defaults to the whole year.
 */
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { periodeTahunan } from '../../../shared/domain/skp/periode.js';
import type { Pendekatan } from '../../../shared/domain/skp/types.js';
import type { PegawaiRow, SkpDetail } from '../../../shared/entities.js';
import { PendekatanControl } from './pendekatan-control.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { PegawaiPicker } from './pegawai-picker.js';
import { useSkpAction } from './use-skp-action.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = {
  tahun: number;
  /** The owner when fixed (SKP Saya); null lets an operator pick. */
  pegawaiId: string | null;
  onCreated: (d: SkpDetail) => void;
  onClose: () => void;
};

export function CreateSkpModal({ tahun, pegawaiId, onCreated, onClose }: Props) {
  const t = useT();
  const action = useSkpAction();
  const initial = periodeTahunan(tahun);
  const [picked, setPicked] = useState<PegawaiRow[]>([]);
  const [mulai, setMulai] = useState(initial.mulai);
  const [selesai, setSelesai] = useState(initial.selesai);
  const [pendekatan, setPendekatan] = useState<Pendekatan>('kuantitatif');
  const [dariTemplat, setDariTemplat] = useState(false);
  const owner = pegawaiId ?? picked[0]?.id ?? null;

  const submit = async () => {
    if (!owner) return;
    const r = await action.run('skp/create', { pegawaiId: owner, periode: { tahun: Number(mulai.slice(0, 4)), mulai, selesai }, pendekatan, dariTemplat });
    if (r.ok) onCreated(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={t.skp.create.title} closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        {pegawaiId === null && <PegawaiPicker label={t.skp.create.pegawai} value={picked} onChange={setPicked} max={1} />}
        <Group grow>
          <TextInput type="date" label={t.skp.create.mulai} value={mulai} onChange={(e) => setMulai(e.currentTarget.value)} required />
          <TextInput type="date" label={t.skp.create.selesai} value={selesai} onChange={(e) => setSelesai(e.currentTarget.value)} required />
        </Group>
        <PendekatanControl value={pendekatan} onChange={setPendekatan} />
        <Checkbox label={t.skp.create.dariTemplat} checked={dariTemplat} onChange={(e) => setDariTemplat(e.currentTarget.checked)} />
        <ErrorAlert error={action.error} />
        <ModalActions onCancel={onClose}>
          <Button onClick={() => void submit()} loading={action.busy} disabled={!owner}>
            {t.skp.create.submit}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
