/**
 * Add or edit one RHK with its indikator. Saving is the caller's (an SKP, a template, "apply to
 * many"); on a refusal the modal stays open with everything as typed and the core's messages
 * beside their fields. Checked by the contract's own `rhk/save` schema while typing. Domain hints
 * that never block (rhkWarnings: an aspek with two IKI) show under the indikator while typing.
 */
import { Autocomplete, Button, Modal, Stack, Text } from '@mantine/core';
import { rhkWarnings } from '../../../shared/domain/skp/rhk-rules.js';
import { SKP_RULES } from '../../../shared/domain/skp/rules.js';
import { JENIS_RHK, PERSPEKTIF_SARAN, type Pendekatan } from '../../../shared/domain/skp/types.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { useT } from '../../i18n/i18n.js';
import { useContractForm } from '../../lib/use-contract-form.js';
import { ChoiceControl } from './choice-control.js';
import { IndikatorFields } from './indikator-fields.js';
import { rhkCheckArgs, rhkFieldOf, rhkInputFrom, type RhkDraft, type RhkInput } from './rhk-draft.js';
import { RHK_LIMITS, rhkFormSchema } from './rhk-limits.js';
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
  const opts = { isPuncak, isJpt };
  const cf = useContractForm({
    schema: rhkFormSchema,
    initialValues: initial,
    toArgs: (d) => rhkCheckArgs(d, pendekatan, opts),
    fieldOf: rhkFieldOf,
  });
  const { form } = cf;
  const draft = form.getValues();
  const warnings = rhkWarnings(draft);
  const submit = cf.submit((_args, values) => onSubmit(rhkInputFrom(values, pendekatan, opts)));

  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ChoiceControl label={t.skp.rhk.jenis} options={JENIS_RHK} labels={t.skp.jenisRhkShort} value={draft.jenis} onChange={(jenis) => form.setFieldValue('jenis', jenis)} />
          <LimitedTextarea label={t.skp.rhk.teks} max={RHK_LIMITS.teks} required autosize minRows={2} maxRows={10} data-autofocus {...form.getInputProps('teks')} />
          {isPuncak && <LimitedTextarea label={t.skp.rhk.pkLabel} max={RHK_LIMITS.pk} autosize minRows={1} maxRows={8} {...form.getInputProps('pk')} />}
          {isJpt && <Autocomplete label={t.skp.rhk.perspektif} data={[...PERSPEKTIF_SARAN]} {...form.getInputProps('perspektif')} />}
          <Text size="sm" fw={500}>
            {t.skp.rhk.indikator}
          </Text>
          <IndikatorFields form={form} pendekatan={pendekatan} max={SKP_RULES.maxIndikatorPerRhk} />
          {warnings.map((w) => (
            <Text key={w} size="sm" c="yellow.8" role="status">
              {w}
            </Text>
          ))}
          <ErrorAlert error={cf.error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={cf.busy}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
