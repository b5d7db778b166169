/** Evidence of one indikator: files (downloaded through the core) and links, each on one line. */
import { Anchor, Stack, Text } from '@mantine/core';
import { IconFile, IconLink } from '@tabler/icons-react';
import type { BuktiDukung } from '../../../shared/domain/evaluasi/types.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { downloadFile } from '../../lib/download.js';
import { formatBytes } from './labels.js';

export function BuktiList({ skpId, bukti }: { skpId: string; bukti: readonly BuktiDukung[] }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  if (bukti.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t.evaluasi.bukti.none}
      </Text>
    );
  }
  const open = async (sha256: string) => {
    const r = await invoke('realisasi/file', { skpId, sha256 });
    if (r.ok) downloadFile(r.value);
    else toast.show({ color: 'red', message: r.error.message, sticky: true });
  };
  return (
    <Stack gap={2} data-testid="bukti-list">
      {bukti.map((b) =>
        b.kind === 'file' ? (
          <Anchor key={b.sha256} component="button" size="xs" onClick={() => void open(b.sha256)} aria-label={t.evaluasi.bukti.open(b.nama)} data-testid="bukti-file" ta="left">
            <IconFile size={12} aria-hidden /> {b.nama}{' '}
            <Text span size="xs" c="dimmed">
              ({formatBytes(b.ukuran, lang)})
            </Text>
          </Anchor>
        ) : (
          <Anchor key={b.url} href={b.url} target="_blank" rel="noopener noreferrer" size="xs" data-testid="bukti-link">
            <IconLink size={12} aria-hidden /> {b.judul || b.url}
          </Anchor>
        ),
      )}
    </Stack>
  );
}
