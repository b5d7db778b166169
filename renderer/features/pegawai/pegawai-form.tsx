/**
 * Create or edit a pegawai → pegawai/save. Checked by the contract's schema and the same domain
 * rules the core applies (NIP, golongan, TMT order), each message beside its field.
 */
import { Button, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { argSchemas } from '../../../shared/contract.js';
import type { JenisAsn, Pegawai } from '../../../shared/entities.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { GolonganSelect, JenisAsnSelect } from '../../components/golongan-select.js';
import { LimitedTextInput } from '../../components/limited-text.js';
import { NipInput } from '../../components/nip-input.js';
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

type Props = { initial: Pegawai | null; onCancel: () => void; onSaved: (p: Pegawai) => void };
type Draft = Omit<Pegawai, 'id' | 'unitId'> & { unitId: string | null };

const schema = argSchemas['pegawai/save'];
const LIMIT = {
  nama: maxLengthOf(schema.shape.nama),
  gelarDepan: maxLengthOf(schema.shape.gelarDepan),
  gelarBelakang: maxLengthOf(schema.shape.gelarBelakang),
};

const BLANK: Draft = {
  nip: '',
  gelarDepan: '',
  nama: '',
  gelarBelakang: '',
  jenisAsn: 'PNS',
  golongan: '',
  jabatanId: null,
  unitId: null,
  tmtMulai: null,
  tmtSelesai: null,
};

export function PegawaiForm({ initial, onCancel, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const { options: unitOptions } = useUnits();
  const jabatan = useApiQuery('org/jabatanList', {}, ['jabatan']);
  const start: Draft = initial
    ? { nip: initial.nip, gelarDepan: initial.gelarDepan, nama: initial.nama, gelarBelakang: initial.gelarBelakang, jenisAsn: initial.jenisAsn, golongan: initial.golongan, jabatanId: initial.jabatanId, unitId: initial.unitId, tmtMulai: initial.tmtMulai, tmtSelesai: initial.tmtSelesai }
    : BLANK;
  const cf = useContractForm({
    schema,
    initialValues: start,
    toArgs: (d) => ({ ...d, ...(initial ? { id: initial.id } : {}) }),
    // The domain's own rules, for fields whose shape the schema accepted (a NIP of 18 digits that is no date).
    extraIssues: (d) => checkPegawaiFields(d).map((p) => ({ path: p.field, message: p.message })),
    wholeErrorField: (e) => (e.code === 'CONFLICT' || e.code === 'INVALID_NIP' ? 'nip' : null),
  });
  const { form } = cf;
  const d = form.getValues();
  const input = <K extends keyof Draft>(k: K) => form.getInputProps(k);
  const errorOf = (k: keyof Draft) => (form.errors[k] as string | undefined) ?? undefined;

  const jabatanOptions = useMemo(() => (jabatan.data ?? []).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unitNama} (${j.kode})` })), [jabatan.data]);

  const submit = cf.submit(async (args) => {
    const r = await invoke('pegawai/save', args);
    if (!r.ok) return r.error;
    toast.show({ message: t.forms.toast.pegawaiSaved });
    onSaved(r.value);
    return null;
  });

  return (
    <form onSubmit={submit} noValidate data-testid="pegawai-form">
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <JenisAsnSelect
            value={d.jenisAsn}
            onChange={(v: JenisAsn) => {
              form.setFieldValue('jenisAsn', v);
              form.setFieldValue('golongan', '');
            }}
          />
          <GolonganSelect jenisAsn={d.jenisAsn} value={d.golongan} onChange={(v) => form.setFieldValue('golongan', v)} error={errorOf('golongan')} required />
        </SimpleGrid>
        <NipInput value={d.nip} onChange={(v) => form.setFieldValue('nip', v)} jenisAsn={d.jenisAsn} serverError={errorOf('nip')} required />
        <SimpleGrid cols={3}>
          <LimitedTextInput label={t.person.gelarDepan} max={LIMIT.gelarDepan} {...input('gelarDepan')} />
          <LimitedTextInput label={t.person.nama} max={LIMIT.nama} required {...input('nama')} />
          <LimitedTextInput label={t.person.gelarBelakang} max={LIMIT.gelarBelakang} {...input('gelarBelakang')} />
        </SimpleGrid>
        <UnitSelect label={t.pegawai.unit} options={unitOptions} value={d.unitId} onChange={(v) => form.setFieldValue('unitId', v)} required allowDeselect={false} error={errorOf('unitId')} />
        <LimitedSelect
          label={t.pegawai.jabatan}
          placeholder={t.pegawai.jabatanPlaceholder}
          data={jabatanOptions}
          value={d.jabatanId}
          onChange={(v) => form.setFieldValue('jabatanId', v)}
          error={errorOf('jabatanId')}
          searchable
          clearable
          limit={50}
          nothingFoundMessage={t.jabatan.empty}
        />
        <SimpleGrid cols={2}>
          <DateField label={t.pegawai.tmtMulai} value={d.tmtMulai} onChange={(v) => form.setFieldValue('tmtMulai', v)} error={errorOf('tmtMulai')} data-testid="tmt-mulai" />
          <DateField
            label={t.pegawai.tmtSelesai}
            description={t.pegawai.tmtHint}
            value={d.tmtSelesai}
            onChange={(v) => form.setFieldValue('tmtSelesai', v)}
            error={errorOf('tmtSelesai')}
            data-testid="tmt-selesai"
          />
        </SimpleGrid>
        <ErrorAlert error={cf.error} />
        <ModalActions onCancel={onCancel}>
          <Button type="submit" loading={cf.busy}>
            {t.app.save}
          </Button>
        </ModalActions>
      </Stack>
    </form>
  );
}
