/**
 * One Beranda to-do list (evaluasi/todo): exactly the rows its count on Beranda totals, each
 * opening that SKP's period. Realisasi Saya and Evaluasi both show it when opened from Beranda.
 */
import { Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { EvaluasiTodoKind, EvaluasiTodoRow } from '../../../shared/entities-evaluasi.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { currentYear } from '../skp/skp-format.js';
import { CountPager } from './count-pager.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { PredikatBadge } from './predikat-badge.js';
import { RealisasiStatusBadge } from './realisasi-status-badge.js';

const PAGE_SIZE = 50;

export function TodoList({ kind, onOpen, onShowAll }: { kind: EvaluasiTodoKind; onOpen: (row: EvaluasiTodoRow) => void; onShowAll: () => void }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const q = useApiQuery('evaluasi/todo', { tahun: currentYear(), jenis: kind, offset, limit: PAGE_SIZE }, EVALUASI_ENTITIES);
  const rows = q.data?.rows ?? [];
  const s = t.evaluasi.session;
  return (
    <Stack gap="sm" data-testid="todo-list" data-kind={kind}>
      <Title order={3}>{s.todoTitle[kind]}</Title>
      {q.loading && <Loader size="sm" aria-label={t.app.loading} />}
      <ErrorAlert error={q.error} />
      {rows.length > 0 && (
        <Table striped withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{s.colPegawai}</Table.Th>
              <Table.Th>{s.colPeriode}</Table.Th>
              <Table.Th>{s.colRealisasi}</Table.Th>
              <Table.Th>{s.colPredikat}</Table.Th>
              <Table.Th>{s.colSisa}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.skpId}:${r.periode.key}`} data-testid="todo-row">
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {r.pegawai.namaLengkap}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(r.pegawai.nip)}
                  </Text>
                </Table.Td>
                <Table.Td>{r.periode.label}</Table.Td>
                <Table.Td>
                  <RealisasiStatusBadge status={r.realisasi} />
                </Table.Td>
                <Table.Td>
                  <PredikatBadge predikat={r.predikat} />
                </Table.Td>
                <Table.Td>{s.sisaHari(r.sisaHari)}</Table.Td>
                <Table.Td>
                  <Button size="compact-sm" variant="light" onClick={() => onOpen(r)}>
                    {t.skp.common.open}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {q.data && <CountPager total={q.data.total} offset={offset} pageSize={PAGE_SIZE} onOffset={setOffset} range={s.todoRange} />}
      <Button variant="subtle" size="xs" onClick={onShowAll} style={{ alignSelf: 'flex-start' }}>
        {t.home.showAll}
      </Button>
    </Stack>
  );
}
