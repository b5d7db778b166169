/**
 * A new draft SKP (skp/create): for the signed-in pegawai, or — for operators — for a pegawai
 * picked from the unit. Periode defaults to the whole year; dates are typed DD/MM/YYYY and checked
 * by the contract's schema beside their fields.
 */
import { Checkbox, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { skpArgSchemas } from '../../../shared/contract.js';
import { periodeTahunan } from '../../../shared/domain/skp/periode.js';
import { startSkpBlocker, type StartBlocker } from '../../../shared/domain/skp/start-rule.js';
import type { Pendekatan } from '../../../shared/domain/skp/types.js';
import type { PegawaiRow, SkpDetail } from '../../../shared/entities.js';
import { DateField } from '../../components/date-field.js';
import { PendekatanControl } from './pendekatan-control.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useContractForm } from '../../lib/use-contract-form.js';
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

type Values = { mulai: string | null; selesai: string | null; pendekatan: Pendekatan; dariTemplat: boolean };

/** `periode.mulai` of the contract is the form's `mulai`; the year is read from the start date. */
const fieldOf = (path: string): string => (path === 'periode.tahun' ? 'mulai' : path.replace(/^periode\./, ''));

/**
 * Whether the core would refuse an SKP of `tahun` for the picked pegawai (no jabatan, or one
 * already there): the button then says why instead of offering a refused action.
 */
function usePickedBlocker(pegawaiId: string | null, tahun: number): StartBlocker {
  // Kept with the pegawai it answers for, so a new pick never shows the previous one's answer.
  const [answer, setAnswer] = useState<{ pegawaiId: string; tahun: number; blocker: StartBlocker } | null>(null);
  useEffect(() => {
    if (pegawaiId === null) return;
    let current = true;
    void Promise.all([invoke('pegawai/get', { id: pegawaiId }), invoke('skp/list', { tahun, pegawaiId, offset: 0, limit: 50 })]).then(([p, list]) => {
      if (!current || !p.ok || !list.ok) return;
      setAnswer({ pegawaiId, tahun, blocker: startSkpBlocker(p.value.pegawai.jabatanId, list.value.rows, tahun) });
    });
    return () => {
      current = false;
    };
  }, [pegawaiId, tahun]);
  return answer !== null && answer.pegawaiId === pegawaiId && answer.tahun === tahun ? answer.blocker : null;
}

export function CreateSkpModal({ tahun, pegawaiId, onCreated, onClose }: Props) {
  const t = useT();
  const action = useSkpAction();
  const initial = periodeTahunan(tahun);
  const [picked, setPicked] = useState<PegawaiRow[]>([]);
  const owner = pegawaiId ?? picked[0]?.id ?? null;
  const pickedBlocker = usePickedBlocker(pegawaiId === null ? owner : null, tahun);
  const cf = useContractForm({
    schema: skpArgSchemas['skp/create'],
    initialValues: { mulai: initial.mulai, selesai: initial.selesai, pendekatan: 'kuantitatif', dariTemplat: false } satisfies Values as Values,
    toArgs: (v) => ({
      pegawaiId: owner ?? '',
      periode: { tahun: v.mulai ? Number(v.mulai.slice(0, 4)) : undefined, mulai: v.mulai, selesai: v.selesai },
      pendekatan: v.pendekatan,
      dariTemplat: v.dariTemplat,
    }),
    fieldOf,
  });
  const { form } = cf;
  const v = form.getValues();

  const submit = cf.submit(async (args) => {
    const r = await action.run('skp/create', args);
    if (!r.ok) return r.error;
    onCreated(r.value);
    return null;
  });

  return (
    <Modal opened onClose={onClose} title={t.skp.create.title} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {pegawaiId === null && <PegawaiPicker label={t.skp.create.pegawai} value={picked} onChange={setPicked} max={1} />}
          <Group grow align="flex-start">
            <DateField label={t.skp.create.mulai} required value={v.mulai} onChange={(iso) => form.setFieldValue('mulai', iso)} error={form.errors.mulai} />
            <DateField label={t.skp.create.selesai} required value={v.selesai} onChange={(iso) => form.setFieldValue('selesai', iso)} error={form.errors.selesai} />
          </Group>
          <PendekatanControl value={v.pendekatan} onChange={(p) => form.setFieldValue('pendekatan', p)} />
          <Checkbox label={t.skp.create.dariTemplat} {...form.getInputProps('dariTemplat', { type: 'checkbox' })} />
          <ErrorAlert error={cf.error} />
          <ModalActions onCancel={onClose}>
            <SubmitButton
              loading={cf.busy}
              reason={!owner ? t.forms.reason.pickPegawai : pickedBlocker === 'sudahAda' ? t.finish.skp.pickedHas(tahun) : pickedBlocker === 'noJabatan' ? t.finish.skp.pickedNoJabatan : null}
            >
              {t.skp.create.submit}
            </SubmitButton>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
