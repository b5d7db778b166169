/**
 * The SKP's workflow buttons, exactly those `allowed.actions` lists for the signed-in person:
 * Ajukan, Setujui, Kembalikan, Mulai perubahan. The core refuses anything else anyway.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { DecisionModal } from './decision-modal.js';
import { useSkpAction } from './use-skp-action.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = {
  detail: SkpDetail;
  onChanged: (d: SkpDetail) => void;
  /** A perubahan made a new version: open it. */
  onOpen: (skpId: string) => void;
};

export function WorkflowBar({ detail, onChanged, onOpen }: Props) {
  const t = useT();
  const toast = useToast();
  const action = useSkpAction();
  const [deciding, setDeciding] = useState<'setujui' | 'kembalikan' | null>(null);
  const [confirmPerubahan, setConfirmPerubahan] = useState(false);
  const can = new Set(detail.allowed.actions);
  const id = detail.skp.id;

  const done = (d: SkpDetail, message: string) => {
    toast.show({ message });
    if (d.skp.id !== id) onOpen(d.skp.id);
    else onChanged(d);
  };

  const submit = async () => {
    const r = await action.run('skp/submit', { id });
    if (r.ok) done(r.value, t.forms.toast.skpAjukan);
  };
  const perubahan = async () => {
    const r = await action.run('skp/startPerubahan', { id });
    setConfirmPerubahan(false);
    if (r.ok) done(r.value, t.forms.toast.skpMulaiPerubahan);
  };

  if (can.size === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="workflow-bar">
        {can.has('ajukan') && (
          <Button onClick={() => void submit()} loading={action.busy}>
            {t.skp.action.ajukan}
          </Button>
        )}
        {can.has('setujui') && (
          <Button color="teal" onClick={() => setDeciding('setujui')}>
            {t.skp.action.setujui}
          </Button>
        )}
        {can.has('kembalikan') && (
          <Button color="orange" variant="light" onClick={() => setDeciding('kembalikan')}>
            {t.skp.action.kembalikan}
          </Button>
        )}
        {can.has('mulaiPerubahan') && (
          <Button variant="default" onClick={() => setConfirmPerubahan(true)}>
            {t.skp.action.mulaiPerubahan}
          </Button>
        )}
      </Group>
      <ErrorAlert error={action.error} />
      {confirmPerubahan && (
        <Modal opened onClose={() => setConfirmPerubahan(false)} title={t.skp.action.mulaiPerubahan} closeButtonProps={{ 'aria-label': t.app.close }}>
          <Stack gap="sm">
            <Text size="sm">{t.skp.workflow.perubahanConfirm}</Text>
            <ModalActions onCancel={() => setConfirmPerubahan(false)}>
              <Button onClick={() => void perubahan()} loading={action.busy}>
                {t.skp.action.mulaiPerubahan}
              </Button>
            </ModalActions>
          </Stack>
        </Modal>
      )}
      {deciding && (
        <DecisionModal
          kind={deciding}
          detail={detail}
          onClose={() => setDeciding(null)}
          onDone={(d) => {
            setDeciding(null);
            done(d, deciding === 'setujui' ? t.forms.toast.skpSetujui : t.forms.toast.skpKembalikan);
          }}
        />
      )}
    </>
  );
}
