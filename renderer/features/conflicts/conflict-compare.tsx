/** "Versi Anda" beside "Versi server", field by field; fields that differ are highlighted. */
import { Table, Text } from '@mantine/core';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatFieldValue, type Lookups } from './field-value.js';
import { comparePayloads, isRecord } from './payload-diff.js';

type Props = { entityId: string; local: unknown; server: unknown; lookups: Lookups };

export function ConflictCompare({ entityId, local, server, lookups }: Props) {
  const t = useT();
  const { lang } = useLang();
  const w = t.sync.conflict;
  const words = { yes: w.yes, no: w.no, none: t.app.none, roles: t.roles, lang };
  const rows = comparePayloads(local, server);
  const onServer = server !== null && server !== undefined;
  // A refused kode/NIP comes back with the row that already holds it, not this row's version.
  const otherRow = isRecord(server) && typeof server.id === 'string' && server.id !== entityId;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder withColumnBorders verticalSpacing={6} layout="fixed" data-testid="conflict-compare">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{w.field}</Table.Th>
            <Table.Th>{w.mine}</Table.Th>
            <Table.Th data-testid="conflict-theirs-heading">{otherRow ? w.theirsOther : w.theirs}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d, i) => (
            <Table.Tr key={d.key} data-field={d.key} data-differs={d.differs || undefined} bg={d.differs ? 'var(--mantine-color-yellow-light)' : undefined}>
              <Table.Td>
                <Text size="sm" fw={d.differs ? 700 : 500}>
                  {w.fields[d.key] ?? d.key}
                </Text>
                {d.differs && (
                  <Text size="xs" c="yellow.9">
                    {w.differs}
                  </Text>
                )}
              </Table.Td>
              <Table.Td data-side="mine" fw={d.differs ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
                {formatFieldValue(d.key, d.mine, lookups, words)}
              </Table.Td>
              {onServer ? (
                <Table.Td data-side="theirs" fw={d.differs ? 600 : undefined} style={{ overflowWrap: 'anywhere' }}>
                  {formatFieldValue(d.key, d.theirs, lookups, words)}
                </Table.Td>
              ) : (
                i === 0 && (
                  <Table.Td data-side="theirs" rowSpan={rows.length} ta="center" c="dimmed" fs="italic">
                    {w.notOnServer}
                  </Table.Td>
                )
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
