/** Indikator with their targets, one line each, as the SKP form prints them. */
import { Stack, Text } from '@mantine/core';
import type { Indikator } from '../../../shared/domain/skp/types.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { targetText } from './skp-format.js';

export function IndikatorList({ indikator }: { indikator: readonly Indikator[] }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Stack gap={2}>
      {indikator.map((i) => (
        <Text key={i.id} size="xs">
          <Text span c="dimmed" size="xs">
            {t.skp.aspek[i.aspek]}:
          </Text>{' '}
          {i.teks} — <b>{targetText(i.target, lang)}</b>
        </Text>
      ))}
    </Stack>
  );
}
