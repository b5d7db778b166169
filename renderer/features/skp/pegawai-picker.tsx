/**
 * Picks pegawai by typing a name fragment or NIP prefix (pegawai/search through the core, so it
 * works on a 10,000-pegawai unit); chosen people stay listed while the search changes.
 */
import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { PegawaiRow } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';

/** Matches offered at once; the field says how many more there are. */
const LIMIT = 30;

type Props = { label: string; value: PegawaiRow[]; onChange: (rows: PegawaiRow[]) => void; max?: number };

export function PegawaiPicker({ label, value, onChange, max }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const found = useApiQuery('pegawai/search', { query: debounced, aktif: true, offset: 0, limit: LIMIT }, ['pegawai']);
  const total = found.data?.total ?? 0;
  const shown = found.data?.rows.length ?? 0;
  const known = useMemo(() => {
    const m = new Map(value.map((p) => [p.id, p]));
    for (const p of found.data?.rows ?? []) if (!m.has(p.id)) m.set(p.id, p);
    return m;
  }, [value, found.data]);
  const data = useMemo(() => [...known.values()].map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${formatNip(p.nip)}` })), [known]);
  return (
    <MultiSelect
      label={label}
      placeholder={t.skp.create.pegawaiPlaceholder}
      description={total > shown ? t.home.pickerTotal(shown, total) : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={data}
      value={value.map((p) => p.id)}
      onChange={(ids) => onChange(ids.flatMap((id) => known.get(id) ?? []))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      maxValues={max}
      hidePickedOptions
    />
  );
}
