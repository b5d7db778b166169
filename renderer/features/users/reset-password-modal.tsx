/**
 * "Atur ulang sandi" on a Pengguna row: a random initial password (shown here, to hand over) saved
 * with users/save. Its key is provisional, so the owner must change it at the next sign-in, and
 * the account's running sessions end (the core does both).
 */
import { Button, Code, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UserListRow } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { generateInitialPassword } from '../../../shared/domain/initial-password.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ModalActions } from '../../components/modal-actions.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';

type Props = { user: UserListRow; onClose: () => void; onDone: () => void };

export function ResetPasswordModal({ user, onClose, onDone }: Props) {
  const t = useT();
  const toast = useToast();
  const [password] = useState(generateInitialPassword);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('users/save', { id: user.id, nip: user.nip, nama: user.nama, roles: user.roles, unitId: user.unitId, aktif: user.aktif, password });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ color: 'green', message: t.accounts.resetDone(user.nama) });
    onDone();
  };

  return (
    <Modal opened onClose={onClose} title={t.accounts.resetTitle} closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <Text size="sm">{t.accounts.resetIntro(user.nama)}</Text>
        <Text size="sm" fw={600}>
          {t.accounts.resetPassword}
        </Text>
        <Code fz="xl" p="sm" data-testid="reset-password-value">
          {password}
        </Code>
        <ErrorAlert error={error} />
        <ModalActions onCancel={onClose}>
          <Button color="orange" loading={busy} onClick={() => void save()}>
            {t.accounts.resetConfirm}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
