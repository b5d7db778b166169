/** "Siapkan unit baru": the instansi, its top unit and the first admin, in one form → setup/init. */
import { Button, Fieldset, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { argSchemas } from '../../../shared/contract.js';
import type { JenisAsn, SessionInfo } from '../../../shared/entities.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { GolonganSelect, JenisAsnSelect } from '../../components/golongan-select.js';
import { LimitedTextInput } from '../../components/limited-text.js';
import { NipInput } from '../../components/nip-input.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { useContractForm } from '../../lib/use-contract-form.js';

const EMPTY = {
  instansiKode: '',
  instansiNama: '',
  unitKode: '',
  unitNama: '',
  nip: '',
  jenisAsn: 'PNS' as JenisAsn,
  gelarDepan: '',
  nama: '',
  gelarBelakang: '',
  golongan: '',
  password: '',
  password2: '',
};
type Fields = typeof EMPTY;

const schema = argSchemas['setup/init'];
const LIMIT = {
  instansiKode: maxLengthOf(schema.shape.instansi.shape.kode),
  instansiNama: maxLengthOf(schema.shape.instansi.shape.nama),
  unitKode: maxLengthOf(schema.shape.unit.shape.kode),
  unitNama: maxLengthOf(schema.shape.unit.shape.nama),
  gelarDepan: maxLengthOf(schema.shape.admin.shape.gelarDepan),
  nama: maxLengthOf(schema.shape.admin.shape.nama),
  gelarBelakang: maxLengthOf(schema.shape.admin.shape.gelarBelakang),
};

/** `instansi.kode` → `instansiKode`, `admin.nip` → `nip`: the form is flat, the payload nested. */
function fieldOf(path: string): string {
  const [group, field] = path.split('.');
  if (field === undefined || group === undefined) return path;
  if (group === 'admin') return field;
  return `${group}${field.charAt(0).toUpperCase()}${field.slice(1)}`;
}

function toArgs(f: Fields) {
  return {
    instansi: { kode: f.instansiKode, nama: f.instansiNama },
    unit: { kode: f.unitKode, nama: f.unitNama },
    admin: { nip: f.nip, jenisAsn: f.jenisAsn, gelarDepan: f.gelarDepan, nama: f.nama, gelarBelakang: f.gelarBelakang, golongan: f.golongan, password: f.password },
  };
}

export function SetupNewForm({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const t = useT();
  const cf = useContractForm({
    schema,
    initialValues: EMPTY,
    toArgs,
    fieldOf,
    extraIssues: (f) => [
      ...checkPegawaiFields({ nip: f.nip, jenisAsn: f.jenisAsn, golongan: f.golongan, tmtMulai: null, tmtSelesai: null }).map((p) => ({ path: `admin.${p.field}`, message: p.message })),
      ...(f.password2 !== f.password ? [{ path: 'password2', message: t.setup.passwordMismatch }] : []),
    ],
    wholeErrorField: (e) => (e.code === 'INVALID_NIP' ? 'nip' : null),
  });
  const { form } = cf;
  const f = form.getValues();
  const text = (k: keyof typeof LIMIT) => ({ max: LIMIT[k], ...form.getInputProps(k) });

  const submit = cf.submit(async (args) => {
    const r = await invoke('setup/init', args);
    if (!r.ok) return r.error;
    onDone(r.value);
    return null;
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t.setup.instansiSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LimitedTextInput label={t.setup.instansiKode} required {...text('instansiKode')} />
            <LimitedTextInput label={t.setup.instansiNama} required {...text('instansiNama')} style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t.setup.unitSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <LimitedTextInput label={t.setup.unitKode} required {...text('unitKode')} />
            <LimitedTextInput label={t.setup.unitNama} required {...text('unitNama')} style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t.setup.adminSection}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <JenisAsnSelect
                value={f.jenisAsn}
                onChange={(v) => {
                  form.setFieldValue('jenisAsn', v);
                  form.setFieldValue('golongan', '');
                }}
              />
              <NipInput value={f.nip} onChange={(v) => form.setFieldValue('nip', v)} jenisAsn={f.jenisAsn} required serverError={form.errors.nip as string | undefined} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <LimitedTextInput label={t.person.gelarDepan} {...text('gelarDepan')} />
              <LimitedTextInput label={t.person.nama} required {...text('nama')} />
              <LimitedTextInput label={t.person.gelarBelakang} {...text('gelarBelakang')} />
            </SimpleGrid>
            <GolonganSelect jenisAsn={f.jenisAsn} value={f.golongan} onChange={(v) => form.setFieldValue('golongan', v)} error={form.errors.golongan as string | undefined} required />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PasswordInput
                label={t.person.password}
                required
                {...form.getInputProps('password')}
                autoComplete="new-password"
              />
              <PasswordInput
                label={t.setup.passwordConfirm}
                required
                {...form.getInputProps('password2')}
                autoComplete="new-password"
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <ErrorAlert error={cf.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={cf.busy}>
            {t.setup.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
