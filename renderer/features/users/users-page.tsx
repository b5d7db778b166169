/**
 * Pengguna (admin): accounts in reach, searched by every word of name or NIP in any order,
 * filtered by unit (with sub-units), a page at a time with the total; jabatan, roles and status
 * (active, locked, must change password) per row; edit, reset password; accounts from pegawai in bulk.
 */
import { Badge, Button, Group, Loader, Pagination, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { UserListRow } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime, formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { BulkAccountsModal } from './bulk-accounts-modal.js';
import { ResetPasswordModal } from './reset-password-modal.js';
import { UserFormModal } from './user-form-modal.js';

/** A badge never cut to "PEG…": its label keeps its full width and the badge does not shrink. */
const WHOLE_BADGE = { root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** Rows per page: about what fits at 1366x768 without scrolling far. */
export const USERS_PAGE_SIZE = 50;

export function UsersPage() {
  const t = useT();
  const { lang } = useLang();
  const { options } = useUnits();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const args = { query: debounced, ...(unitId ? { unitId } : {}), offset: (page - 1) * USERS_PAGE_SIZE, limit: USERS_PAGE_SIZE };
  const list = useApiQuery('users/list', args, ['user', 'users']);
  const [editing, setEditing] = useState<UserListRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserListRow | null>(null);
  const [bulk, setBulk] = useState(false);
  const now = new Date().toISOString();
  const total = list.data?.total ?? 0;
  const rows = list.data?.rows ?? [];
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));

  return (
    <Stack gap="sm" data-page-content={list.data ? 'users' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.users.title}</Title>
        <Group gap="xs">
          <Button variant="light" leftSection={<IconUsersPlus size={16} />} onClick={() => setBulk(true)}>
            {t.accounts.bulkOpen}
          </Button>
          <Button onClick={() => setEditing('new')}>{t.users.add}</Button>
        </Group>
      </Group>
      <Group gap="sm" align="flex-end">
        <TextInput
          label={t.accounts.searchLabel}
          placeholder={t.accounts.searchPlaceholder}
          leftSection={<IconSearch size={16} />}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setPage(1);
          }}
          w={340}
          data-testid="users-search"
        />
        <UnitSelect
          label={t.accounts.unitFilter}
          placeholder={t.accounts.allUnits}
          options={options}
          value={unitId}
          onChange={(v) => {
            setUnitId(v);
            setPage(1);
          }}
          clearable
          w={340}
          data-testid="users-unit"
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="users-total">
          {list.data ? t.accounts.total(rows.length, total, (page - 1) * USERS_PAGE_SIZE + 1) : ''}
        </Text>
        {list.loading && <Loader size="xs" aria-label={t.app.loading} />}
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="users-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.users.colNip}</Table.Th>
              <Table.Th>{t.users.colNama}</Table.Th>
              <Table.Th>{t.accounts.colJabatan}</Table.Th>
              <Table.Th>{t.users.colUnit}</Table.Th>
              <Table.Th>{t.users.colRoles}</Table.Th>
              <Table.Th>{t.users.colStatus}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {formatNip(u.nip)}
                </Table.Td>
                {/* One line per account (as the pegawai list): long names end in "…" with the full text on hover. */}
                <Table.Td maw={160}>
                  <Text size="sm" truncate="end" title={u.nama}>
                    {u.nama}
                  </Text>
                </Table.Td>
                <Table.Td maw={180}>
                  <Text size="sm" truncate="end" title={u.jabatanNama ?? undefined} c={u.jabatanNama ? undefined : 'dimmed'}>
                    {u.jabatanNama ?? t.app.none}
                  </Text>
                </Table.Td>
                <Table.Td maw={150}>
                  <Text size="sm" truncate="end" c="dimmed" title={u.unitNama}>
                    {u.unitNama}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {u.roles.map((r) => (
                      <Badge key={r} size="sm" variant="light" styles={WHOLE_BADGE}>
                        {t.roles[r]}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Stack gap={4} align="flex-start">
                    <Badge size="sm" color={u.aktif ? 'teal' : 'gray'} variant="dot" styles={WHOLE_BADGE}>
                      {u.aktif ? t.users.active : t.users.inactive}
                    </Badge>
                    {u.mustChangePassword && (
                      <Tooltip label={t.accounts.mustChangeTip} multiline w={300} withArrow>
                        <Badge size="sm" color="yellow" variant="light" styles={WHOLE_BADGE} data-testid="must-change-badge">
                          {t.accounts.mustChange}
                        </Badge>
                      </Tooltip>
                    )}
                    {u.lockedUntil && u.lockedUntil > now && (
                      <Badge size="sm" color="red" variant="light" styles={WHOLE_BADGE}>
                        {t.users.lockedUntil(formatDateTime(u.lockedUntil, lang))}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(u)} aria-label={t.users.editOf(u.nama)}>
                      {t.app.edit}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setResetting(u)} aria-label={t.accounts.resetOf(u.nama)}>
                      {t.accounts.reset}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.data && total === 0 && <Text c="dimmed">{debounced || unitId ? t.accounts.total(0, 0, 1) : t.users.empty}</Text>}
      {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" data-testid="users-pages" />}
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
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setResetting(null);
            list.reload();
          }}
        />
      )}
      {bulk && <BulkAccountsModal onClose={() => setBulk(false)} onCreated={() => list.reload()} />}
    </Stack>
  );
}
