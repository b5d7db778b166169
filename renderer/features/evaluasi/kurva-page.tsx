/**
 * Kurva Distribusi (operators): for a unit and year, the predikat kinerja organisasi the operator
 * records, the unit's spread of predikat against the circular's curve as bars and as numbers, and
 * the warnings (never blocking) with who is affected.
 */
import { Alert, Badge, Group, List, Loader, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PREDIKAT_LABEL, PREDIKAT_ORGANISASI_LABEL, PREDIKATS, PREDIKATS_ORGANISASI, type PeriodeKey, type PredikatOrganisasi } from '../../../shared/domain/evaluasi/types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { currentYear } from '../skp/skp-format.js';
import { useUnits } from '../units/use-units.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { KurvaChart } from './kurva-chart.js';
import { kurvaChartRows } from './kurva-chart-data.js';
import { formatPercent } from './labels.js';
import { PredikatBadge } from './predikat-badge.js';
import { UnitYearBar } from './unit-year-bar.js';
import { useMutation } from './use-mutation.js';

function isPo(v: string | null): v is PredikatOrganisasi {
  return (PREDIKATS_ORGANISASI as readonly (string | null)[]).includes(v);
}

export function KurvaPage() {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi.kurva;
  const toast = useToast();
  const m = useMutation();
  const { options } = useUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [tahun, setTahun] = useState(currentYear);
  // The curve is the annual rule; a period's spread shows early where the year is heading.
  const [periode, setPeriode] = useState<PeriodeKey>('TAHUNAN');
  const settings = useApiQuery('evaluasi/settingsGet', {}, EVALUASI_ENTITIES);
  const jenis = settings.data?.periodeEvaluasi ?? 'triwulanan';
  const unit = unitId ?? options[0]?.value ?? null;
  const q = useApiQuery('kurva/get', { unitId: unit ?? '', tahun, periode, subUnit: true }, EVALUASI_ENTITIES);
  const v = unit ? q.data : undefined;
  const setPo = async (po: PredikatOrganisasi) => {
    if (!unit) return;
    const r = await m.run('kurva/setPredikatOrganisasi', { unitId: unit, tahun, predikat: po });
    if (r.ok) {
      toast.show({ message: w.setSaved });
      q.reload();
    }
  };
  return (
    <Stack gap="sm" {...(v ? { 'data-page-content': 'kurva' } : {})}>
      <Title order={2}>{w.title}</Title>
      <Text c="dimmed" size="sm">
        {w.intro}
      </Text>
      <UnitYearBar unitId={unit} onUnit={setUnitId} tahun={tahun} onTahun={setTahun} periode={{ value: periode, onChange: setPeriode, jenis }}>
        <Select
          label={w.predikatOrganisasi}
          placeholder={w.predikatOrganisasiPlaceholder}
          data={PREDIKATS_ORGANISASI.map((p) => ({ value: p, label: PREDIKAT_ORGANISASI_LABEL[p] }))}
          value={v?.predikatOrganisasi ?? null}
          onChange={(x) => {
            if (isPo(x)) void setPo(x);
          }}
          disabled={!v?.bolehAturPredikat}
          description={v && !v.bolehAturPredikat ? w.cannotSet : undefined}
          error={m.error?.message}
          allowDeselect={false}
          w={240}
          data-testid="predikat-organisasi"
          comboboxProps={{ withinPortal: true }}
        />
        {q.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </UnitYearBar>
      <ErrorAlert error={q.error} />
      {v && (
        <>
          <SimpleGrid cols={2} spacing="sm">
            <Paper withBorder p="sm">
              <Title order={4} mb="xs">
                {w.chartTitle}
              </Title>
              <KurvaChart rows={kurvaChartRows(v.spread, v.predikatOrganisasi)} unitLabel={v.unitNama} batasLabel={w.batas} />
            </Paper>
            <Paper withBorder p="sm">
              <Table withTableBorder striped verticalSpacing={4} data-testid="kurva-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{w.colPredikat}</Table.Th>
                    <Table.Th ta="right">{w.colJumlah}</Table.Th>
                    <Table.Th ta="right">{w.colPersen}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {PREDIKATS.map((p) => (
                    <Table.Tr key={p} data-testid="kurva-row" data-predikat={p}>
                      <Table.Td>{PREDIKAT_LABEL[p]}</Table.Td>
                      <Table.Td ta="right">{formatCount(v.spread[p].count, lang)}</Table.Td>
                      <Table.Td ta="right">{formatPercent(v.spread[p].percent, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group gap="sm" mt="xs">
                <Text size="sm" fw={500} data-testid="kurva-dinilai">
                  {w.dinilai(v.dinilai)}
                </Text>
                <Text size="sm" c="dimmed">
                  {w.belumDinilai(v.belumDinilai)}
                </Text>
              </Group>
              <Text size="sm" fw={600} mt="xs">
                {w.aturan}
              </Text>
              {v.aturan.length > 0 ? (
                <List size="sm">
                  {v.aturan.map((a) => (
                    <List.Item key={a}>{a}</List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {w.noAturan}
                </Text>
              )}
            </Paper>
          </SimpleGrid>
          {v.predikatOrganisasi && v.peringatan.length === 0 && (
            <Alert color="teal" variant="light" data-testid="kurva-ok">
              {w.noWarnings}
            </Alert>
          )}
          {v.peringatan.map((p) => (
            <Alert key={p.aturan} color="yellow" variant="light" title={p.pesan} data-testid="kurva-warning">
              <Text size="xs" mb={4}>
                {w.affected(p.pegawai.length)}
              </Text>
              <Group gap={6}>
                {p.pegawai.map((x) => (
                  <Badge key={x.skpId} variant="outline" color="gray" style={{ overflow: 'visible', textTransform: 'none' }} rightSection={<PredikatBadge predikat={x.predikat} size="xs" />} title={formatNip(x.nip)}>
                    {x.namaLengkap}
                  </Badge>
                ))}
              </Group>
            </Alert>
          ))}
        </>
      )}
    </Stack>
  );
}
