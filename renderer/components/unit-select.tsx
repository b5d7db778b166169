/**
 * A searchable unit picker: options indented by their depth in the tree, the chosen unit shown by
 * its plain name.
 */
import { Text, type SelectProps } from '@mantine/core';
import { LimitedSelect } from './limited-select.js';
import { useMemo } from 'react';
import type { UnitOption } from '../lib/unit-tree.js';

type Props = Omit<SelectProps, 'data' | 'renderOption'> & { options: UnitOption[] };

export function UnitSelect({ options, ...rest }: Props) {
  const depth = useMemo(() => new Map(options.map((o) => [o.value, o.depth])), [options]);
  const data = useMemo(() => options.map((o) => ({ value: o.value, label: o.label })), [options]);
  return (
    <LimitedSelect
      searchable
      limit={100}
      {...rest}
      data={data}
      renderOption={({ option }) => (
        <Text size="sm" pl={(depth.get(option.value) ?? 0) * 12}>
          {option.label}
        </Text>
      )}
    />
  );
}
