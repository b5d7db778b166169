/**
 * An operator approving or returning on the pejabat penilai's behalf must say so and name the
 * instruction (recorded in the SKP history). Hidden when the signed-in person is the penilai.
 */
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useT } from '../../i18n/i18n.js';

export type DelegasiDraft = { on: boolean; referensi: string };

type Props = { value: DelegasiDraft; onChange: (v: DelegasiDraft) => void };

export function DelegasiFields({ value, onChange }: Props) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Checkbox label={t.skp.workflow.delegasi} checked={value.on} onChange={(e) => onChange({ ...value, on: e.currentTarget.checked })} />
      {value.on && <TextInput label={t.skp.workflow.delegasiRef} value={value.referensi} onChange={(e) => onChange({ ...value, referensi: e.currentTarget.value })} required />}
    </Stack>
  );
}

/** The contract's `delegasi` from the form; null when the person acts as the penilai themself. */
export function delegasiArg(d: DelegasiDraft, penilaiPegawaiId: string | null): { penilaiPegawaiId: string; referensi: string } | null {
  if (!d.on || penilaiPegawaiId === null || d.referensi.trim() === '') return null;
  return { penilaiPegawaiId, referensi: d.referensi };
}
