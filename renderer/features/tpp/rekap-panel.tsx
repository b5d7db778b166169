/** The rekap table of one month and unit: one row per pegawai, the factors beside the money, the total last. */
import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { TallyBand } from '../../../shared/domain/tpp/disiplin.js';
import type { TppRekapRow } from '../../../shared/entities-tpp.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { downloadFile } from '../../lib/download.js';
import { formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import type { Bulan } from './tpp-page.js';

type ColumnKey = 'pegawai' | 'kelas' | 'hadir' | 'izin' | 'tk' | 'tlPsw' | 'disiplin' | 'predikat' | 'dasar' | 'tpp';
/** Header order and alignment; figures align right like their cells. */
const COLUMNS: readonly (readonly [ColumnKey, 'left' | 'right'])[] = [
  ['pegawai', 'left'], ['kelas', 'right'], ['hadir', 'right'], ['izin', 'right'], ['tk', 'right'],
  ['tlPsw', 'right'], ['disiplin', 'right'], ['predikat', 'left'], ['dasar', 'right'], ['tpp', 'right'],
];

/** One side's occurrences per band as "TL 1/0/0/0"; the minutes of each band on hover. */
function Bands({ side, tally }: { side: 'TL' | 'PSW'; tally: TallyBand[] }) {
  const t = useT();
  return (
    <Tooltip label={tally.map((b) => t.tpp.rekap.bandTitle(side, b.band, b.kali, b.menit)).join(' · ')}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {`${side} ${tally.map((b) => b.kali).join('/')}`}
      </Text>
    </Tooltip>
  );
}

/** A figure with its context in small print below it (e.g. "19" over "dari 21 hari"), so two columns fit in one. */
function Figure({ main, sub }: { main: ReactNode; sub: string }) {
  return (
    <>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {main}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {sub}
      </Text>
    </>
  );
}

/**
 * One pegawai. At 1366×768 the whole row must fit beside the menu (about 1,100 px), so related
 * figures share a cell — hadir over the working days, TL over PSW, disiplin over its deduction,
 * predikat over the kinerja percentage — and the jabatan gets its own line instead of widening
 * the pegawai column.
 */
function Row({ r }: { r: TppRekapRow }) {
  const t = useT();
  const d = r.disiplin;
  const h = r.hitung;
  return (
    <Table.Tr>
      <Table.Td miw={200}>
        <Text size="sm">{r.namaLengkap}</Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatNip(r.nip)}
        </Text>
        {r.jabatanNama && (
          <Text size="xs" c="dimmed" lineClamp={2}>
            {r.jabatanNama}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right">{r.kelas ?? '–'}</Table.Td>
      <Table.Td ta="right">
        <Figure main={t.tpp.count(d.hadir)} sub={t.tpp.rekap.dariHariKerja(d.hariKerja)} />
      </Table.Td>
      <Table.Td ta="right">{`${d.izin.cuti}/${d.izin.dinas_luar}/${d.izin.sakit}`}</Table.Td>
      <Table.Td ta="right">{t.tpp.count(d.tanpaKeterangan)}</Table.Td>
      <Table.Td ta="right">
        <Bands side="TL" tally={d.tl} />
        <Bands side="PSW" tally={d.psw} />
      </Table.Td>
      <Table.Td ta="right">
        <Figure main={t.tpp.pct(d.disiplinPersen)} sub={t.tpp.rekap.potongan(d.potonganTotal)} />
      </Table.Td>
      <Table.Td>
        <Tooltip label={t.tpp.rekap.rumus(h.bobotKinerja, h.kinerjaPersen, h.bobotDisiplin, h.disiplinPersen, h.persenAkhir)}>
          <div>
            <Figure
              main={
                r.kinerja.predikat ? (
                  t.tpp.predikat[r.kinerja.predikat]
                ) : (
                  // Coloured words rather than a badge: a badge's capitals would widen the column.
                  <Text span size="sm" c="orange.8" fw={600}>
                    {t.tpp.rekap.belumDinilai}
                  </Text>
                )
              }
              sub={t.tpp.rekap.kinerja(r.kinerja.persen)}
            />
          </div>
        </Tooltip>
      </Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {h.dasar === null ? <Badge variant="light" color="gray">{t.tpp.rekap.tanpaDasar}</Badge> : t.tpp.rp(h.dasar)}
      </Table.Td>
      <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {h.tpp === null ? '–' : t.tpp.rp(h.tpp)}
      </Table.Td>
    </Table.Tr>
  );
}

export function RekapPanel({ sel }: { sel: Bulan }) {
  const t = useT();
  const toast = useToast();
  const q = useApiQuery('tpp/rekap', sel, ['kehadiran', 'izin_pegawai', 'pegawai', 'jabatan', 'evaluasi']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const exportFile = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('tpp/export', sel);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    downloadFile(r.value);
    toast.show({ message: t.tpp.rekap.downloaded(r.value.fileName) });
  };
  const rekap = q.data;
  const c = t.tpp.rekap.cols;
  return (
    <Stack gap="sm">
      <ErrorAlert error={error ?? q.error} />
      <Group justify="space-between">
        <Text size="sm" data-testid="tpp-total">
          {rekap ? `${t.tpp.rekap.total(rekap.total.pegawai, rekap.total.tpp)} · ${t.tpp.rekap.flags(rekap.total.belumDinilai, rekap.total.tanpaDasar)}` : ''}
        </Text>
        <Button variant="light" onClick={() => void exportFile()} loading={busy} disabled={!rekap || rekap.rows.length === 0}>
          {t.tpp.rekap.export}
        </Button>
      </Group>
      {rekap && rekap.rows.length === 0 && <Text c="dimmed">{t.tpp.rekap.empty}</Text>}
      {rekap && rekap.rows.length > 0 && (
        <Text size="xs" c="dimmed">
          {t.tpp.rekap.legend}
        </Text>
      )}
      {rekap && rekap.rows.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map(([key, align]) => (
                  <Table.Th key={key} ta={align} style={{ whiteSpace: 'nowrap' }}>
                    {c[key]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rekap.rows.map((r) => (
                <Row key={r.pegawaiId} r={r} />
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th colSpan={COLUMNS.length - 2}>{`${t.tpp.rekap.jumlah} (${t.tpp.count(rekap.total.pegawai)})`}</Table.Th>
                <Table.Th ta="right">{t.tpp.rp(rekap.total.dasar)}</Table.Th>
                <Table.Th ta="right">{t.tpp.rp(rekap.total.tpp)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
