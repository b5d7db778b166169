/** The evaluation's steps (rated, locked, reopened with the reason, acknowledged), newest first. */
import { Badge, Group, Stack, Text } from '@mantine/core';
import { EVALUASI_ACTION_LABEL } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiEventView } from '../../../shared/entities-evaluasi.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime } from '../../lib/format.js';

export function RiwayatList({ events }: { events: readonly EvaluasiEventView[] }) {
  const t = useT();
  const { lang } = useLang();
  if (events.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t.evaluasi.session.riwayatEmpty}
      </Text>
    );
  }
  return (
    <Stack gap={4} data-testid="evaluasi-riwayat">
      {[...events].reverse().map((e, i) => (
        <Group key={`${e.at}:${i}`} gap="xs" wrap="nowrap" align="flex-start" data-testid="riwayat-event" data-action={e.action}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(e.at, lang)}
          </Text>
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {EVALUASI_ACTION_LABEL[e.action]}
          </Text>
          <Text size="sm">{e.actorNama ?? t.audit.system}</Text>
          {e.signed && (
            <Badge size="xs" variant="outline" color="teal" style={{ overflow: 'visible' }}>
              {t.evaluasi.session.signed}
            </Badge>
          )}
          {e.alasan && (
            <Text size="sm" c="dimmed" fs="italic">
              “{e.alasan}”
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
