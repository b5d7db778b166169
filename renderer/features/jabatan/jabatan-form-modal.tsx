/**
 * Add or edit a jabatan → org/jabatanSave; the atasan is picked from a searchable list. Checked
 * by the contract's schema, each message beside its field.
 */
import { Button, Modal, NativeSelect, NumberInput, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { argSchemas } from '../../../shared/contract.js';
import type { JabatanRow } from '../../../shared/entities.js';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, type JenisJabatan } from '../../../shared/domain/jabatan.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextInput } from '../../components/limited-text.js';
import { useToast } from '../../components/toast.js';
import { LimitedSelect } from '../../components/limited-select.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { useContractForm } from '../../lib/use-contract-form.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = { jabatan: JabatanRow | null; onClose: () => void; onSaved: () => void };

const schema = argSchemas['org/jabatanSave'];
const LIMIT = { kode: maxLengthOf(schema.shape.kode), nama: maxLengthOf(schema.shape.nama) };

type Values = { kode: string; nama: string; jenis: JenisJabatan; unitId: string | null; atasanJabatanId: string | null; kelas: number | string };

function isJenis(v: string): v is JenisJabatan {
  return (JENIS_JABATAN as readonly string[]).includes(v);
}

export function JabatanFormModal({ jabatan, onClose, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const { options: unitOptions } = useUnits();
  const all = useApiQuery('org/jabatanList', {});
  const cf = useContractForm({
    schema,
    initialValues: {
      kode: jabatan?.kode ?? '',
      nama: jabatan?.nama ?? '',
      jenis: jabatan?.jenis ?? 'pelaksana',
      unitId: jabatan?.unitId ?? null,
      atasanJabatanId: jabatan?.atasanJabatanId ?? null,
      kelas: jabatan?.kelas ?? '',
    } satisfies Values as Values,
    // An empty kelas is "none"; anything else typed goes to the schema as it is (1..17, whole).
    toArgs: (v) => ({ ...(jabatan ? { id: jabatan.id } : {}), ...v, kelas: v.kelas === '' ? null : Number(v.kelas) }),
  });
  const { form } = cf;
  const v = form.getValues();

  const atasanOptions = useMemo(
    () => (all.data ?? []).filter((j) => j.id !== jabatan?.id).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unitNama} (${j.kode})` })),
    [all.data, jabatan?.id],
  );

  const submit = cf.submit(async (args) => {
    const r = await invoke('org/jabatanSave', args);
    if (!r.ok) return r.error;
    toast.show({ message: t.forms.toast.jabatanSaved });
    onSaved();
    return null;
  });

  return (
    <Modal opened onClose={onClose} title={jabatan ? t.jabatan.modalEdit : t.jabatan.modalNew} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LimitedTextInput label={t.jabatan.kode} max={LIMIT.kode} required data-autofocus {...form.getInputProps('kode')} />
            <LimitedTextInput label={t.jabatan.nama} max={LIMIT.nama} required style={{ gridColumn: 'span 2' }} {...form.getInputProps('nama')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t.jabatan.jenis}
              value={v.jenis}
              onChange={(e) => {
                const j = e.currentTarget.value;
                if (isJenis(j)) form.setFieldValue('jenis', j);
              }}
              data={JENIS_JABATAN.map((j) => ({ value: j, label: JENIS_JABATAN_LABEL[j] }))}
            />
            <NumberInput label={t.jabatan.kelas} description={t.jabatan.kelasHint} min={1} max={17} allowDecimal={false} {...form.getInputProps('kelas')} />
          </SimpleGrid>
          <UnitSelect label={t.jabatan.unit} options={unitOptions} required allowDeselect={false} {...form.getInputProps('unitId')} />
          <LimitedSelect
            label={t.jabatan.atasan}
            placeholder={t.jabatan.atasanPlaceholder}
            description={v.atasanJabatanId ? undefined : t.jabatan.noAtasan}
            data={atasanOptions}
            searchable
            clearable
            limit={50}
            nothingFoundMessage={t.jabatan.empty}
            {...form.getInputProps('atasanJabatanId')}
          />
          <ErrorAlert error={cf.error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={cf.busy}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
