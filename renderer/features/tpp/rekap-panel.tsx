/** The rekap table of one month and unit: one row per pegawai, the factors beside the money, the total last. */
import { Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
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

function Bands({ side, tally }: { side: 'TL' | 'PSW'; tally: TallyBand[] }) {
  const t = useT();
  return (
    <Tooltip label={tally.map((b) => t.tpp.rekap.bandTitle(side, b.band, b.kali, b.menit)).join(' · ')}>
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {tally.map((b) => b.kali).join('/')}
      </Text>
    </Tooltip>
  );
}

function Row({ r }: { r: TppRekapRow }) {
  const t = useT();
  const d = r.disiplin;
  const h = r.hitung;
  return (
    <Table.Tr>
      <Table.Td miw={260}>
        <Text size="sm">{r.namaLengkap}</Text>
        <Text size="xs" c="dimmed">
          {formatNip(r.nip)}
          {r.jabatanNama ? ` · ${r.jabatanNama}` : ''}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{r.kelas ?? '–'}</Table.Td>
      <Table.Td ta="right">{t.tpp.count(d.hariKerja)}</Table.Td>
      <Table.Td ta="right">{t.tpp.count(d.hadir)}</Table.Td>
      <Table.Td ta="right">{`${d.izin.cuti}/${d.izin.dinas_luar}/${d.izin.sakit}`}</Table.Td>
      <Table.Td ta="right">{t.tpp.count(d.tanpaKeterangan)}</Table.Td>
      <Table.Td ta="right">
        <Bands side="TL" tally={d.tl} />
      </Table.Td>
      <Table.Td ta="right">
        <Bands side="PSW" tally={d.psw} />
      </Table.Td>
      <Table.Td ta="right">{t.tpp.pct(d.potonganTotal)}</Table.Td>
      <Table.Td ta="right">{t.tpp.pct(d.disiplinPersen)}</Table.Td>
      <Table.Td>
        {r.kinerja.predikat ? (
          t.tpp.predikat[r.kinerja.predikat]
        ) : (
          <Badge color="orange" variant="light">
            {t.tpp.rekap.belumDinilai}
          </Badge>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <Tooltip label={t.tpp.rekap.rumus(h.bobotKinerja, h.kinerjaPersen, h.bobotDisiplin, h.disiplinPersen, h.persenAkhir)}>
          <Text size="sm">{t.tpp.pct(r.kinerja.persen)}</Text>
        </Tooltip>
      </Table.Td>
      <Table.Td ta="right">{h.dasar === null ? <Badge variant="light" color="gray">{t.tpp.rekap.tanpaDasar}</Badge> : t.tpp.rp(h.dasar)}</Table.Td>
      <Table.Td ta="right" fw={600}>
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
        <Table.ScrollContainer minWidth={1300}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                {[c.pegawai, c.kelas, c.hariKerja, c.hadir, c.izin, c.tk, c.tl, c.psw, c.potongan, c.disiplin, c.predikat, c.kinerja, c.dasar, c.tpp].map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
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
                <Table.Th colSpan={12}>{`${t.tpp.rekap.jumlah} (${t.tpp.count(rekap.total.pegawai)})`}</Table.Th>
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
