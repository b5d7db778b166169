/** Pengguna (admin): accounts in reach, with roles, unit and lock state; add/edit modal. */
import { Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { UserAccount } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { UserFormModal } from './user-form-modal.js';

export function UsersPage() {
  const t = useT();
  const { lang } = useLang();
  const list = useApiQuery('users/list', {}, ['user', 'users']);
  const { units } = useUnits();
  const unitNama = useMemo(() => new Map(units.map((u) => [u.id, u.nama])), [units]);
  const [editing, setEditing] = useState<UserAccount | 'new' | null>(null);
  const now = new Date().toISOString();

  return (
    <Stack gap="md" data-page-content={list.data ? 'users' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.users.title}</Title>
        <Button onClick={() => setEditing('new')}>{t.users.add}</Button>
      </Group>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loader aria-label={t.app.loading} />}
      {list.data && list.data.length === 0 && <Text c="dimmed">{t.users.empty}</Text>}
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.users.colNip}</Table.Th>
              <Table.Th>{t.users.colNama}</Table.Th>
              <Table.Th>{t.users.colRoles}</Table.Th>
              <Table.Th>{t.users.colUnit}</Table.Th>
              <Table.Th>{t.users.colStatus}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(list.data ?? []).map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {formatNip(u.nip)}
                </Table.Td>
                <Table.Td>{u.nama}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} size="sm" variant="light">
                        {t.roles[r]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{unitNama.get(u.unitId) ?? t.app.none}</Table.Td>
                <Table.Td miw={130}>
                  <Group gap={4} wrap="nowrap">
                    <Badge size="sm" color={u.aktif ? 'teal' : 'gray'} variant="dot">
                      {u.aktif ? t.users.active : t.users.inactive}
                    </Badge>
                    {u.lockedUntil && u.lockedUntil > now && (
                      <Badge size="sm" color="red" variant="light">
                        {t.users.lockedUntil(formatDateTime(u.lockedUntil, lang))}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)} aria-label={t.users.editOf(u.nama)}>
                    {t.app.edit}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
          }}
        />
      )}
    </Stack>
  );
}
