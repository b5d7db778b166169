/** One verification answer: the verdict in colour, what the paper should show, and what changed. */
import { Alert, List, Stack, Table, Text } from '@mantine/core';
import type { VerifyAnswer } from '../../../shared/contract-print.js';
import { formatNip } from '../../lib/format.js';
import { useT } from '../../i18n/i18n.js';

const COLOR = { asli: 'teal', berubah: 'red', tidak_dikenal: 'gray' } as const;

export function VerifyResult({ answer }: { answer: VerifyAnswer }) {
  const t = useT().print.verify;
  const d = answer.document;
  const peta = d?.kind === 'peta';
  return (
    <Stack gap="sm" data-testid="verify-result" data-status={answer.status}>
      {/* Without a line to show, the verdict is the title alone (no empty body under it). */}
      <Alert color={COLOR[answer.status]} title={t.status[answer.status]} styles={answer.fileMatches !== true && answer.changes.length === 0 ? { message: { display: 'none' } } : undefined}>
        {answer.fileMatches === true && <Text size="sm">{t.fileMatches}</Text>}
        {answer.changes.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t.changes}
            </Text>
            <List size="sm">
              {answer.changes.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </>
        )}
      </Alert>
      {d && (
        <Table withTableBorder>
          <Table.Tbody>
            {(
              [
                [t.document, `${d.judul} (${d.code})`],
                // A peta cascading names a unit, not a person: no NIP to show.
                [peta ? t.unit : t.nama, d.nama],
                ...(d.nip ? [[t.nip, formatNip(d.nip)] as const] : []),
                [t.periode, d.periode],
                [t.versi, String(d.versi)],
                [t.statusDokumen, d.statusLabel],
                [t.dicetakPada, d.dicetakPada],
              ] as const
            ).map(([k, v]) => (
              <Table.Tr key={k}>
                <Table.Th w={200}>{k}</Table.Th>
                <Table.Td>{v}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>{peta ? t.skpPeta : t.langkah}</Table.Th>
              <Table.Td>
                {d.langkah.map((l) => (
                  <Text size="sm" key={l}>
                    {l}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
