/** Unit and year (and optionally a period) on top of the operator's evaluation screens. */
import { Group, Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { periodicKeysOf, labelOfKey } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { JenisPeriodeEvaluasi, PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { TahunInput } from '../skp/tahun-input.js';
import { useUnits } from '../units/use-units.js';

type Props = {
  unitId: string | null;
  onUnit: (id: string) => void;
  tahun: number;
  onTahun: (t: number) => void;
  periode?: { value: PeriodeKey; onChange: (k: PeriodeKey) => void; jenis: JenisPeriodeEvaluasi };
  children?: ReactNode;
};

/** The periods an instansi evaluates in a year, then the annual one. */
export function periodeOptions(tahun: number, jenis: JenisPeriodeEvaluasi): { value: PeriodeKey; label: string }[] {
  return [...periodicKeysOf(jenis), 'TAHUNAN' as const].map((k) => ({ value: k, label: labelOfKey(tahun, k) }));
}

export function UnitYearBar({ unitId, onUnit, tahun, onTahun, periode, children }: Props) {
  const t = useT();
  const { options } = useUnits();
  const opts = periode ? periodeOptions(tahun, periode.jenis) : [];
  return (
    <Group align="flex-end" gap="sm">
      <UnitSelect
        label={t.evaluasi.common.unit}
        options={options}
        value={unitId ?? options[0]?.value ?? null}
        onChange={(v) => {
          if (v) onUnit(v);
        }}
        allowDeselect={false}
        w={300}
      />
      <TahunInput value={tahun} onChange={onTahun} />
      {periode && (
        <Select
          label={t.evaluasi.common.periode}
          data={opts}
          value={periode.value}
          onChange={(v) => {
            const o = opts.find((x) => x.value === v);
            if (o) periode.onChange(o.value);
          }}
          allowDeselect={false}
          w={220}
          comboboxProps={{ withinPortal: true }}
        />
      )}
      {children}
    </Group>
  );
}
