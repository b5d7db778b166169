/** The import file picker: a Mantine drop zone in the UI language that shows the chosen file. */
import '@mantine/dropzone/styles.css';
import { Group, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { MAX_SHEET_BYTES } from '../../../shared/contract.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { formatCount } from '../../lib/format.js';

const XLSX_TYPES = { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] };

/** "12,3 KB" / "4,5 MB" in the UI language. */
export function formatFileSize(bytes: number, lang: 'id' | 'en'): string {
  if (bytes < 1024) return `${formatCount(bytes, lang)} B`;
  const kb = bytes / 1024;
  const fmt = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  return kb < 1024 ? `${fmt(kb)} KB` : `${fmt(kb / 1024)} MB`;
}

type Props = {
  chosen: File | null;
  disabled: boolean;
  onFile: (f: File) => void;
  onReject: (r: FileRejection[]) => void;
  /** File types taken; .xlsx when absent (the attendance import also takes .csv). */
  accept?: Record<string, string[]>;
  /** The line under the drop text; the org import's when absent. */
  hint?: string;
};

export function SheetDropzone({ chosen, disabled, onFile, onReject, accept, hint }: Props) {
  const t = useT();
  const { lang } = useLang();
  return (
    <Stack gap={6}>
      <Dropzone
        onDrop={(files) => {
          const f = files[0];
          if (f) onFile(f);
        }}
        onReject={onReject}
        accept={accept ?? XLSX_TYPES}
        maxFiles={1}
        multiple={false}
        maxSize={MAX_SHEET_BYTES}
        disabled={disabled}
        data-testid="sheet-dropzone"
        inputProps={{ 'aria-label': t.sheets.fileLabel }}
        p="md"
      >
        <Group justify="center" gap="md" mih={72} style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={36} stroke={1.5} color="var(--mantine-color-blue-6)" />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={36} stroke={1.5} color="var(--mantine-color-red-6)" />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileSpreadsheet size={36} stroke={1.5} color="var(--mantine-color-dimmed)" />
          </Dropzone.Idle>
          <div>
            <Dropzone.Idle>
              <Text size="md">{t.records.drop.idle}</Text>
            </Dropzone.Idle>
            <Dropzone.Accept>
              <Text size="md">{t.records.drop.accept}</Text>
            </Dropzone.Accept>
            <Dropzone.Reject>
              <Text size="md" c="red.8">
                {t.records.drop.reject}
              </Text>
            </Dropzone.Reject>
            <Text size="sm" c="dimmed" mt={4}>
              {hint ?? t.records.drop.hint}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Text size="sm" data-testid="sheet-chosen" c={chosen ? undefined : 'dimmed'}>
        {chosen ? t.records.drop.chosen(chosen.name, formatFileSize(chosen.size, lang)) : t.records.drop.none}
      </Text>
    </Stack>
  );
}
