/**
 * The signed-in person's own account in the frame: the "Ubah kata sandi" button in the header,
 * and, after signing in with a key made from a password an admin set (or with no key on this
 * desk), a notice asking them to choose their own password.
 */
import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import type { SessionInfo } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { ChangePasswordModal } from './change-password-modal.js';

export function useAccountControls(session: SessionInfo) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [keyStatus, setKeyStatus] = useState(session.signingKey);
  const button = (
    <Button variant="default" size="xs" onClick={() => setOpen(true)} data-testid="change-password">
      {t.account.changePassword}
    </Button>
  );
  const modal = open && (
    <ChangePasswordModal
      onClose={() => setOpen(false)}
      onChanged={() => {
        setOpen(false);
        setKeyStatus('ok');
      }}
    />
  );
  const notice = keyStatus !== 'ok' && (
    <Alert color="yellow" title={keyStatus === 'provisional' ? t.account.provisionalTitle : t.account.noKeyTitle} mb="md" data-testid="key-notice">
      {keyStatus === 'provisional' ? t.account.provisional : t.account.noKey}{' '}
      <Button variant="light" size="compact-sm" onClick={() => setOpen(true)}>
        {t.account.changePassword}
      </Button>
    </Alert>
  );
  return { button, modal, notice };
}
