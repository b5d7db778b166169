/** The period of an SKP to work on, each option with where it stands (dinilai, terkunci). */
import { Select } from '@mantine/core';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { PREDIKAT_LABEL } from '../../../shared/domain/evaluasi/types.js';
import type { PeriodeStatusRow } from '../../../shared/entities-evaluasi.js';
import { useT } from '../../i18n/i18n.js';

type Props = { periods: readonly PeriodeStatusRow[]; value: PeriodeKey | null; onChange: (key: PeriodeKey) => void };

/** The period a screen opens on: the one asked for, else the current one, else the first. */
export function defaultPeriode(periods: readonly PeriodeStatusRow[], wanted?: PeriodeKey | null): PeriodeKey | null {
  if (wanted && periods.some((p) => p.key === wanted)) return wanted;
  return (periods.find((p) => p.berjalan && p.key !== 'TAHUNAN') ?? periods[0])?.key ?? null;
}

export function PeriodeSelect({ periods, value, onChange }: Props) {
  const t = useT();
  const c = t.evaluasi.common;
  const data = periods.map((p) => {
    const state = p.terkunci ? c.terkunci : p.predikat ? PREDIKAT_LABEL[p.predikat] : c.statusRealisasi[p.realisasi ?? 'kosong'];
    return { value: p.key, label: `${p.label} — ${state}` };
  });
  return (
    <Select
      label={c.periode}
      data={data}
      value={value}
      onChange={(v) => {
        const p = periods.find((x) => x.key === v);
        if (p) onChange(p.key);
      }}
      allowDeselect={false}
      w={320}
      data-testid="periode-select"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
