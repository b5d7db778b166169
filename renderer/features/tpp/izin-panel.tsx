/** Excused absences of the month in the unit, with their total; add, edit, delete. */
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { IzinRow } from '../../../shared/entities-tpp.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatDate, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { IzinForm } from './izin-form.js';
import type { Bulan } from './tpp-page.js';

export function IzinPanel({ sel }: { sel: Bulan }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const q = useApiQuery('tpp/absenceList', sel, ['izin_pegawai', 'pegawai']);
  const [editing, setEditing] = useState<IzinRow | 'new' | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const remove = async (id: string) => {
    setError(null);
    const r = await invoke('tpp/absenceDelete', { id });
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.tpp.izin.deleted });
  };
  const rows = q.data?.rows ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" data-testid="tpp-izin-total">
          {q.data ? t.tpp.izin.total(q.data.total) : ''}
        </Text>
        <Button variant="light" onClick={() => setEditing('new')}>
          {t.tpp.izin.add}
        </Button>
      </Group>
      <ErrorAlert error={error ?? q.error} />
      {q.data && rows.length === 0 && <Text c="dimmed">{t.tpp.izin.empty}</Text>}
      {rows.length > 0 && (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.tpp.izin.pegawai}</Table.Th>
              <Table.Th>{t.tpp.izin.jenis}</Table.Th>
              <Table.Th>{t.tpp.izin.mulai}</Table.Th>
              <Table.Th>{t.tpp.izin.selesai}</Table.Th>
              <Table.Th>{t.tpp.izin.keterangan}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm">{r.namaLengkap}</Text>
                  <Text size="xs" c="dimmed">
                    {formatNip(r.nip)} · {r.unitNama}
                  </Text>
                </Table.Td>
                <Table.Td>{t.tpp.jenisIzin[r.jenis]}</Table.Td>
                <Table.Td>{formatDate(r.mulai, lang)}</Table.Td>
                <Table.Td>{formatDate(r.selesai, lang)}</Table.Td>
                <Table.Td>{r.keterangan}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => setEditing(r)}>
                      {t.tpp.izin.edit}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => void remove(r.id)}>
                      {t.tpp.izin.delete}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <IzinForm
          initial={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            toast.show({ message: t.tpp.izin.saved });
          }}
        />
      )}
    </Stack>
  );
}
