/** One of the pejabat penilai's two ratings: Di Atas / Sesuai / Di Bawah Ekspektasi, as radio cards in one row. */
import { Group, Radio, Text } from '@mantine/core';
import { RATINGS, RATING_LABEL, type Rating } from '../../../shared/domain/evaluasi/types.js';

type Props = { label: string; value: Rating | null; onChange: (r: Rating) => void; disabled: boolean; error?: string | undefined; testId: string };

function isRating(v: string): v is Rating {
  return (RATINGS as readonly string[]).includes(v);
}

export function RatingControl({ label, value, onChange, disabled, error, testId }: Props) {
  return (
    <Radio.Group
      label={label}
      value={value}
      onChange={(v) => {
        if (isRating(v)) onChange(v);
      }}
      error={error}
      data-testid={testId}
    >
      <Group gap="md" mt={4} wrap="nowrap">
        {RATINGS.map((r) => (
          <Radio key={r} value={r} disabled={disabled} label={<Text size="sm" style={{ whiteSpace: 'nowrap' }}>{RATING_LABEL[r]}</Text>} />
        ))}
      </Group>
    </Radio.Group>
  );
}
