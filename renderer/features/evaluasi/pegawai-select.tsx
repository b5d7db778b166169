/** Picks one pegawai by typing a name fragment or NIP prefix (pegawai/search through the core). */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { PegawaiRow } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';

const LIMIT = 30;

type Props = { label: string; value: PegawaiRow | null; onChange: (p: PegawaiRow | null) => void; error?: string | undefined; required?: boolean };

export function PegawaiSelect({ label, value, onChange, error, required }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const found = useApiQuery('pegawai/search', { query: debounced, aktif: true, offset: 0, limit: LIMIT }, ['pegawai']);
  const known = useMemo(() => {
    const m = new Map<string, PegawaiRow>();
    if (value) m.set(value.id, value);
    for (const p of found.data?.rows ?? []) m.set(p.id, p);
    return m;
  }, [value, found.data]);
  const total = found.data?.total ?? 0;
  const shown = found.data?.rows.length ?? 0;
  return (
    <Select
      label={label}
      placeholder={t.evaluasi.common.pickPegawaiPlaceholder}
      description={total > shown ? t.home.pickerTotal(shown, total) : undefined}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data={[...known.values()].map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${formatNip(p.nip)}` }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? (known.get(id) ?? null) : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      error={error}
      required={required}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
