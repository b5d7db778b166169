/** Capaian as an aid (realisasi ÷ target), marked when capped or when lower is better. */
import { Stack, Text, Tooltip } from '@mantine/core';
import { CAPAIAN_MAKS } from '../../../shared/domain/evaluasi/capaian.js';
import type { IndikatorPeriodeView } from '../../../shared/entities-evaluasi.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatPercent } from './labels.js';

export function CapaianCell({ ind }: { ind: IndikatorPeriodeView }) {
  const t = useT();
  const { lang } = useLang();
  const s = t.evaluasi.session;
  return (
    <Stack gap={0} data-testid="capaian">
      {ind.capaian ? (
        <Text size="sm" fw={500}>
          {formatPercent(ind.capaian.persen, lang)}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t.app.none}
        </Text>
      )}
      {ind.capaian?.capped && (
        <Text size="xs" c="dimmed">
          {s.capaianCapped(CAPAIAN_MAKS)}
        </Text>
      )}
      {ind.progresRencana && (
        <Text size="xs" c="dimmed">
          {s.progres(formatPercent(ind.progresRencana.persen, lang))}
        </Text>
      )}
      {ind.lowerIsBetter && (
        <Tooltip label={t.evaluasi.common.lowerIsBetterHint} multiline maw={300}>
          <Text size="xs" c="orange.8" fs="italic" data-testid="lower-is-better" tabIndex={0} style={{ whiteSpace: 'nowrap' }}>
            ↓ {t.evaluasi.common.lowerIsBetter}
          </Text>
        </Tooltip>
      )}
    </Stack>
  );
}
