/** Who is rated and who rates: pegawai, pejabat penilai and the penilai's atasan, in one band. */
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonRef } from '../../../shared/entities.js';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';

function Person({ title, p, extra, empty }: { title: string; p: PersonRef | null; extra?: string; empty?: string }) {
  const t = useT();
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {title}
      </Text>
      {p ? (
        <>
          <Text size="sm" fw={500}>
            {p.namaLengkap}
          </Text>
          <Text size="xs" c="dimmed">
            {formatNip(p.nip)} · {p.jabatanNama}
            {extra ? ` · ${extra}` : ''}
          </Text>
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {empty ?? t.evaluasi.session.noPenilai}
        </Text>
      )}
    </Stack>
  );
}

export function PeopleLine({ session }: { session: EvaluasiSession }) {
  const t = useT();
  return (
    <Paper withBorder p="xs" data-testid="evaluasi-people">
      <SimpleGrid cols={3} spacing="sm">
        <Person title={t.skp.editor.pegawai} p={session.pegawai} extra={session.pegawai.unitNama} />
        <Person title={t.skp.editor.penilai} p={session.penilai} />
        <Person title={t.skp.editor.atasanPenilai} p={session.atasanPenilai} empty={t.app.none} />
      </SimpleGrid>
    </Paper>
  );
}
