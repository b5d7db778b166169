/**
 * The pejabat penilai's decision: approve, or return with a note for the whole SKP and/or per
 * RHK (at least one). Notes stay as typed if the core refuses.
 */
import { Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { skpArgSchemas } from '../../../shared/contract.js';
import type { SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt, maxLengthOf } from '../../lib/contract-form.js';
import { DelegasiFields, delegasiArg, type DelegasiDraft } from './delegasi-fields.js';
import { groupRhk, rhkNumber } from './skp-format.js';
import { useSkpAction } from './use-skp-action.js';
import { ModalActions } from '../../components/modal-actions.js';

/** The note's limit, from the contract's `skp/return`. */
const MAX_CATATAN = maxLengthOf(skpArgSchemas['skp/return'].shape.catatan);

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
  // Why the button is off, said beside it; a note over the limit is said beside its own field.
  const reason = kind === 'kembalikan' && !hasNote ? t.forms.reason.needNote : asOperator && d === null ? t.forms.reason.needDelegasi : null;
  const err = action.error;
  // The core names a per-RHK note by its place in the list sent (`catatanRhk.0.catatan`).
  const rhkIssue = (rhkId: string) => {
    const k = rhkNotes.findIndex((n) => n.rhkId === rhkId);
    return k < 0 ? undefined : issueAt(err, `catatanRhk.${k}.catatan`);
  };
  const placed = (err?.issues?.length ?? 0) > 0 && (err?.issues?.every((i) => i.path === 'catatan' || /^catatanRhk\.\d+\.catatan$/.test(i.path)) ?? false);

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
            <LimitedTextarea
              label={t.skp.workflow.returnWhole}
              value={whole}
              onChange={(e) => setWhole(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
              max={MAX_CATATAN}
              error={issueAt(err, 'catatan')}
              data-autofocus
            />
            {[...utama, ...tambahan].map((r) => (
              <LimitedTextarea
                key={r.id}
                label={t.skp.workflow.returnRhk(rhkNumber(r))}
                description={r.teks}
                value={perRhk[r.id] ?? ''}
                onChange={(e) => setPerRhk({ ...perRhk, [r.id]: e.currentTarget.value })}
                autosize
                minRows={1}
                maxRows={8}
                max={MAX_CATATAN}
                error={rhkIssue(r.id)}
              />
            ))}
          </>
        )}
        {asOperator && <DelegasiFields value={delegasi} onChange={setDelegasi} />}
        <ErrorAlert error={placed ? null : err} />
        <ModalActions onCancel={onClose}>
          <SubmitButton type="button" color={kind === 'setujui' ? 'teal' : 'orange'} onClick={() => void submit()} loading={action.busy} reason={reason}>
            {t.skp.action[kind]}
          </SubmitButton>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
