/** "Siapkan unit baru": the instansi, its top unit and the first admin, in one form → setup/init. */
import { Button, Fieldset, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { JenisAsn, SessionInfo } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { isValidGolongan } from '../../../shared/domain/pangkat.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { GolonganSelect, JenisAsnSelect } from '../../components/golongan-select.js';
import { isNipValid, NipInput } from '../../components/nip-input.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';

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
type FieldName = keyof Fields;

const REQUIRED: FieldName[] = ['instansiKode', 'instansiNama', 'unitKode', 'unitNama', 'nip', 'nama'];

export function SetupNewForm({ onDone }: { onDone: (session: SessionInfo) => void }) {
  const t = useT();
  const [f, setF] = useState<Fields>(EMPTY);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const set = <K extends FieldName>(k: K) => (v: Fields[K]) => setF((prev) => ({ ...prev, [k]: v }));
  const text = (k: Exclude<FieldName, 'jenisAsn'>) => ({
    value: f[k],
    onChange: (e: { currentTarget: { value: string } }) => set(k)(e.currentTarget.value),
    error: tried && REQUIRED.includes(k) && f[k].trim() === '' ? t.setup.required : undefined,
  });

  const golonganError = tried && !isValidGolongan(f.jenisAsn, f.golongan) ? t.setup.required : null;
  const passwordError = tried && f.password.length < 8 ? t.setup.passwordTooShort : undefined;
  const password2Error = tried && f.password2 !== f.password ? t.setup.passwordMismatch : undefined;
  const valid =
    REQUIRED.every((k) => f[k].trim() !== '') &&
    isNipValid(f.nip, f.jenisAsn) &&
    isValidGolongan(f.jenisAsn, f.golongan) &&
    f.password.length >= 8 &&
    f.password === f.password2;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!valid) return;
    setBusy(true);
    setError(null);
    const r = await invoke('setup/init', {
      instansi: { kode: f.instansiKode, nama: f.instansiNama },
      unit: { kode: f.unitKode, nama: f.unitNama },
      admin: {
        nip: f.nip,
        jenisAsn: f.jenisAsn,
        gelarDepan: f.gelarDepan,
        nama: f.nama,
        gelarBelakang: f.gelarBelakang,
        golongan: f.golongan,
        password: f.password,
      },
    });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setError(r.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        <Fieldset legend={t.setup.instansiSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t.setup.instansiKode} required {...text('instansiKode')} />
            <TextInput label={t.setup.instansiNama} required {...text('instansiNama')} style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t.setup.unitSection}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t.setup.unitKode} required {...text('unitKode')} />
            <TextInput label={t.setup.unitNama} required {...text('unitNama')} style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t.setup.adminSection}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <JenisAsnSelect value={f.jenisAsn} onChange={(v) => setF((p) => ({ ...p, jenisAsn: v, golongan: '' }))} />
              <NipInput value={f.nip} onChange={set('nip')} jenisAsn={f.jenisAsn} required />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t.person.gelarDepan} {...text('gelarDepan')} />
              <TextInput label={t.person.nama} required {...text('nama')} />
              <TextInput label={t.person.gelarBelakang} {...text('gelarBelakang')} />
            </SimpleGrid>
            <GolonganSelect jenisAsn={f.jenisAsn} value={f.golongan} onChange={set('golongan')} error={golonganError} required />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PasswordInput
                label={t.person.password}
                required
                value={f.password}
                onChange={(e) => set('password')(e.currentTarget.value)}
                error={passwordError}
                autoComplete="new-password"
              />
              <PasswordInput
                label={t.setup.passwordConfirm}
                required
                value={f.password2}
                onChange={(e) => set('password2')(e.currentTarget.value)}
                error={password2Error}
                autoComplete="new-password"
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t.setup.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
