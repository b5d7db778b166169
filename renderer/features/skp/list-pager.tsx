/** "1–50 dari 1.204 SKP" and the page buttons under an SKP list: every list shows its total. */
import { Group, Pagination, Text } from '@mantine/core';
import { useT } from '../../i18n/i18n.js';

type Props = { total: number; offset: number; pageSize: number; onOffset: (offset: number) => void };

export function ListPager({ total, offset, pageSize, onOffset }: Props) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const shownTo = Math.min(total, offset + pageSize);
  return (
    <Group justify="space-between" gap="sm">
      <Text c="dimmed" size="sm" data-testid="list-range">
        {t.home.range(total === 0 ? 0 : offset + 1, shownTo, total)}
      </Text>
      {pages > 1 && <Pagination size="sm" total={pages} value={Math.floor(offset / pageSize) + 1} onChange={(p) => onOffset((p - 1) * pageSize)} />}
    </Group>
  );
}
