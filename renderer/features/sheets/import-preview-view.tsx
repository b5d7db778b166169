/** What an uploaded sheet would change, and why it cannot be saved yet when it has errors. */
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportPreview, SheetCounts, SheetName } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';

export const SHEETS: readonly SheetName[] = ['unit', 'jabatan', 'pegawai'];

export function useSheetLabel(): (s: SheetName) => string {
  const t = useT();
  return (s) => (s === 'unit' ? t.sheets.sheetUnit : s === 'jabatan' ? t.sheets.sheetJabatan : t.sheets.sheetPegawai);
}

export function CountsTable({ counts, testId }: { counts: Record<SheetName, SheetCounts>; testId: string }) {
  const t = useT();
  const label = useSheetLabel();
  return (
    <Table withTableBorder maw={520} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.sheets.colSheet}</Table.Th>
          <Table.Th ta="right">{t.sheets.colInsert}</Table.Th>
          <Table.Th ta="right">{t.sheets.colUpdate}</Table.Th>
          <Table.Th ta="right">{t.sheets.colUnchanged}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {SHEETS.map((s) => (
          <Table.Tr key={s} data-sheet={s}>
            <Table.Td>{label(s)}</Table.Td>
            <Table.Td ta="right">{counts[s].insert}</Table.Td>
            <Table.Td ta="right">{counts[s].update}</Table.Td>
            <Table.Td ta="right">{counts[s].unchanged}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Title, counts per sheet and, when the sheet has errors, the red "nothing changed" notice. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const t = useT();
  return (
    <Stack gap="sm" data-testid="import-preview">
      <Title order={3}>{t.sheets.previewTitle(preview.fileName)}</Title>
      <CountsTable counts={preview.counts} testId="preview-counts" />
      {!preview.canCommit && (
        <Alert color="red" variant="filled" role="alert" data-testid="cannot-commit">
          {t.sheets.cannotCommit}
        </Alert>
      )}
    </Stack>
  );
}

/** Every listed row error (sheet, row, column, reason) and how many more were left out. */
export function PreviewErrors({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const label = useSheetLabel();
  if (preview.errors.length === 0) return null;
  const who = new Map(preview.errorRows.map((r) => [`${r.sheet}:${r.row}`, r]));
  return (
    <Stack gap="sm">
      <Title order={4} c="red.8">
        {t.sheets.errorsTitle(preview.errors.length + preview.errorsOmitted)}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table striped withTableBorder data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.sheets.colSheet}</Table.Th>
              <Table.Th ta="right">{t.sheets.colRow}</Table.Th>
              <Table.Th>{t.records.preview.colKey}</Table.Th>
              <Table.Th>{t.records.preview.colNama}</Table.Th>
              <Table.Th>{t.sheets.colColumn}</Table.Th>
              <Table.Th>{t.sheets.colReason}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.errors.map((e, i) => (
              <Table.Tr key={`${e.sheet}:${e.row}:${e.column}:${i}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{label(e.sheet)}</Table.Td>
                <Table.Td ta="right">{e.row}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{who.get(`${e.sheet}:${e.row}`)?.key ?? ''}</Table.Td>
                <Table.Td>{who.get(`${e.sheet}:${e.row}`)?.nama ?? ''}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.column}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {preview.errorsOmitted > 0 && (
        <Text c="dimmed" data-testid="errors-omitted">
          {t.sheets.errorsOmitted(preview.errorsOmitted)}
        </Text>
      )}
    </Stack>
  );
}
