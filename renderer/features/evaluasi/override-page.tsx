/**
 * Penilai (Plt./Plh.): who rates a pegawai instead of the holder of the atasan jabatan — acting
 * heads and corrections of wrong imported atasan. List per unit with its total, add, cancel; each
 * row's warnings (a penilai below pengawas level) shown, never blocking.
 */
import { Alert, Badge, Button, Checkbox, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { JENIS_PENILAI_OVERRIDE_LABEL } from '../../../shared/domain/evaluasi/types.js';
import type { PenilaiOverrideRow } from '../../../shared/entities-evaluasi.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDate, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { UnitSelect } from '../../components/unit-select.js';
import { CountPager } from './count-pager.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { OverrideFormModal } from './override-form-modal.js';
import { ReasonModal } from './reason-modal.js';
import { useMutation } from './use-mutation.js';

const PAGE_SIZE = 50;

function Person({ p }: { p: PenilaiOverrideRow['pegawai'] }) {
  return (
    <>
      <Text size="sm" fw={500}>
        {p.namaLengkap}
      </Text>
      <Text size="xs" c="dimmed">
        {formatNip(p.nip)} · {p.jabatanNama}
      </Text>
    </>
  );
}

export function OverridePage({ filter }: { filter?: { pegawaiId: string } | undefined }) {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi.override;
  const toast = useToast();
  const m = useMutation();
  const { options } = useUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [withCancelled, setWithCancelled] = useState(false);
  const [offset, setOffset] = useState(0);
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<PenilaiOverrideRow | null>(null);
  const [saved, setSaved] = useState<PenilaiOverrideRow | null>(null);
  const [onlyPegawai, setOnlyPegawai] = useState<string | null>(filter?.pegawaiId ?? null);
  const unit = unitId ?? options[0]?.value ?? null;
  const scope = onlyPegawai ? { pegawaiId: onlyPegawai } : { unitId: unit ?? '' };
  const q = useApiQuery('penilai/overrides', { ...scope, termasukDibatalkan: withCancelled, offset, limit: PAGE_SIZE }, EVALUASI_ENTITIES);
  const rows = q.data?.rows ?? [];
  const ready = q.data !== undefined && (onlyPegawai !== null || unit !== null);
  const cancel = async () => {
    if (!cancelling) return;
    const r = await m.run('penilai/overrideCancel', { id: cancelling.id });
    if (r.ok) {
      setCancelling(null);
      toast.show({ message: w.cancelled });
      q.reload();
    }
  };
  const berlaku = (r: PenilaiOverrideRow) => `${formatDate(r.mulai, lang)} – ${r.selesai ? formatDate(r.selesai, lang) : w.terbuka}`;
  return (
    <Stack gap="sm" {...(ready ? { 'data-page-content': 'penilaiOverride' } : {})}>
      <Title order={2}>{w.title}</Title>
      <Text c="dimmed" size="sm">
        {w.intro}
      </Text>
      <Group align="flex-end" gap="sm">
        {onlyPegawai ? (
          <Button variant="default" onClick={() => setOnlyPegawai(null)}>
            {w.allUnit}
          </Button>
        ) : (
          <UnitSelect label={t.evaluasi.common.unit} options={options} value={unit} onChange={(v) => { if (v) { setUnitId(v); setOffset(0); } }} allowDeselect={false} w={300} />
        )}
        <Checkbox label={w.showCancelled} checked={withCancelled} onChange={(e) => { setWithCancelled(e.currentTarget.checked); setOffset(0); }} mb={8} />
        {q.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
        <Button ml="auto" onClick={() => setAdding(true)}>
          {w.add}
        </Button>
      </Group>
      <ErrorAlert error={q.error} />
      {saved && saved.peringatan.length > 0 && (
        <Alert color="yellow" variant="light" withCloseButton onClose={() => setSaved(null)} closeButtonLabel={t.app.close} data-testid="override-saved-warning">
          {saved.peringatan.join(' ')}
        </Alert>
      )}
      {rows.length > 0 ? (
        <Table withTableBorder striped verticalSpacing={4} data-testid="override-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{w.colPegawai}</Table.Th>
              <Table.Th>{w.colPenilai}</Table.Th>
              <Table.Th>{w.colJenis}</Table.Th>
              <Table.Th>{w.colBerlaku}</Table.Th>
              <Table.Th>{w.colStatus}</Table.Th>
              <Table.Th>{w.colAlasan}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="override-row">
                <Table.Td>
                  <Person p={r.pegawai} />
                </Table.Td>
                <Table.Td>
                  <Person p={r.penilai} />
                  {r.peringatan.map((p) => (
                    <Text key={p} size="xs" c="orange.8" data-testid="override-warning">
                      {p}
                    </Text>
                  ))}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{JENIS_PENILAI_OVERRIDE_LABEL[r.jenis]}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{berlaku(r)}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={r.dibatalkan ? 'gray' : r.berlaku ? 'teal' : 'yellow'} variant="light" style={{ overflow: 'visible' }}>
                    {r.dibatalkan ? w.dibatalkan : r.berlaku ? w.aktif : w.tidakAktif}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {r.alasan}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {!r.dibatalkan && (
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setCancelling(r)} aria-label={w.cancelOf(r.pegawai.namaLengkap)}>
                      {w.cancel}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        q.data && <Text c="dimmed">{w.empty}</Text>
      )}
      {q.data && <CountPager total={q.data.total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} range={(_f, _t, total) => w.total(total)} />}
      {adding && (
        <OverrideFormModal
          onSaved={(row) => {
            setAdding(false);
            setSaved(row);
            toast.show({ message: w.saved });
            q.reload();
          }}
          onClose={() => setAdding(false)}
        />
      )}
      {cancelling && (
        <ReasonModal
          title={w.cancelTitle}
          intro={w.cancelConfirm(cancelling.pegawai.namaLengkap)}
          confirm={w.cancel}
          color="red"
          busy={m.busy}
          error={m.error}
          onConfirm={() => void cancel()}
          onClose={() => setCancelling(null)}
        />
      )}
    </Stack>
  );
}
