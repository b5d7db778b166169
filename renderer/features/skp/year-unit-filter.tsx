/** The year and unit filters of the unit-wide SKP views (readiness board, peta cascading). */
import { Group, Loader } from '@mantine/core';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { useUnits } from '../units/use-units.js';
import { TahunInput } from './tahun-input.js';

type Props = { tahun: number; onTahun: (t: number) => void; unitId: string | null; onUnit: (id: string | null) => void; loading: boolean };

export function YearUnitFilter({ tahun, onTahun, unitId, onUnit, loading }: Props) {
  const t = useT();
  const { options } = useUnits();
  return (
    <Group align="flex-end">
      <TahunInput value={tahun} onChange={onTahun} />
      <UnitSelect label={t.skp.common.unit} placeholder={t.skp.common.allUnits} options={options} value={unitId} onChange={onUnit} clearable w={280} />
      {loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
    </Group>
  );
}
