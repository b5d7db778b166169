/** An SKP (or readiness) status as a coloured badge. */
import { Badge } from '@mantine/core';
import type { ReadinessStatus } from '../../../shared/domain/skp/readiness.js';
import type { SkpStatus } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';
import { STATUS_COLOR } from './skp-format.js';

export function StatusBadge({ status }: { status: SkpStatus | ReadinessStatus }) {
  const t = useT();
  return (
    // Never shrunk below its text: a squeezed table column must not cut "DIAJUKAN" to "DIAJUK…".
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="skp-status" data-status={status} style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {t.skp.status[status]}
    </Badge>
  );
}
