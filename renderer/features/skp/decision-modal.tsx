/**
 * The pejabat penilai's decision: approve, or return with a note for the whole SKP and/or per
 * RHK (at least one). Notes stay as typed if the core refuses.
 */
import { Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { SKP_RULES } from '../../../shared/domain/skp/rules.js';
import type { SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { DelegasiFields, delegasiArg, type DelegasiDraft } from './delegasi-fields.js';
import { groupRhk, rhkNumber } from './skp-format.js';
import { useSkpAction } from './use-skp-action.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = {
  kind: 'setujui' | 'kembalikan';
  detail: SkpDetail;
  onDone: (d: SkpDetail) => void;
  onClose: () => void;
};

export function DecisionModal({ kind, detail, onDone, onClose }: Props) {
  const t = useT();
  const action = useSkpAction();
  const [whole, setWhole] = useState('');
  const [perRhk, setPerRhk] = useState<Record<string, string>>({});
  // The core says when this caller acts only on the penilai's instruction (an operator, not the penilai).
  const asOperator = detail.allowed.needsDelegation;
  const [delegasi, setDelegasi] = useState<DelegasiDraft>({ on: asOperator, referensi: '' });
  const { utama, tambahan } = groupRhk(detail.rhk);
  const rhkNotes = Object.entries(perRhk)
    .filter(([, c]) => c.trim() !== '')
    .map(([rhkId, catatan]) => ({ rhkId, catatan }));
  const hasNote = whole.trim() !== '' || rhkNotes.length > 0;
  const d = asOperator ? delegasiArg(delegasi, detail.penilai?.pegawaiId ?? null) : null;

  const submit = async () => {
    const id = detail.skp.id;
    const r =
      kind === 'setujui'
        ? await action.run('skp/approve', { id, delegasi: d })
        : await action.run('skp/return', { id, catatan: whole.trim() === '' ? null : whole, catatanRhk: rhkNotes, delegasi: d });
    if (r.ok) onDone(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={kind === 'setujui' ? t.skp.workflow.approveTitle : t.skp.workflow.returnTitle} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        {kind === 'setujui' ? (
          <Text size="sm">{t.skp.workflow.approveConfirm}</Text>
        ) : (
          <>
            <Textarea label={t.skp.workflow.returnWhole} value={whole} onChange={(e) => setWhole(e.currentTarget.value)} autosize minRows={2} maxLength={SKP_RULES.maxCatatan} data-autofocus />
            {[...utama, ...tambahan].map((r) => (
              <Textarea
                key={r.id}
                label={t.skp.workflow.returnRhk(rhkNumber(r))}
                description={r.teks}
                value={perRhk[r.id] ?? ''}
                onChange={(e) => setPerRhk({ ...perRhk, [r.id]: e.currentTarget.value })}
                autosize
                minRows={1}
                maxLength={SKP_RULES.maxCatatan}
              />
            ))}
            {!hasNote && (
              <Text size="sm" c="dimmed">
                {t.skp.workflow.returnNeedsNote}
              </Text>
            )}
          </>
        )}
        {asOperator && <DelegasiFields value={delegasi} onChange={setDelegasi} />}
        <ErrorAlert error={action.error} />
        <ModalActions onCancel={onClose}>
          <Button
            color={kind === 'setujui' ? 'teal' : 'orange'}
            onClick={() => void submit()}
            loading={action.busy}
            disabled={(kind === 'kembalikan' && !hasNote) || (asOperator && d === null)}
          >
            {t.skp.action[kind]}
          </Button>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
