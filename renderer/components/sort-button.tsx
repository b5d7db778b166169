/**
 * A column heading that sorts: the label and an arrow for the current direction. A first click
 * sorts by the column ascending, a second click on the same column reverses it.
 *
 * @example
 * <SortButton label="NIP" column="nip" sort={sort} onSort={setSort} />
 */
import { Group, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useT } from '../i18n/i18n.js';

export type SortState<C extends string> = { by: C; desc: boolean };

/** The next state after a click on `column`. */
export function nextSort<C extends string>(current: SortState<C>, column: C): SortState<C> {
  return current.by === column ? { by: column, desc: !current.desc } : { by: column, desc: false };
}

type Props<C extends string> = { label: string; column: C; sort: SortState<C>; onSort: (next: SortState<C>) => void };

export function SortButton<C extends string>({ label, column, sort, onSort }: Props<C>) {
  const t = useT();
  const active = sort.by === column;
  const Icon = !active ? IconSelector : sort.desc ? IconChevronDown : IconChevronUp;
  const state = active ? `, ${sort.desc ? t.finish.sort.descending : t.finish.sort.ascending}` : '';
  return (
    <UnstyledButton
      onClick={() => onSort(nextSort(sort, column))}
      aria-label={`${t.finish.sort.by(label)}${state}`}
      aria-pressed={active}
      data-sort={active ? (sort.desc ? 'desc' : 'asc') : undefined}
      style={{ font: 'inherit', color: 'inherit', textTransform: 'inherit' }}
    >
      <Group gap={2} wrap="nowrap" component="span">
        <span>{label}</span>
        <Icon size={14} stroke={1.8} aria-hidden opacity={active ? 1 : 0.45} />
      </Group>
    </UnstyledButton>
  );
}
