/** A labelled segmented choice among a fixed list (pendekatan, jenis RHK, jenis intervensi). */
import { SegmentedControl, Stack, Text } from '@mantine/core';

type Props<T extends string> = {
  label: string;
  options: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange: (v: T) => void;
  disabled?: boolean;
};

export function ChoiceControl<T extends string>({ label, options, labels, value, onChange, disabled }: Props<T>) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <SegmentedControl
        value={value}
        disabled={disabled}
        onChange={(v) => {
          const hit = options.find((o) => o === v);
          if (hit !== undefined) onChange(hit);
        }}
        data={options.map((o) => ({ value: o, label: labels[o] }))}
        aria-label={label}
      />
    </Stack>
  );
}
