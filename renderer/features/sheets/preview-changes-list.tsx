/**
 * The preview's row list: each changed row with "Field: old → new", each new row by name and key.
 * Paged (50 a page) so a 10,000-row sheet stays quick; the totals are always shown.
 */
import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FieldChange, RowChange } from '../../../shared/entities.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount } from '../../lib/format.js';
import { useSheetLabel } from './import-preview-view.js';

const PAGE = 50;

export function FieldChangeText({ f }: { f: FieldChange }) {
  const t = useT();
  const shown = (v: string | null) => (v === null ? t.records.preview.empty : f.kind === 'date' ? t.records.audit.words.date(v) : v);
  return (
    <Text size="sm" component="span" data-testid="field-change">
      <b>{t.records.fields[f.field] ?? f.field}</b>: {shown(f.old)} {t.records.preview.arrow} {shown(f.new)}
    </Text>
  );
}

export function PreviewChangesList({ changes }: { changes: readonly RowChange[] }) {
  const t = useT();
  const { lang } = useLang();
  const sheetLabel = useSheetLabel();
  const updates = changes.filter((c) => c.kind === 'update');
  const inserts = changes.filter((c) => c.kind === 'insert');
  const [kind, setKind] = useState<'update' | 'insert'>(updates.length > 0 || inserts.length === 0 ? 'update' : 'insert');
  const [page, setPage] = useState(1);
  if (changes.length === 0) return <Text c="dimmed">{t.records.preview.noChanges}</Text>;
  const list = kind === 'update' ? updates : inserts;
  const pages = Math.max(1, Math.ceil(list.length / PAGE));
  const at = Math.min(page, pages);
  const shown = list.slice((at - 1) * PAGE, at * PAGE);
  const n = (x: number) => formatCount(x, lang);
  return (
    <Stack gap="xs" data-testid="preview-changes">
      <Title order={4}>{t.records.preview.changesTitle(n(changes.length))}</Title>
      <SegmentedControl
        w="fit-content"
        value={kind}
        onChange={(v) => {
          setKind(v === 'insert' ? 'insert' : 'update');
          setPage(1);
        }}
        data={[
          { value: 'update', label: t.records.preview.filterUpdate(n(updates.length)) },
          { value: 'insert', label: t.records.preview.filterInsert(n(inserts.length)) },
        ]}
      />
      <Table striped withTableBorder verticalSpacing={4} data-testid="preview-change-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t.sheets.colSheet}</Table.Th>
            <Table.Th w={60} ta="right">
              {t.records.preview.colRow}
            </Table.Th>
            <Table.Th w={190}>{t.records.preview.colKey}</Table.Th>
            <Table.Th>{t.records.preview.colNama}</Table.Th>
            <Table.Th>{t.records.preview.colWhat}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((c) => (
            <Table.Tr key={`${c.sheet}:${c.row}`} data-kind={c.kind}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{sheetLabel(c.sheet)}</Table.Td>
              <Table.Td ta="right">{c.row}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.key}</Table.Td>
              <Table.Td>{c.nama}</Table.Td>
              <Table.Td>
                {c.kind === 'insert' ? (
                  <Badge variant="light" color="green" style={{ overflow: 'visible' }}>
                    {t.records.preview.newRow}
                  </Badge>
                ) : (
                  <Stack gap={0}>
                    {c.fields.map((f) => (
                      <FieldChangeText key={f.field} f={f} />
                    ))}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="preview-changes-shown">
          {list.length > 0 ? t.records.preview.shown(n((at - 1) * PAGE + 1), n((at - 1) * PAGE + shown.length), n(list.length)) : t.records.preview.noChanges}
        </Text>
        {pages > 1 && <Pagination total={pages} value={at} onChange={setPage} size="sm" />}
      </Group>
    </Stack>
  );
}
