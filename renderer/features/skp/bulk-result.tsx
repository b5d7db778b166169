/** What a bulk operator action did: SKP made or changed, and who was skipped with why. */
import { Alert, List, Text } from '@mantine/core';
import type { BulkSkpResult } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';

export function BulkResult({ result }: { result: BulkSkpResult | null }) {
  const t = useT();
  if (!result) return null;
  return (
    <Alert color={result.skipped.length ? 'yellow' : 'teal'} data-testid="bulk-result">
      <Text size="sm">{t.skp.bulk.resultDone(result.done.length)}</Text>
      {result.skipped.length > 0 && (
        <>
          <Text size="sm">{t.skp.bulk.resultSkipped(result.skipped.length)}</Text>
          <List size="sm">
            {result.skipped.map((s) => (
              <List.Item key={s.pegawaiId}>
                {s.namaLengkap}: {s.message}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
