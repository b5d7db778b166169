/** "1–50 dari 204 pegawai" and the page buttons under an evaluation list: every list shows its total. */
import { Group, Pagination, Text } from '@mantine/core';

type Props = { total: number; offset: number; pageSize: number; onOffset: (offset: number) => void; range: (from: number, to: number, total: number) => string };

export function CountPager({ total, offset, pageSize, onOffset, range }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm">
      <Text c="dimmed" size="sm" data-testid="list-range">
        {range(total === 0 ? 0 : offset + 1, Math.min(total, offset + pageSize), total)}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={Math.floor(offset / pageSize) + 1} onChange={(p) => onOffset((p - 1) * pageSize)} />}
    </Group>
  );
}
