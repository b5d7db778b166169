/** The predikat kinerja pegawai as a coloured badge, in the regulation's own words. */
import { Badge, type BadgeProps } from '@mantine/core';
import { PREDIKAT_LABEL, type Predikat } from '../../../shared/domain/evaluasi/types.js';
import { useT } from '../../i18n/i18n.js';
import { PREDIKAT_COLOR } from './labels.js';

export function PredikatBadge({ predikat, ...rest }: { predikat: Predikat | null } & BadgeProps) {
  const t = useT();
  if (predikat === null) {
    return (
      <Badge color="gray" variant="outline" data-testid="predikat-badge" data-predikat="" style={{ overflow: 'visible' }} {...rest}>
        {t.evaluasi.common.belum}
      </Badge>
    );
  }
  return (
    <Badge color={PREDIKAT_COLOR[predikat]} variant="light" data-testid="predikat-badge" data-predikat={predikat} style={{ overflow: 'visible' }} {...rest}>
      {PREDIKAT_LABEL[predikat]}
    </Badge>
  );
}
