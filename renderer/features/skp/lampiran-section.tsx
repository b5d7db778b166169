/** The SKP's lampiran, saved with skp/update; typed text survives a refused save. */
import { Stack } from '@mantine/core';
import type { Lampiran } from '../../../shared/domain/skp/types.js';
import type { SkpDetail } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { LampiranFields, lampiranFromText, lampiranToText } from './lampiran-fields.js';
import { SectionSave } from './section-save.js';
import { useDraft } from './use-draft.js';
import { useSkpUpdate } from './use-skp-update.js';

type Props = { detail: SkpDetail; editable: boolean; onSaved: (d: SkpDetail) => void };

export function LampiranSection({ detail, editable, onSaved }: Props) {
  const t = useT();
  const draft = useDraft(lampiranToText(detail.skp.lampiran));
  const update = useSkpUpdate(detail, onSaved);

  const save = async () => {
    const lampiran: Lampiran = lampiranFromText(draft.value);
    await update.save({ lampiran }, draft.reset);
  };

  return (
    <Stack gap="xs">
      <LampiranFields value={draft.value} onChange={draft.set} readOnly={!editable} />
      {editable && <SectionSave label={t.skp.lampiran.save} busy={update.busy} dirty={draft.dirty} error={update.error} onSave={() => void save()} />}
    </Stack>
  );
}
