import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PegawaiDetail, PersonRef } from '../../../shared/entities.js';
import { JENIS_JABATAN_LABEL } from '../../../shared/domain/jabatan.js';
import { formatPangkatGolongan } from '../../../shared/domain/pangkat.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatDate, formatNip } from '../../lib/format.js';
import type { GlossaryTerm } from '../../../shared/domain/glossary.js';
import { TermHint } from '../../components/term-hint.js';
import { atasanChainText } from '../jabatan/atasan-chain.js';
import { useCanEditOrg } from '../../lib/session.js';
import { useOpenPage } from '../shell/navigation.js';

/** Read-only facts about a pegawai, including who rates them (from the jabatan tree). */
export function PegawaiDetailView({ detail }: { detail: PegawaiDetail }) {
  const t = useT();
  const { lang } = useLang();
  const { pegawai, jabatan, unit } = detail;
  const operator = useCanEditOrg();
  const openPage = useOpenPage();
  const rows: [string, ReactNode][] = [
    [pegawai.jenisAsn === 'PNS' ? t.person.nip : t.person.niPppk, <Text ff="monospace" size="sm" key="nip">{formatNip(pegawai.nip)}</Text>],
    [t.person.jenisAsn, pegawai.jenisAsn],
    [t.person.pangkatGolongan, formatPangkatGolongan(pegawai.golongan)],
    [
      t.pegawai.jabatan,
      jabatan ? (
        <Group gap={6} key="jab">
          <Text span size="sm">
            {jabatan.nama}
          </Text>
          <Badge size="xs" variant="light">
            {JENIS_JABATAN_LABEL[jabatan.jenis]}
          </Badge>
        </Group>
      ) : (
        t.pegawai.noJabatan
      ),
    ],
    [t.pegawai.unit, unit.nama],
    [t.pegawai.atasanChain, atasanChainText(detail.atasanChain) || t.app.none],
    [
      t.pegawai.pejabatPenilai,
      <Stack key="pp" gap={4}>
        <People people={detail.pejabatPenilai} />
        {/* Acting heads and wrong imported atasan are set per pegawai (issue 10). */}
        {operator && (
          <Anchor component="button" size="xs" ta="left" onClick={() => openPage({ page: 'penilaiOverride', filter: { pegawaiId: pegawai.id } })} data-testid="open-penilai-override">
            {t.evaluasi.override.fromPegawai}
          </Anchor>
        )}
      </Stack>,
    ],
    [t.pegawai.atasanPejabatPenilai, <People key="app" people={detail.atasanPejabatPenilai} />],
    [t.pegawai.tmtMulai, pegawai.tmtMulai ? formatDate(pegawai.tmtMulai, lang) : t.app.none],
    [t.pegawai.tmtSelesai, pegawai.tmtSelesai ? formatDate(pegawai.tmtSelesai, lang) : t.app.none],
  ];
  // Labels that are terms of the law explain themselves on hover.
  const TERMS: Record<string, GlossaryTerm> = {
    [t.person.jenisAsn]: 'ASN',
    [t.person.pangkatGolongan]: 'golongan',
    [t.pegawai.pejabatPenilai]: 'pejabat penilai kinerja',
    [t.pegawai.atasanPejabatPenilai]: 'atasan pejabat penilai',
    [t.pegawai.tmtMulai]: 'TMT',
    [t.pegawai.tmtSelesai]: 'TMT',
  };
  return (
    <Stack gap="sm" data-testid="pegawai-detail">
      <Title order={3}>{detail.namaLengkap}</Title>
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={190}>{TERMS[label] ? <TermHint term={TERMS[label]}>{label}</TermHint> : label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function People({ people }: { people: PersonRef[] }) {
  const t = useT();
  if (people.length === 0) return <Text c="dimmed">{t.pegawai.nobody}</Text>;
  return (
    <Stack gap={4}>
      {people.map((p) => (
        <div key={p.pegawaiId}>
          <Text size="sm" fw={500}>
            {p.namaLengkap}
          </Text>
          <Text size="xs" c="dimmed">
            {formatNip(p.nip)} · {p.jabatanNama}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
