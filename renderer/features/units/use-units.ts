import { useMemo } from 'react';
import type { UnitKerja } from '../../../shared/entities.js';
import { unitOptions, type UnitOption } from '../../lib/unit-tree.js';
import { useApiQuery } from '../../lib/use-api-query.js';

/** Units in reach and their Select options (parents first), reloaded when units change. */
export function useUnits(): { units: UnitKerja[]; options: UnitOption[] } {
  const q = useApiQuery('org/units', {}, ['unit_kerja']);
  const units = useMemo(() => q.data ?? [], [q.data]);
  const options = useMemo(() => unitOptions(units), [units]);
  return { units, options };
}
