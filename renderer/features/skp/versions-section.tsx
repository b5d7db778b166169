/** The version chain (perubahan SKP) and the workflow history of the open SKP. */
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { SkpDetail } from '../../../shared/entities.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime } from '../../lib/format.js';
import { StatusBadge } from './status-badge.js';

type Props = { detail: SkpDetail; onOpen: (skpId: string) => void };

export function VersionsSection({ detail, onOpen }: Props) {
  const t = useT();
  const { lang } = useLang();
  const versions = [...detail.versions].sort((a, b) => b.versi - a.versi);
  return (
    <Stack gap={4} data-testid="skp-versions">
      {versions.map((v) => (
        <Group key={v.id} gap="xs">
          <Text size="sm" fw={v.id === detail.skp.id ? 700 : 400}>
            {t.skp.common.versi(v.versi)}
          </Text>
          <StatusBadge status={v.status} />
          {v.berlaku && (
            <Badge color="teal" variant="outline" size="sm">
              {t.skp.versions.berlaku}
            </Badge>
          )}
          {v.approvedAt && (
            <Text size="xs" c="dimmed">
              {t.skp.versions.approvedAt(formatDateTime(v.approvedAt, lang))}
            </Text>
          )}
          {v.id === detail.skp.id ? (
            <Text size="xs" c="dimmed">
              ({t.skp.versions.current})
            </Text>
          ) : (
            <Button size="compact-xs" variant="subtle" onClick={() => onOpen(v.id)}>
              {t.skp.versions.view(v.versi)}
            </Button>
          )}
        </Group>
      ))}
    </Stack>
  );
}

export function HistorySection({ detail }: { detail: SkpDetail }) {
  const t = useT();
  const { lang } = useLang();
  if (detail.riwayat.length === 0) return <Text c="dimmed">{t.skp.history.empty}</Text>;
  return (
    <Table verticalSpacing={4} data-testid="skp-history">
      <Table.Tbody>
        {[...detail.riwayat].reverse().map((h) => (
          <Table.Tr key={`${h.at}-${h.action}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at, lang)}</Table.Td>
            <Table.Td>{t.skp.action[h.action]}</Table.Td>
            <Table.Td>
              {h.actorNama ?? t.app.none}
              {h.delegasiPenilaiNama && ` (${t.skp.history.delegasiOf(h.delegasiPenilaiNama)})`}
            </Table.Td>
            <Table.Td>{h.catatan ?? ''}</Table.Td>
            <Table.Td data-testid="skp-history-signature">
              <Text size="xs" c={h.signed ? 'teal.8' : 'dimmed'}>
                {h.signed ? t.skp.history.signedBy(h.actorNama ?? t.app.none) : t.skp.history.unverified}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
