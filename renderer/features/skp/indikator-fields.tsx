/**
 * The indikator rows of the RHK form: aspek, IKI text and target (value + satuan, or text), each
 * with its own message ("Harus berupa angka" beside a target of "dua belas").
 */
import { ActionIcon, Group, NativeSelect, Paper, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ASPEK_IKI, type AspekIki, type Pendekatan } from '../../../shared/domain/skp/types.js';
import { LimitedTextarea, LimitedTextInput } from '../../components/limited-text.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { emptyIndikator, type RhkDraft } from './rhk-draft.js';
import { RHK_LIMITS } from './rhk-limits.js';

type Props = {
  form: UseFormReturnType<RhkDraft>;
  pendekatan: Pendekatan;
  max: number;
};

function isAspek(v: string): v is AspekIki {
  return (ASPEK_IKI as readonly string[]).includes(v);
}

export function IndikatorFields({ form, pendekatan, max }: Props) {
  const t = useT();
  const rows = form.getValues().indikator;
  const unused = ASPEK_IKI.find((a) => !rows.some((r) => r.aspek === a));
  return (
    <Stack gap="xs">
      {rows.map((r, i) => {
        const n = i + 1;
        const path = `indikator.${i}` as const;
        return (
          <Paper key={r.key} withBorder p="xs" data-testid="indikator-row">
            <Group align="flex-start" wrap="nowrap">
              <NativeSelect
                label={t.skp.rhk.aspekLabel(n)}
                value={r.aspek}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (isAspek(v)) form.setFieldValue(`${path}.aspek`, v);
                }}
                data={ASPEK_IKI.map((a) => ({ value: a, label: t.skp.aspek[a] }))}
                w={130}
              />
              <LimitedTextInput label={t.skp.rhk.iki(n)} max={RHK_LIMITS.indikatorTeks} required flex={1} {...form.getInputProps(`${path}.teks`)} />
              <ActionIcon variant="subtle" color="red" aria-label={t.skp.rhk.removeIndikator(n)} disabled={rows.length <= 1} onClick={() => form.removeListItem('indikator', i)} mt={28}>
                ×
              </ActionIcon>
            </Group>
            {pendekatan === 'kuantitatif' ? (
              <Group mt="xs" grow align="flex-start">
                <LimitedTextInput label={t.skp.rhk.targetNilai(n)} max={undefined} inputMode="decimal" required {...form.getInputProps(`${path}.nilai`)} />
                <LimitedTextInput label={t.skp.rhk.targetSatuan(n)} max={RHK_LIMITS.satuan} required {...form.getInputProps(`${path}.satuan`)} />
              </Group>
            ) : (
              <LimitedTextarea mt="xs" label={t.skp.rhk.targetTeks(n)} max={RHK_LIMITS.targetTeks} autosize minRows={1} required {...form.getInputProps(`${path}.targetTeks`)} />
            )}
          </Paper>
        );
      })}
      <Group>
        <SubmitButton type="button" variant="light" size="xs" reason={rows.length >= max ? t.forms.reason.maxIndikator(max) : null} onClick={() => form.insertListItem('indikator', emptyIndikator(unused ?? 'kuantitas'))}>
          {t.skp.rhk.addIndikator}
        </SubmitButton>
      </Group>
    </Stack>
  );
}
