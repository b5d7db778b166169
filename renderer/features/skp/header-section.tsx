/** Periode and pendekatan of an SKP; editable by the owner's side while it is a draft. */
import { Group, Stack } from '@mantine/core';
import type { SkpDetail } from '../../../shared/entities.js';
import { DateField } from '../../components/date-field.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt } from '../../lib/contract-form.js';
import { SectionSave } from './section-save.js';
import { PendekatanControl } from './pendekatan-control.js';
import { useDraft } from './use-draft.js';
import { useSkpUpdate } from './use-skp-update.js';

type Props = { detail: SkpDetail; editable: boolean; onSaved: (d: SkpDetail) => void };

export function HeaderSection({ detail, editable, onSaved }: Props) {
  const t = useT();
  const { skp } = detail;
  const draft = useDraft({ mulai: skp.periode.mulai, selesai: skp.periode.selesai, pendekatan: skp.pendekatan });
  const update = useSkpUpdate(detail, onSaved);
  const v = draft.value;

  const save = async () => {
    const tahun = Number(v.mulai.slice(0, 4));
    await update.save({ periode: { tahun, mulai: v.mulai, selesai: v.selesai }, pendekatan: v.pendekatan }, draft.reset);
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <DateField label={t.skp.create.mulai} value={v.mulai} onChange={(iso) => draft.set({ ...v, mulai: iso ?? '' })} readOnly={!editable} required error={issueAt(update.error, 'periode.mulai')} />
        <DateField label={t.skp.create.selesai} value={v.selesai} onChange={(iso) => draft.set({ ...v, selesai: iso ?? '' })} readOnly={!editable} required error={issueAt(update.error, 'periode.selesai')} />
        <PendekatanControl value={v.pendekatan} onChange={(p) => draft.set({ ...v, pendekatan: p })} disabled={!editable} />
      </Group>
      {editable && <SectionSave label={t.skp.editor.saveHeader} busy={update.busy} dirty={draft.dirty} error={update.error} onSave={() => void save()} />}
    </Stack>
  );
}
