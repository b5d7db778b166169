/**
 * Evidence of one indikator while the period is open: the list (each removable), a file drop zone
 * (checked against the shared limits before upload; the core checks again) and a link form.
 */
import '@mantine/dropzone/styles.css';
import { ActionIcon, Button, Group, Popover, Stack, Text, TextInput } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconLink, IconUpload, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { BUKTI_MAX_BYTES, BUKTI_MIME, buktiProblem } from '../../../shared/bukti-rules.js';
import type { BuktiDukung } from '../../../shared/domain/evaluasi/types.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { BuktiList } from './bukti-list.js';
import { formatBytes } from './labels.js';

type Props = {
  skpId: string;
  bukti: readonly BuktiDukung[];
  onChange: (next: BuktiDukung[]) => void;
  onUpload: (file: File) => Promise<string | null>;
  label: string;
};

const ACCEPT = Object.keys(BUKTI_MIME);

function keyOf(b: BuktiDukung): string {
  return b.kind === 'file' ? b.sha256 : b.url;
}

export function BuktiEditor({ skpId, bukti, onChange, onUpload, label }: Props) {
  const t = useT();
  const { lang } = useLang();
  const w = t.evaluasi.bukti;
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const [url, setUrl] = useState('');
  const [judul, setJudul] = useState('');
  const [urlError, setUrlError] = useState<string | null>(null);
  const max = formatBytes(BUKTI_MAX_BYTES, lang);

  const take = async (file: File) => {
    const p = buktiProblem(file.type, file.size);
    setProblem(p);
    if (p) return;
    setBusy(true);
    setProblem(await onUpload(file));
    setBusy(false);
  };
  const addLink = () => {
    let ok = false;
    try {
      const u = new URL(url.trim());
      ok = u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      ok = false;
    }
    if (!ok) return setUrlError(w.linkInvalid);
    onChange([...bukti, { kind: 'tautan', url: url.trim(), judul: judul.trim() }]);
    setUrl('');
    setJudul('');
    setUrlError(null);
    setLinkOpen(false);
  };

  return (
    <Stack gap={4} data-testid="bukti-editor">
      {bukti.map((b) => (
        <Group key={keyOf(b)} gap={4} wrap="nowrap">
          <BuktiList skpId={skpId} bukti={[b]} />
          <ActionIcon size="xs" variant="subtle" color="red" aria-label={w.remove(b.kind === 'file' ? b.nama : b.judul || b.url)} onClick={() => onChange(bukti.filter((x) => keyOf(x) !== keyOf(b)))}>
            <IconX size={12} />
          </ActionIcon>
        </Group>
      ))}
      <Dropzone
        onDrop={(files) => {
          const f = files[0];
          if (f) void take(f);
        }}
        // Type and size are checked by the shared rule so the message names the accepted types.
        onReject={(r) => {
          const f = r[0]?.file;
          if (f) setProblem(buktiProblem(f.type, f.size) ?? w.dropReject);
        }}
        accept={ACCEPT}
        maxFiles={1}
        multiple={false}
        loading={busy}
        p={6}
        inputProps={{ 'aria-label': `${w.upload}: ${label}` }}
        data-testid="bukti-dropzone"
      >
        <Group gap={6} justify="center" wrap="nowrap" style={{ pointerEvents: 'none' }}>
          <IconUpload size={14} aria-hidden />
          <Text size="xs">{w.upload}</Text>
        </Group>
      </Dropzone>
      <Text size="xs" c="dimmed">
        {w.dropHint(max)}
      </Text>
      {problem && (
        <Text size="xs" c="red.8" data-testid="bukti-problem" role="alert">
          {problem}
        </Text>
      )}
      <Popover opened={linkOpen} onChange={setLinkOpen} withinPortal position="bottom-start" width={320}>
        <Popover.Target>
          <Button size="compact-xs" variant="subtle" leftSection={<IconLink size={12} />} onClick={() => setLinkOpen((o) => !o)} style={{ alignSelf: 'flex-start' }} aria-label={`${w.addLink}: ${label}`}>
            {w.addLink}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <TextInput label={w.linkUrl} placeholder="https://" value={url} onChange={(e) => setUrl(e.currentTarget.value)} error={urlError} data-autofocus />
            <TextInput label={w.linkJudul} value={judul} onChange={(e) => setJudul(e.currentTarget.value)} />
            <Group justify="flex-end">
              <Button size="xs" onClick={addLink}>
                {w.addLink}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Stack>
  );
}
