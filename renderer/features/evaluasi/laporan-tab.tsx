/**
 * Laporan Harian: the pegawai's daily activities in a date range (this month by default), with
 * the total count and minutes, add/edit/delete (entries of a locked period are read-only), and the
 * weekly/monthly rekap of the same range.
 */
import { Badge, Button, Grid, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { LaporanHarianRow } from '../../../shared/entities-evaluasi.js';
import type { SkpSummary } from '../../../shared/entities.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatCount, formatDate } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { groupRhk, rhkNumber } from '../skp/skp-format.js';
import { CountPager } from './count-pager.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { isoOfDate, monthRange } from './iso-today.js';
import { formatNumber } from './labels.js';
import { LaporanFormModal } from './laporan-form-modal.js';
import { LaporanRekap } from './laporan-rekap.js';

const PAGE_SIZE = 100;

export function LaporanTab({ skp, pegawaiId }: { skp: SkpSummary; pegawaiId: string }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const w = t.evaluasi.laporan;
  const initial = useMemo(() => monthRange(new Date()), []);
  const [from, setFrom] = useState<string | null>(initial.from);
  const [to, setTo] = useState<string | null>(initial.to);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<LaporanHarianRow | 'new' | null>(null);
  const range = from && to && from <= to ? { from, to } : initial;
  const list = useApiQuery('laporan/list', { pegawaiId, ...range, offset, limit: PAGE_SIZE }, EVALUASI_ENTITIES);
  const rekap = useApiQuery('laporan/rekap', { pegawaiId, ...range }, EVALUASI_ENTITIES);
  const detail = useApiQuery('skp/get', { id: skp.id }, EVALUASI_ENTITIES);
  const rhkOptions = useMemo(() => {
    const g = groupRhk(detail.data?.rhk ?? []);
    return [...g.utama, ...g.tambahan].map((r) => ({ value: r.id, label: `${rhkNumber(r)} ${r.teks}` }));
  }, [detail.data]);
  const rhkNo = useMemo(() => new Map(rhkOptions.map((o) => [o.value, o.label.split(' ')[0] ?? ''])), [rhkOptions]);
  const rows = list.data?.rows ?? [];
  const remove = async (row: LaporanHarianRow) => {
    const r = await invoke('laporan/delete', { id: row.id });
    toast.show(r.ok ? { message: w.deleted } : { color: 'red', message: r.error.message, sticky: true });
    list.reload();
    rekap.reload();
  };
  const today = isoOfDate(new Date());
  return (
    <Grid gap="md" data-testid="laporan-tab">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="sm">
          <Group align="flex-end" gap="sm">
            <DateField label={w.from} value={from} onChange={(v) => { setFrom(v); setOffset(0); }} required />
            <DateField label={w.to} value={to} onChange={(v) => { setTo(v); setOffset(0); }} required />
            <Button onClick={() => setEditing('new')} ml="auto">
              {w.add}
            </Button>
            {list.loading && <Loader size="sm" aria-label={t.app.loading} />}
          </Group>
          <ErrorAlert error={list.error} />
          {rows.length > 0 ? (
            <Table withTableBorder striped verticalSpacing={4} data-testid="laporan-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.colTanggal}</Table.Th>
                  <Table.Th>{w.colKegiatan}</Table.Th>
                  <Table.Th>{w.colRhk}</Table.Th>
                  <Table.Th>{w.colOutput}</Table.Th>
                  <Table.Th ta="right">{w.colVolume}</Table.Th>
                  <Table.Th ta="right">{w.colMenit}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.id} data-testid="laporan-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.tanggal, lang)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.kegiatan}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" title={r.rhkTeks ?? undefined}>
                        {r.rhkId ? (rhkNo.get(r.rhkId) ?? r.rhkTeks) : w.rhkNone}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.output || t.app.none}</Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(r.volume, lang)}</Table.Td>
                    <Table.Td ta="right">{formatCount(r.menit, lang)}</Table.Td>
                    <Table.Td>
                      {r.terkunci ? (
                        <Badge color="gray" variant="light" size="sm" style={{ overflow: 'visible' }}>
                          {w.lockedRow}
                        </Badge>
                      ) : (
                        <Group gap={4} wrap="nowrap">
                          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(r)} aria-label={w.editOf(r.kegiatan)}>
                            {w.edit}
                          </Button>
                          <SubmitButton type="button" size="compact-xs" variant="subtle" color="red" onClick={() => void remove(r)} aria-label={w.deleteOf(r.kegiatan)}>
                            {w.delete}
                          </SubmitButton>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            list.data && (
              <Text size="sm" c="dimmed">
                {w.empty}
              </Text>
            )
          )}
          {list.data && (
            <CountPager total={list.data.total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} range={() => w.total(list.data?.total ?? 0, list.data?.totalMenit ?? 0)} />
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <ErrorAlert error={rekap.error} />
        {rekap.data && <LaporanRekap rekap={rekap.data} />}
      </Grid.Col>
      {editing && (
        <LaporanFormModal
          skpId={skp.id}
          rhkOptions={rhkOptions}
          entry={editing === 'new' ? null : editing}
          defaultTanggal={today >= skp.periode.mulai && today <= skp.periode.selesai ? today : skp.periode.mulai}
          onSaved={() => {
            setEditing(null);
            list.reload();
            rekap.reload();
          }}
          onClose={() => setEditing(null)}
        />
      )}
    </Grid>
  );
}
