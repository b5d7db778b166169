/** Where a period's realisasi stands: not filled, draft, reported, revision asked. */
import { Badge } from '@mantine/core';
import type { StatusRealisasi } from '../../../shared/domain/evaluasi/types.js';
import { useT } from '../../i18n/i18n.js';
import { STATUS_REALISASI_COLOR } from './labels.js';

export function RealisasiStatusBadge({ status }: { status: StatusRealisasi | null }) {
  const t = useT();
  const key = status ?? 'kosong';
  return (
    <Badge color={STATUS_REALISASI_COLOR[key]} variant="light" data-testid="realisasi-status" data-status={key} style={{ overflow: 'visible' }}>
      {t.evaluasi.common.statusRealisasi[key]}
    </Badge>
  );
}
