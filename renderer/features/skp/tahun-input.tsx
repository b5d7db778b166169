/** The period year most SKP screens filter on. */
import { NumberInput } from '@mantine/core';
import { useT } from '../../i18n/i18n.js';

export function TahunInput({ value, onChange, label }: { value: number; onChange: (tahun: number) => void; label?: string }) {
  const t = useT();
  return (
    <NumberInput
      label={label ?? t.skp.common.tahun}
      value={value}
      onChange={(v) => {
        if (typeof v === 'number' && v >= 2000 && v <= 2100) onChange(v);
      }}
      min={2000}
      max={2100}
      allowDecimal={false}
      w={130}
    />
  );
}
