/** Riwayat: the last 200 audit entries (who changed what, when). */
import { Code, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDateTime } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';

export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  const list = useApiQuery('audit/list', { limit: 200 }, ['*']);
  const rows = list.data ?? [];
  return (
    <Stack gap="md" data-page-content={list.data ? 'audit' : undefined}>
      <Title order={2}>{t.audit.title}</Title>
      <Text c="dimmed">{t.audit.intro}</Text>
      <ErrorAlert error={list.error} />
      {list.loading && !list.data && <Loader aria-label={t.app.loading} />}
      {list.data && rows.length === 0 && <Text c="dimmed">{t.audit.empty}</Text>}
      <Table.ScrollContainer minWidth={800}>
        <Table striped data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.audit.colAt}</Table.Th>
              <Table.Th>{t.audit.colActor}</Table.Th>
              <Table.Th>{t.audit.colAction}</Table.Th>
              <Table.Th>{t.audit.colEntity}</Table.Th>
              <Table.Th>{t.audit.colId}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.at, lang)}</Table.Td>
                <Table.Td>{a.actorNama ?? t.audit.system}</Table.Td>
                <Table.Td>{t.audit.actions[a.action] ?? a.action}</Table.Td>
                <Table.Td>{t.audit.entities[a.entity] ?? a.entity}</Table.Td>
                <Table.Td>
                  <Code>{a.entityId}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
