/** Add or edit an account → users/save (NIP, name, roles, unit, active, password). */
import { Button, Checkbox, Group, Modal, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ROLES, type Role, type UserAccount } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/unit-select.js';
import { argSchemas, PASSWORD_MIN_LENGTH } from '../../../shared/contract.js';
import { requiredMessage } from '../../../shared/validation/messages.js';
import { LimitedTextInput } from '../../components/limited-text.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formErrorsOf, maxLengthOf, minLengthOf, placeServerError } from '../../lib/contract-form.js';
import { invoke } from '../../lib/api.js';
import { useUnits } from '../units/use-units.js';
import { ModalActions } from '../../components/modal-actions.js';

const USER_SCHEMA = argSchemas['users/save'];

type Props = { user: UserAccount | null; onClose: () => void; onSaved: () => void };

function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

export function UserFormModal({ user, onClose, onSaved }: Props) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const { options } = useUnits();
  const [nip, setNip] = useState(user?.nip ?? '');
  const [nama, setNama] = useState(user?.nama ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? ['pegawai']);
  const [unitId, setUnitId] = useState<string | null>(user?.unitId ?? null);
  const [aktif, setAktif] = useState(user?.aktif ?? true);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  // Checked by the contract's `users/save` schema (the password minimum lives there only).
  const args = { ...(user ? { id: user.id } : {}), nip, nama, roles, unitId: unitId ?? '', aktif, ...(password ? { password } : {}) };
  const [tried, setTried] = useState(false);
  const checked = formErrorsOf(USER_SCHEMA, args, lang, undefined, !user && password === '' ? [{ path: 'password', message: requiredMessage(lang) }] : []);
  const placed = error ? placeServerError(error, { nip, nama, roles, unitId, aktif, password }) : { fields: {}, rest: null };
  const fieldError = (k: string): string | undefined => placed.fields[k] ?? (tried || (k === 'password' && password !== '') ? checked[k] : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.keys(checked).length > 0) return;
    setBusy(true);
    setError(null);
    const r = await invoke('users/save', { ...args, unitId: unitId ?? '' });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.forms.toast.userSaved });
    onSaved();
  };

  return (
    <Modal opened onClose={onClose} title={user ? t.users.modalEdit : t.users.modalNew} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput label={t.person.nip} value={nip} onChange={(e) => setNip(e.currentTarget.value)} required data-autofocus inputMode="numeric" error={fieldError('nip')} />
          <LimitedTextInput label={t.person.nama} max={maxLengthOf(USER_SCHEMA.shape.nama)} value={nama} onChange={(e) => setNama(e.currentTarget.value)} required error={fieldError('nama')} />
          <Checkbox.Group
            label={t.users.roles}
            value={roles}
            onChange={(v) => setRoles(v.filter(isRole))}
            error={roles.length === 0 ? t.users.rolesRequired : fieldError('roles')}
            required
          >
            <Group mt={6}>
              {ROLES.map((r) => (
                <Checkbox key={r} value={r} label={t.roles[r]} />
              ))}
            </Group>
          </Checkbox.Group>
          <UnitSelect label={t.users.unit} options={options} value={unitId} onChange={setUnitId} required allowDeselect={false} error={fieldError('unitId')} />
          <Switch label={t.users.aktif} checked={aktif} onChange={(e) => setAktif(e.currentTarget.checked)} />
          <PasswordInput
            label={user ? t.users.passwordChange : t.forms.passwordNew(minLengthOf(USER_SCHEMA.shape.password) ?? PASSWORD_MIN_LENGTH)}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            required={!user}
            error={fieldError('password')}
          />
          <ErrorAlert error={placed.rest} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
