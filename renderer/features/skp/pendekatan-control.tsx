/** Kuantitatif / kualitatif, with its label; used by the create, header, template and bulk forms. */
import { SegmentedControl, Stack, Text } from '@mantine/core';
import { PENDEKATAN, type Pendekatan } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';

type Props = { value: Pendekatan; onChange: (p: Pendekatan) => void; disabled?: boolean };

function isPendekatan(v: string): v is Pendekatan {
  return (PENDEKATAN as readonly string[]).includes(v);
}

export function PendekatanControl({ value, onChange, disabled }: Props) {
  const t = useT();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t.skp.create.pendekatan}
      </Text>
      <SegmentedControl
        value={value}
        disabled={disabled}
        onChange={(v) => {
          if (isPendekatan(v)) onChange(v);
        }}
        data={PENDEKATAN.map((p) => ({ value: p, label: t.skp.pendekatan[p] }))}
        aria-label={t.skp.create.pendekatan}
      />
    </Stack>
  );
}
