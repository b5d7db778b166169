/**
 * The dialog kinerja about one RHK, one BerAKHLAK value or the SKP as a whole: dated messages
 * from the pegawai and the pejabat penilai, oldest first, and a box to add one (never edited).
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import type { NilaiBerakhlak } from '../../../shared/domain/skp/berakhlak.js';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { UmpanBalikRow } from '../../../shared/entities-evaluasi.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { issueAt, maxLengthOf } from '../../lib/contract-form.js';
import { formatDateTime } from '../../lib/format.js';
import { useMutation } from './use-mutation.js';

const MAX_TEKS = maxLengthOf(evaluasiArgSchemas['umpanBalik/add'].shape.teks);
const SISI_COLOR = { pegawai: 'blue', penilai: 'teal', lainnya: 'gray' } as const;

type Props = {
  skpId: string;
  periode: PeriodeKey;
  about: { rhkId: string | null; nilai: NilaiBerakhlak | null };
  /** What the thread is about, for the box's label ("RHK A.1"). */
  context: string;
  messages: readonly UmpanBalikRow[];
  canAdd: boolean;
  onAdded: () => void;
};

export function UmpanBalikThread({ skpId, periode, about, context, messages, canAdd, onAdded }: Props) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const m = useMutation();
  const [teks, setTeks] = useState('');
  const u = t.evaluasi.umpanBalik;
  const send = async () => {
    const r = await m.run('umpanBalik/add', { skpId, periode, rhkId: about.rhkId, nilai: about.nilai, teks });
    if (r.ok) {
      setTeks('');
      toast.show({ message: u.sent });
      onAdded();
    }
  };
  return (
    <Stack gap={6} data-testid="umpan-balik-thread">
      {messages.length === 0 && (
        <Text size="xs" c="dimmed">
          {u.empty}
        </Text>
      )}
      {messages.map((msg) => (
        <Paper key={msg.id} withBorder p={6} radius="sm" data-testid="umpan-balik-message">
          <Group gap={6} mb={2}>
            <Badge size="xs" variant="light" color={SISI_COLOR[msg.sisi]} style={{ overflow: 'visible' }}>
              {u.sisi[msg.sisi]}
            </Badge>
            <Text size="xs" fw={500}>
              {msg.authorNama}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(msg.at, lang)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {msg.teks}
          </Text>
        </Paper>
      ))}
      {canAdd && (
        <Stack gap={4}>
          <LimitedTextarea
            aria-label={u.label(context)}
            placeholder={u.placeholder}
            value={teks}
            onChange={(e) => setTeks(e.currentTarget.value)}
            autosize
            minRows={1}
            maxRows={5}
            max={MAX_TEKS}
            // The core's refusal sits beside the box: its field issue, or its sentence.
            error={issueAt(m.error, 'teks') ?? m.error?.message}
          />
          <Group justify="flex-end">
            <Button size="compact-sm" variant="light" onClick={() => void send()} loading={m.busy} aria-label={`${u.add}: ${u.label(context)}`}>
              {u.add}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
