/** Hasil kerja of an SKP: the table, and the add / edit / link / delete dialogs over it. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { RhkView, SkpDetail } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { useT } from '../../i18n/i18n.js';
import { AtasanRhkPicker } from './atasan-rhk-picker.js';
import { DeleteRhkModal } from './delete-rhk-modal.js';
import { rhkDraftFrom, type RhkInput } from './rhk-draft.js';
import { RhkFormModal } from './rhk-form-modal.js';
import { RhkTable } from './rhk-table.js';
import { rhkNumber } from './skp-format.js';
import { useSkpAction } from './use-skp-action.js';

type Props = { detail: SkpDetail; editable: boolean; onSaved: (d: SkpDetail) => void };
type Dialog = { kind: 'form'; rhk: RhkView | null } | { kind: 'link'; rhk: RhkView } | { kind: 'delete'; rhk: RhkView } | null;

export function RhkSection({ detail, editable, onSaved }: Props) {
  const t = useT();
  const action = useSkpAction();
  const [dialog, setDialog] = useState<Dialog>(null);
  const closeWith = (d: SkpDetail) => {
    setDialog(null);
    onSaved(d);
  };

  const save = async (rhk: RhkView | null, input: RhkInput): Promise<AppError | null> => {
    const r = await action.run('rhk/save', { ...input, skpId: detail.skp.id, ...(rhk ? { id: rhk.id, baseVersion: rhk.rowVersion } : {}) });
    if (!r.ok) return r.error;
    closeWith(r.value);
    return null;
  };

  return (
    <Stack gap="xs">
      {detail.isPuncak && editable && (
        <Text size="sm" c="dimmed">
          {t.skp.editor.puncakHint}
        </Text>
      )}
      <RhkTable
        detail={detail}
        editable={editable}
        onEdit={(rhk) => setDialog({ kind: 'form', rhk })}
        onDelete={(rhk) => setDialog({ kind: 'delete', rhk })}
        onLink={(rhk) => setDialog({ kind: 'link', rhk })}
      />
      {editable && (
        <Group>
          <Button variant="light" onClick={() => setDialog({ kind: 'form', rhk: null })}>
            {t.skp.rhk.add}
          </Button>
        </Group>
      )}
      {dialog?.kind === 'form' && (
        <RhkFormModal
          title={dialog.rhk ? t.skp.rhk.editOf(rhkNumber(dialog.rhk)) : t.skp.rhk.modalNew}
          initial={rhkDraftFrom(dialog.rhk)}
          pendekatan={detail.skp.pendekatan}
          isPuncak={detail.isPuncak}
          isJpt={detail.isJpt}
          onSubmit={(input) => save(dialog.rhk, input)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'link' && <AtasanRhkPicker skpId={detail.skp.id} rhk={dialog.rhk} onLinked={closeWith} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteRhkModal detail={detail} rhk={dialog.rhk} onDone={closeWith} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
