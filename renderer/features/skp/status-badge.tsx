/** An SKP (or readiness) status as a coloured badge. */
import { Badge, Tooltip } from '@mantine/core';
import type { ReadinessStatus } from '../../../shared/domain/skp/readiness.js';
import type { SkpStatus } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';
import { STATUS_COLOR } from './skp-format.js';

export function StatusBadge({ status }: { status: SkpStatus | ReadinessStatus }) {
  const t = useT();
  // Sentence case reads calmer in dense tables and keeps the badge narrow; the tooltip says what
  // the status means for the next step.
  return (
    // Never shrunk below its text: a squeezed table column must not cut "DIAJUKAN" to "DIAJUK…".
    <Tooltip label={t.finish.statusHint[status]} multiline maw={320}>
      <Badge color={STATUS_COLOR[status]} variant="light" tt="none" data-testid="skp-status" data-status={status} style={{ flexShrink: 0, minWidth: 'max-content' }}>
        {t.skp.status[status]}
      </Badge>
    </Tooltip>
  );
}
