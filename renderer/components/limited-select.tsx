/**
 * A searchable Select that shows only the first `limit` matches, and says so under the field
 * ("Menampilkan 50 dari 1.204 — ketik untuk menyaring") instead of cutting the list silently.
 */
import { Select, type SelectProps } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useT } from '../i18n/i18n.js';

type Props = SelectProps & { limit: number };

type Item = string | { value: string; label?: string };
type Data = readonly (Item | { group: unknown; items: readonly Item[] })[];

/** Option labels of flat or grouped Select data (an item without a label shows its value). */
export function optionLabels(data: Data | undefined): string[] {
  const out: string[] = [];
  const add = (item: Item) => out.push(typeof item === 'string' ? item : (item.label ?? item.value));
  for (const entry of data ?? []) {
    if (typeof entry !== 'string' && 'items' in entry) entry.items.forEach(add);
    else add(entry);
  }
  return out;
}

/**
 * How many labels the search matches, as Select's default filter does (case-insensitive substring).
 *
 * @example
 * matchCount(['Kepala Dinas', 'Kepala Bidang'], 'bidang'); // 1
 */
export function matchCount(labels: readonly string[], search: string): number {
  const q = search.toLowerCase().trim();
  return q ? labels.filter((l) => l.toLowerCase().includes(q)).length : labels.length;
}

export function LimitedSelect({ limit, data, description, onSearchChange, ...rest }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const labels = useMemo(() => optionLabels(data), [data]);
  const matched = matchCount(labels, search);
  const total = matched > limit ? t.home.pickerTotal(limit, matched) : null;
  return (
    <Select
      {...rest}
      data={data}
      limit={limit}
      searchValue={search}
      onSearchChange={(s) => {
        setSearch(s);
        onSearchChange?.(s);
      }}
      description={total === null ? description : description ? `${String(description)} ${total}.` : total}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
