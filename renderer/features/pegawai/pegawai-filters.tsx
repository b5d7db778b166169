import { Group, NativeSelect, TextInput } from '@mantine/core';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { useUnits } from '../units/use-units.js';
import type { PegawaiFilter } from './use-pegawai-pages.js';

type Props = {
  query: string;
  onQuery: (q: string) => void;
  filter: Omit<PegawaiFilter, 'query'>;
  onFilter: (f: Omit<PegawaiFilter, 'query'>) => void;
};

/** Search box (name fragment or NIP prefix) and the unit / jenis ASN / status filters. */
export function PegawaiFilters({ query, onQuery, filter, onFilter }: Props) {
  const t = useT();
  const { options } = useUnits();
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t.pegawai.searchLabel}
        placeholder={t.pegawai.searchPlaceholder}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        type="search"
        w={300}
        data-autofocus
      />
      <UnitSelect
        label={t.pegawai.unitFilter}
        placeholder={t.pegawai.allUnits}
        options={options}
        value={filter.unitId}
        onChange={(unitId) => onFilter({ ...filter, unitId })}
        clearable
        w={280}
      />
      <NativeSelect
        label={t.pegawai.jenisFilter}
        value={filter.jenisAsn ?? ''}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onFilter({ ...filter, jenisAsn: v === 'PNS' || v === 'PPPK' ? v : null });
        }}
        data={[{ value: '', label: t.app.all }, 'PNS', 'PPPK']}
        w={110}
      />
      <NativeSelect
        label={t.pegawai.aktifFilter}
        value={filter.aktif === null ? '' : filter.aktif ? 'aktif' : 'nonaktif'}
        onChange={(e) => {
          const v = e.currentTarget.value;
          onFilter({ ...filter, aktif: v === '' ? null : v === 'aktif' });
        }}
        data={[
          { value: '', label: t.app.all },
          { value: 'aktif', label: t.pegawai.aktifOnly },
          { value: 'nonaktif', label: t.pegawai.inactiveOnly },
        ]}
        w={140}
      />
    </Group>
  );
}
