/**
 * Progres Unit (operators): per period, who has realisasi in, who is rated, who is locked, and the
 * predikat distribution as numbers and a chart; the list of pegawai pages with its total.
 */
import { BarChart } from '@mantine/charts';
import { Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PREDIKAT_LABEL, PREDIKATS, type PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { currentYear } from '../skp/skp-format.js';
import { useUnits } from '../units/use-units.js';
import { CountPager } from './count-pager.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { LockBadge } from './lock-badge.js';
import { PredikatBadge } from './predikat-badge.js';
import { RealisasiStatusBadge } from './realisasi-status-badge.js';
import { RekapMenu } from './rekap-menu.js';
import { UnitYearBar } from './unit-year-bar.js';

const PAGE_SIZE = 50;

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="xs" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz={22}>
        {value}
      </Text>
    </Paper>
  );
}

export function ProgresPage() {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi.progres;
  const { options } = useUnits();
  const settings = useApiQuery('evaluasi/settingsGet', {}, EVALUASI_ENTITIES);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [tahun, setTahun] = useState(currentYear);
  const [periode, setPeriode] = useState<PeriodeKey>('TAHUNAN');
  const [offset, setOffset] = useState(0);
  const unit = unitId ?? options[0]?.value ?? '';
  const q = useApiQuery('evaluasi/progress', { unitId: unit, tahun, periode, subUnit: true, offset, limit: PAGE_SIZE }, EVALUASI_ENTITIES);
  const v = unit ? q.data : undefined;
  const jenis = settings.data?.periodeEvaluasi ?? 'triwulanan';
  const reset = <T,>(set: (x: T) => void) => (x: T) => {
    set(x);
    setOffset(0);
  };
  return (
    <Stack gap="sm" {...(v ? { 'data-page-content': 'progresUnit' } : {})}>
      <Group justify="space-between">
        <Title order={2}>{w.title}</Title>
        <RekapMenu unitId={unit} tahun={tahun} periode={periode} />
      </Group>
      <Text c="dimmed" size="sm">
        {w.intro}
      </Text>
      <UnitYearBar unitId={unit} onUnit={reset(setUnitId)} tahun={tahun} onTahun={reset(setTahun)} periode={{ value: periode, onChange: reset(setPeriode), jenis }}>
        {q.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
      </UnitYearBar>
      <ErrorAlert error={q.error} />
      {v && (
        <>
          <SimpleGrid cols={4} spacing="sm">
            <Stat label={w.skp} value={formatCount(v.jumlah.skp, lang)} testId="progres-skp" />
            <Stat label={w.realisasiMasuk} value={w.of(v.jumlah.realisasiMasuk, v.jumlah.skp)} testId="progres-realisasi" />
            <Stat label={w.dinilai} value={w.of(v.jumlah.dinilai, v.jumlah.skp)} testId="progres-dinilai" />
            <Stat label={w.terkunci} value={w.of(v.jumlah.terkunci, v.jumlah.skp)} testId="progres-terkunci" />
          </SimpleGrid>
          <SimpleGrid cols={2} spacing="sm">
            <Paper withBorder p="sm">
              <Title order={4} mb="xs">
                {w.distribusi}
              </Title>
              <BarChart
                h={200}
                data={PREDIKATS.map((p) => ({ predikat: PREDIKAT_LABEL[p], jumlah: v.distribusi[p] }))}
                dataKey="predikat"
                series={[{ name: 'jumlah', label: t.evaluasi.kurva.jumlah, color: 'teal.6' }]}
                valueFormatter={(x) => formatCount(x, lang)}
                xAxisProps={{ interval: 0, angle: -15, textAnchor: 'end', height: 44, tick: { fontSize: 11 } }}
                yAxisProps={{ allowDecimals: false }}
                data-testid="progres-chart"
              />
            </Paper>
            <Paper withBorder p="sm">
              <Table withTableBorder striped verticalSpacing={4} data-testid="progres-distribusi">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{w.colPredikat}</Table.Th>
                    <Table.Th ta="right">{t.evaluasi.kurva.colJumlah}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {PREDIKATS.map((p) => (
                    <Table.Tr key={p}>
                      <Table.Td>{PREDIKAT_LABEL[p]}</Table.Td>
                      <Table.Td ta="right">{formatCount(v.distribusi[p], lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          </SimpleGrid>
          {v.rows.length > 0 ? (
            <Table withTableBorder striped verticalSpacing={4} data-testid="progres-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.colPegawai}</Table.Th>
                  <Table.Th>{w.colRealisasi}</Table.Th>
                  <Table.Th>{w.colDinilai}</Table.Th>
                  <Table.Th>{w.colPredikat}</Table.Th>
                  <Table.Th>{w.colKunci}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {v.rows.map((r) => (
                  <Table.Tr key={r.skpId} data-testid="progres-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.pegawai.namaLengkap}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatNip(r.pegawai.nip)} · {r.pegawai.jabatanNama}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RealisasiStatusBadge status={r.realisasi} />
                    </Table.Td>
                    <Table.Td>{r.dinilai ? t.evaluasi.common.ya : t.evaluasi.common.belum}</Table.Td>
                    <Table.Td>
                      <PredikatBadge predikat={r.predikat} />
                    </Table.Td>
                    <Table.Td>{r.terkunci ? <LockBadge /> : t.app.none}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text c="dimmed">{w.empty}</Text>
          )}
          <CountPager total={v.total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} range={w.range} />
        </>
      )}
    </Stack>
  );
}
