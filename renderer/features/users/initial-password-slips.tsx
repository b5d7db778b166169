/**
 * The initial passwords of a bulk run, shown once: one slip per person (nama, NIP, unit, jabatan,
 * password, "ganti saat masuk pertama") to print and cut, and the same as an xlsx download. The
 * passwords live only in this component's memory; closing asks for confirmation.
 */
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { createPortal } from 'react-dom';
import type { BulkAccountsResult } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { downloadFile } from '../../lib/download.js';
import { formatNip } from '../../lib/format.js';
import classes from './initial-password-slips.module.css';

type Props = { result: BulkAccountsResult; onClose: () => void };

export function InitialPasswordSlips({ result, onClose }: Props) {
  const t = useT();
  const close = () => {
    if (result.created.length === 0 || window.confirm(t.accounts.slipsCloseConfirm)) onClose();
  };
  return createPortal(
    <div className={classes.overlay} role="dialog" aria-label={t.accounts.slipsTitle} data-testid="slips-page">
      <Stack gap="sm">
        <Group justify="space-between" className={classes.noPrint}>
          <Title order={2}>{t.accounts.slipsTitle}</Title>
          <Group gap="xs">
            <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()} disabled={result.created.length === 0}>
              {t.accounts.slipsPrint}
            </Button>
            <Button variant="light" leftSection={<IconDownload size={16} />} onClick={() => downloadFile(result.xlsx)} disabled={result.created.length === 0} data-testid="slips-xlsx">
              {t.accounts.slipsDownload}
            </Button>
            <Button variant="default" onClick={close} data-testid="slips-close">
              {t.accounts.slipsClose}
            </Button>
          </Group>
        </Group>
        <div className={classes.noPrint}>
          <Text size="sm" data-testid="slips-summary">
            {t.accounts.slipsSummary(result.created.length, result.skipped.length, (result.elapsedMs / 1000).toLocaleString('id-ID', { maximumFractionDigits: 1 }))}
          </Text>
          {result.created.length > 0 && (
            <Alert color="yellow" variant="light" mt="xs">
              {t.accounts.slipsWarning}
            </Alert>
          )}
        </div>
        <div className={classes.grid}>
          {result.created.map((s) => (
            <div key={s.userId} className={classes.slip} data-testid="slip">
              <Text size="xs" c="dimmed">
                {t.accounts.slipHeading}
              </Text>
              <Text fw={700}>{s.nama}</Text>
              <Table withRowBorders={false} verticalSpacing={0} horizontalSpacing={4} fz="sm">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Td w={130}>{t.accounts.slipNip}</Table.Td>
                    <Table.Td ff="monospace">{formatNip(s.nip)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Td>{t.accounts.slipUnit}</Table.Td>
                    <Table.Td>{s.unitNama}</Table.Td>
                  </Table.Tr>
                  {s.jabatanNama && (
                    <Table.Tr>
                      <Table.Td>{t.accounts.slipJabatan}</Table.Td>
                      <Table.Td>{s.jabatanNama}</Table.Td>
                    </Table.Tr>
                  )}
                  <Table.Tr>
                    <Table.Td>{t.accounts.slipPassword}</Table.Td>
                    <Table.Td className={classes.password} data-testid="slip-password">
                      {s.password}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Text size="xs" fw={600} mt={4}>
                {t.accounts.slipNote}
              </Text>
            </div>
          ))}
        </div>
        {result.skipped.length > 0 && (
          <div className={classes.noPrint}>
            <Text fw={600} size="sm">
              {t.accounts.slipsSkipped} ({result.skipped.length.toLocaleString('id-ID')})
            </Text>
            <Text size="sm" c="dimmed" data-testid="slips-skipped">
              {result.skipped.map((s) => `${s.nama} (${formatNip(s.nip)})`).join(', ')}
            </Text>
          </div>
        )}
      </Stack>
    </div>,
    document.body,
  );
}
