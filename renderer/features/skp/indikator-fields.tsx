/** The indikator rows of the RHK form: aspek, IKI text and target (value + satuan, or text). */
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, TextInput, Textarea } from '@mantine/core';
import { ASPEK_IKI, type AspekIki, type Pendekatan } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';
import { emptyIndikator, type IndikatorDraft } from './rhk-draft.js';

type Props = {
  rows: IndikatorDraft[];
  pendekatan: Pendekatan;
  /** 1-based numbers whose value is not a number. */
  bad: readonly number[];
  onChange: (rows: IndikatorDraft[]) => void;
  max: number;
};

function isAspek(v: string): v is AspekIki {
  return (ASPEK_IKI as readonly string[]).includes(v);
}

export function IndikatorFields({ rows, pendekatan, bad, onChange, max }: Props) {
  const t = useT();
  const set = (i: number, patch: Partial<IndikatorDraft>) => onChange(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  const unused = ASPEK_IKI.find((a) => !rows.some((r) => r.aspek === a));
  return (
    <Stack gap="xs">
      {rows.map((r, i) => {
        const n = i + 1;
        return (
          <Paper key={r.key} withBorder p="xs" data-testid="indikator-row">
            <Group align="flex-end" wrap="nowrap">
              <NativeSelect
                label={t.skp.rhk.aspekLabel(n)}
                value={r.aspek}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (isAspek(v)) set(i, { aspek: v });
                }}
                data={ASPEK_IKI.map((a) => ({ value: a, label: t.skp.aspek[a] }))}
                w={130}
              />
              <TextInput label={t.skp.rhk.iki(n)} value={r.teks} onChange={(e) => set(i, { teks: e.currentTarget.value })} required flex={1} />
              <ActionIcon variant="subtle" color="red" aria-label={t.skp.rhk.removeIndikator(n)} disabled={rows.length <= 1} onClick={() => onChange(rows.filter((_, k) => k !== i))} mb={4}>
                ×
              </ActionIcon>
            </Group>
            {pendekatan === 'kuantitatif' ? (
              <Group mt="xs" grow>
                <TextInput
                  label={t.skp.rhk.targetNilai(n)}
                  value={r.nilai}
                  onChange={(e) => set(i, { nilai: e.currentTarget.value })}
                  inputMode="decimal"
                  required
                  error={bad.includes(n) && r.nilai !== ''}
                />
                <TextInput label={t.skp.rhk.targetSatuan(n)} value={r.satuan} onChange={(e) => set(i, { satuan: e.currentTarget.value })} required />
              </Group>
            ) : (
              <Textarea mt="xs" label={t.skp.rhk.targetTeks(n)} value={r.targetTeks} onChange={(e) => set(i, { targetTeks: e.currentTarget.value })} autosize minRows={1} required />
            )}
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="xs" disabled={rows.length >= max} onClick={() => onChange([...rows, emptyIndikator(unused ?? 'kuantitas')])}>
          {t.skp.rhk.addIndikator}
        </Button>
      </Group>
    </Stack>
  );
}
