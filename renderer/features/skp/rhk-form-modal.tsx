/**
 * Add or edit one RHK with its indikator. Saving is the caller's (an SKP, a template, "apply to
 * many"); on a refusal the modal stays open with everything as typed and the core's message.
 */
import { Autocomplete, Button, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { SKP_RULES } from '../../../shared/domain/skp/rules.js';
import { JENIS_RHK, PERSPEKTIF_SARAN, type Pendekatan } from '../../../shared/domain/skp/types.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { ChoiceControl } from './choice-control.js';
import { IndikatorFields } from './indikator-fields.js';
import { badNilai, rhkInputFrom, type RhkDraft, type RhkInput } from './rhk-draft.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = {
  title: string;
  initial: RhkDraft;
  pendekatan: Pendekatan;
  isPuncak: boolean;
  isJpt: boolean;
  /** Resolves to the refusal, or null when saved (the modal then closes through the caller). */
  onSubmit: (input: RhkInput) => Promise<AppError | null>;
  onClose: () => void;
};

export function RhkFormModal({ title, initial, pendekatan, isPuncak, isJpt, onSubmit, onClose }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<RhkDraft>(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const bad = badNilai(draft, pendekatan);
  const valid = draft.teks.trim() !== '' && draft.indikator.length > 0 && draft.indikator.every((i) => i.teks.trim() !== '') && bad.length === 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!valid) return;
    setBusy(true);
    setError(null);
    const refused = await onSubmit(rhkInputFrom(draft, pendekatan, { isPuncak, isJpt }));
    setBusy(false);
    if (refused) setError(refused);
  };

  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <ChoiceControl label={t.skp.rhk.jenis} options={JENIS_RHK} labels={t.skp.jenisRhkShort} value={draft.jenis} onChange={(jenis) => setDraft({ ...draft, jenis })} />
          <Textarea label={t.skp.rhk.teks} value={draft.teks} onChange={(e) => setDraft({ ...draft, teks: e.currentTarget.value })} required autosize minRows={2} data-autofocus maxLength={SKP_RULES.maxTeks} />
          {isPuncak && <Textarea label={t.skp.rhk.pkLabel} value={draft.pk} onChange={(e) => setDraft({ ...draft, pk: e.currentTarget.value })} autosize minRows={1} maxLength={SKP_RULES.maxTeks} />}
          {isJpt && (
            <Autocomplete label={t.skp.rhk.perspektif} value={draft.perspektif} onChange={(v) => setDraft({ ...draft, perspektif: v })} data={[...PERSPEKTIF_SARAN]} />
          )}
          <Text size="sm" fw={500}>
            {t.skp.rhk.indikator}
          </Text>
          <IndikatorFields rows={draft.indikator} pendekatan={pendekatan} bad={bad} onChange={(indikator) => setDraft({ ...draft, indikator })} max={SKP_RULES.maxIndikatorPerRhk} />
          <ErrorAlert error={error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={!valid}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
