/** The form's header blocks: the pegawai rated, the pejabat penilai and the atasan pejabat penilai. */
import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonRef, SkpDetail } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import type { GlossaryTerm } from '../../../shared/domain/glossary.js';
import { TermHint } from '../../components/term-hint.js';

function Person({ title, term, p, extra }: { title: string; term?: GlossaryTerm; p: PersonRef | null; extra?: string }) {
  const t = useT();
  return (
    <Paper withBorder p="xs">
      <Stack gap={2}>
        <Text size="xs" c="dimmed">
          {term ? <TermHint term={term}>{title}</TermHint> : title}
        </Text>
        {p ? (
          <>
            <Text size="sm" fw={600}>
              {p.namaLengkap}
            </Text>
            <Text size="xs">{formatNip(p.nip)}</Text>
            <Text size="xs">{p.jabatanNama}</Text>
            {extra && <Text size="xs">{extra}</Text>}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t.skp.editor.nobody}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function PeopleBlock({ detail }: { detail: SkpDetail }) {
  const t = useT();
  const pg = detail.pegawai;
  const pangkat = [pg.pangkat, pg.golongan].filter(Boolean).join(' ');
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} data-testid="skp-people">
      <Person title={t.skp.editor.pegawai} p={pg} extra={`${pangkat} · ${pg.unitNama}`} />
      <Person title={t.skp.editor.penilai} term="pejabat penilai kinerja" p={detail.penilai} />
      <Person title={t.skp.editor.atasanPenilai} term="atasan pejabat penilai" p={detail.atasanPenilai} />
    </SimpleGrid>
  );
}
