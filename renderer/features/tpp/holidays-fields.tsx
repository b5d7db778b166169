/** The dated days off of the work calendar: national holidays and cuti bersama, with their count. */
import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { JENIS_LIBUR, type HariLibur, type JenisLibur } from '../../../shared/domain/tpp/types.js';
import { DateField } from '../../components/date-field.js';
import { useT } from '../../i18n/i18n.js';

type Props = { value: HariLibur[]; onChange: (v: HariLibur[]) => void };

export function HolidaysFields({ value, onChange }: Props) {
  const t = useT();
  const p = t.tpp.pengaturan;
  const set = (i: number, patch: Partial<HariLibur>) => onChange(value.map((h, n) => (n === i ? { ...h, ...patch } : h)));
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={5}>{p.hariLibur}</Title>
        <Text size="sm">{p.hariLiburTotal(value.length)}</Text>
      </Group>
      {value.map((h, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <DateField label={p.tanggal} value={h.tanggal || null} onChange={(iso) => set(i, { tanggal: iso ?? '' })} required />
          <TextInput label={p.namaLibur} value={h.nama} onChange={(e) => set(i, { nama: e.currentTarget.value })} maxLength={120} flex={1} />
          <Select label={p.jenisLibur} data={JENIS_LIBUR.map((j) => ({ value: j, label: t.tpp.jenisLibur[j] }))} value={h.jenis} onChange={(v) => v && set(i, { jenis: v as JenisLibur })} allowDeselect={false} w={170} />
          <Button variant="subtle" color="red" onClick={() => onChange(value.filter((_, n) => n !== i))}>
            {p.hapus}
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...value, { tanggal: '', nama: '', jenis: 'libur_nasional' }])}>
          {p.tambahLibur}
        </Button>
      </Group>
    </Stack>
  );
}
