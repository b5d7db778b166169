/** "Terkunci" with a lock icon: the period's evaluation is finished. */
import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n.js';

export function LockBadge() {
  const t = useT();
  return (
    <Badge color="gray" variant="filled" leftSection={<IconLock size={12} aria-hidden />} data-testid="lock-badge" style={{ overflow: 'visible' }}>
      {t.evaluasi.rating.lockedBadge}
    </Badge>
  );
}
