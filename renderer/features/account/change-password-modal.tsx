/**
 * "Ubah kata sandi": the signed-in person changes their own password → auth/changePassword, which
 * also makes their new signing key. Errors sit beside their fields (the core names the field).
 */
import { Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { argSchemas, PASSWORD_MIN_LENGTH } from '../../../shared/contract.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ModalActions } from '../../components/modal-actions.js';
import { useToast } from '../../components/toast.js';
import { requiredMessage } from '../../../shared/validation/messages.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { minLengthOf } from '../../lib/contract-form.js';
import { useContractForm } from '../../lib/use-contract-form.js';

const schema = argSchemas['auth/changePassword'];
/** PASSWORD_MIN_LENGTH as the schema applies it. */
const PASSWORD_MIN = minLengthOf(schema.shape.newPassword) ?? PASSWORD_MIN_LENGTH;

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
  const { lang } = useLang();
  const toast = useToast();
  // The minimum length and the rest come from the contract's schema (PASSWORD_MIN_LENGTH, once).
  const cf = useContractForm({
    schema,
    initialValues: { oldPassword: '', newPassword: '', repeat: '' },
    toArgs: (f) => ({ oldPassword: f.oldPassword, newPassword: f.newPassword }),
    validateOnChange: true,
    extraIssues: (f) => {
      const local = passwordFormIssues(f);
      return [
        ...(local.newPassword === 'tooShort' ? [{ path: 'newPassword', message: t.account.tooShort(PASSWORD_MIN) }] : []),
        ...(local.newPassword === 'sameAsOld' ? [{ path: 'newPassword', message: t.account.sameAsOld }] : []),
        ...(local.repeat === 'mismatch' ? [{ path: 'repeat', message: t.account.mismatch }] : []),
        ...(f.repeat === '' ? [{ path: 'repeat', message: requiredMessage(lang) }] : []),
      ];
    },
  });
  const { form } = cf;

  const submit = cf.submit(async (args) => {
    const r = await invoke('auth/changePassword', args);
    if (!r.ok) return r.error;
    toast.show({ message: t.account.changed });
    onChanged();
    return null;
  });

  return (
    <Modal opened onClose={onClose} title={t.account.changePassword} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <PasswordInput label={t.account.oldPassword} autoComplete="current-password" required data-autofocus {...form.getInputProps('oldPassword')} />
          <PasswordInput label={t.account.newPassword} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
          <PasswordInput label={t.account.newPasswordRepeat} autoComplete="new-password" required {...form.getInputProps('repeat')} />
          {/* Errors not tied to a field (e.g. a network failure) show below the fields. */}
          <ErrorAlert error={cf.error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={cf.busy}>
              {t.account.changePassword}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
