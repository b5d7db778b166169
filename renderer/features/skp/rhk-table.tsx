/**
 * The hasil kerja table: groups A. UTAMA and B. TAMBAHAN, each row with the atasan RHK it
 * intervenes (or the Perjanjian Kinerja for the head of the unit), the "menunggu RHK atasan"
 * badge, the return note for the row, and the row's actions when the plan is editable.
 */
import { Alert, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { RhkView, SkpDetail } from '../../../shared/entities.js';
import { JENIS_RHK } from '../../../shared/domain/skp/types.js';
import { glossaryText, TermHint } from '../../components/term-hint.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { IndikatorList } from './indikator-list.js';
import { groupRhk, rhkNumber } from './skp-format.js';

type Props = {
  detail: SkpDetail;
  editable: boolean;
  onEdit: (r: RhkView) => void;
  onDelete: (r: RhkView) => void;
  onLink: (r: RhkView) => void;
};

export function IntervensiCell({ r, isPuncak }: { r: RhkView; isPuncak: boolean }) {
  const t = useT();
  const { lang } = useLang();
  if (isPuncak) {
    return (
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {t.skp.rhk.perjanjianKinerja}
        </Text>
        <Text size="sm">{r.intervensiPerjanjianKinerja ?? t.app.none}</Text>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      {r.intervensi && (
        <Text size="sm">
          {rhkNumber(r.intervensi)} {r.intervensi.teks}
          <Text span size="xs" c="dimmed">
            {' '}
            — {r.intervensi.pemilikNama}
            {r.jenisIntervensi && ` · ${t.skp.jenisIntervensi[r.jenisIntervensi]}`}
          </Text>
        </Text>
      )}
      {r.intervensi?.versiLama && (
        <Badge color="orange" variant="light" size="sm">
          {t.skp.rhk.versiLama}
        </Badge>
      )}
      {r.menungguRhkAtasan && (
        <Tooltip label={glossaryText('menunggu RHK atasan', lang)} multiline maw={320}>
          <Badge color="yellow" variant="filled" size="sm" data-testid="menunggu-badge">
            {t.skp.rhk.menunggu}
          </Badge>
        </Tooltip>
      )}
      {!r.intervensi && !r.menungguRhkAtasan && <Text c="dimmed">{t.app.none}</Text>}
    </Stack>
  );
}

export function RhkTable({ detail, editable, onEdit, onDelete, onLink }: Props) {
  const t = useT();
  const groups = groupRhk(detail.rhk);
  if (detail.rhk.length === 0) return <Text c="dimmed">{t.skp.rhk.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="xs" withTableBorder data-testid="rhk-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={50}>{t.skp.rhk.colNo}</Table.Th>
            <Table.Th w="28%">
              {detail.isPuncak ? (
                <TermHint term="Perjanjian Kinerja">{t.skp.rhk.perjanjianKinerja}</TermHint>
              ) : (
                <TermHint term="intervensi">{t.skp.rhk.colIntervensi}</TermHint>
              )}
            </Table.Th>
            <Table.Th>{t.skp.rhk.colRhk}</Table.Th>
            <Table.Th>{t.skp.rhk.colIndikator}</Table.Th>
            {editable && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        {JENIS_RHK.map((jenis) =>
          groups[jenis].length === 0 ? null : (
            <Table.Tbody key={jenis}>
              <Table.Tr>
                <Table.Td colSpan={editable ? 5 : 4} fw={700} bg="gray.0">
                  {t.skp.jenisRhk[jenis]}
                </Table.Td>
              </Table.Tr>
              {groups[jenis].map((r) => {
                const no = rhkNumber(r);
                return (
                  <Table.Tr key={r.id} data-testid="rhk-row" data-menunggu={r.menungguRhkAtasan ? 'true' : 'false'}>
                    <Table.Td>{no}</Table.Td>
                    <Table.Td>
                      <IntervensiCell r={r} isPuncak={detail.isPuncak} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={4}>
                        <Text size="sm" fw={500}>
                          {r.teks}
                        </Text>
                        {r.perspektif && (
                          <Text size="xs" c="dimmed">
                            {r.perspektif}
                          </Text>
                        )}
                        {r.diintervensiOleh > 0 && (
                          <Text size="xs" c="dimmed">
                            {t.skp.rhk.diintervensiOleh(r.diintervensiOleh)}
                          </Text>
                        )}
                        {r.returnNote && (
                          <Alert color="orange" variant="light" p="xs" title={t.skp.editor.returnNoteRhk} data-testid="rhk-return-note">
                            {r.returnNote}
                          </Alert>
                        )}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <IndikatorList indikator={r.indikator} />
                    </Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          {!detail.isPuncak && (
                            <Button size="compact-xs" variant="light" onClick={() => onLink(r)} aria-label={t.skp.rhk.linkOf(no)}>
                              {r.intervensiRhkId ? t.skp.rhk.relink : t.skp.rhk.link}
                            </Button>
                          )}
                          <Button size="compact-xs" variant="subtle" onClick={() => onEdit(r)} aria-label={t.skp.rhk.editOf(no)}>
                            {t.skp.rhk.edit}
                          </Button>
                          <Button size="compact-xs" variant="subtle" color="red" onClick={() => onDelete(r)} aria-label={t.skp.rhk.deleteOf(no)}>
                            {t.skp.common.delete}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          ),
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
