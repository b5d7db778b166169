/**
 * "Ubah kata sandi": the signed-in person changes their own password → auth/changePassword, which
 * also makes their new signing key. Errors sit beside their fields (the core names the field).
 */
import { Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../../shared/contract.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ModalActions } from '../../components/modal-actions.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';

type Props = { onClose: () => void; onChanged: () => void };

/** The field-level problems the form knows before asking the core. */
export function passwordFormIssues(f: { oldPassword: string; newPassword: string; repeat: string }): { newPassword?: 'tooShort' | 'sameAsOld'; repeat?: 'mismatch' } {
  const out: { newPassword?: 'tooShort' | 'sameAsOld'; repeat?: 'mismatch' } = {};
  if (f.newPassword !== '' && f.newPassword.length < PASSWORD_MIN_LENGTH) out.newPassword = 'tooShort';
  else if (f.newPassword !== '' && f.newPassword === f.oldPassword) out.newPassword = 'sameAsOld';
  if (f.repeat !== '' && f.repeat !== f.newPassword) out.repeat = 'mismatch';
  return out;
}

export function ChangePasswordModal({ onClose, onChanged }: Props) {
  const t = useT();
  const toast = useToast();
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const local = passwordFormIssues({ oldPassword, newPassword, repeat });
  const fromCore = (path: string) => error?.issues?.find((i) => i.path === path)?.message;
  const valid = oldPassword !== '' && newPassword !== '' && repeat === newPassword && local.newPassword === undefined;
  const newError = local.newPassword === 'tooShort' ? t.account.tooShort(PASSWORD_MIN_LENGTH) : local.newPassword === 'sameAsOld' ? t.account.sameAsOld : fromCore('newPassword');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    const r = await invoke('auth/changePassword', { oldPassword, newPassword });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.account.changed });
    onChanged();
  };

  return (
    <Modal opened onClose={onClose} title={t.account.changePassword} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <PasswordInput label={t.account.oldPassword} value={oldPassword} onChange={(e) => setOld(e.currentTarget.value)} autoComplete="current-password" required data-autofocus error={fromCore('oldPassword')} />
          <PasswordInput label={t.account.newPassword} value={newPassword} onChange={(e) => setNew(e.currentTarget.value)} autoComplete="new-password" required error={newError} />
          <PasswordInput
            label={t.account.newPasswordRepeat}
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            autoComplete="new-password"
            required
            error={local.repeat === 'mismatch' ? t.account.mismatch : undefined}
          />
          {/* Errors not tied to a field (e.g. a network failure) show below the fields. */}
          <ErrorAlert error={error && !error.issues?.length ? error : null} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!valid}>
              {t.account.changePassword}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
