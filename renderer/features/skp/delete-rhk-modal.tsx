/**
 * Deleting an RHK. When subordinate RHK intervene it, the core refuses unless another RHK of the
 * same SKP takes over their links — so the modal asks for one (no dangling links).
 */
import { Button, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RhkView, SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { rhkNumber } from './skp-format.js';
import { useSkpAction } from './use-skp-action.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = { detail: SkpDetail; rhk: RhkView; onDone: (d: SkpDetail) => void; onClose: () => void };

export function DeleteRhkModal({ detail, rhk, onDone, onClose }: Props) {
  const t = useT();
  const action = useSkpAction();
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const needsMove = rhk.diintervensiOleh > 0;
  const others = detail.rhk.filter((r) => r.id !== rhk.id).map((r) => ({ value: r.id, label: `${rhkNumber(r)} ${r.teks}` }));

  const remove = async () => {
    const r = await action.run('rhk/delete', { id: rhk.id, pindahKeRhkId: moveTo });
    if (r.ok) onDone(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={t.skp.rhk.deleteOf(rhkNumber(rhk))} closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <Text size="sm">{t.skp.rhk.deleteConfirm}</Text>
        <Text size="sm" fw={500}>
          {rhk.teks}
        </Text>
        {needsMove && (
          <>
            <Text size="sm" c="orange.8">
              {t.skp.rhk.deleteNeedsMove(rhk.diintervensiOleh)}
            </Text>
            <Select label={t.skp.rhk.deleteMoveTo} data={others} value={moveTo} onChange={setMoveTo} searchable />
          </>
        )}
        <ErrorAlert error={action.error} />
        <ModalActions onCancel={onClose}>
          <Button color="red" onClick={() => void remove()} loading={action.busy} disabled={needsMove && moveTo === null}>
            {t.skp.common.delete}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
