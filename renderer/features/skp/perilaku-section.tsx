/**
 * Perilaku kerja: the seven BerAKHLAK values with their panduan lines, and the ekspektasi khusus
 * pimpinan the pejabat penilai writes for each (editable only on the penilai's side).
 */
import { List, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { skpArgSchemas } from '../../../shared/contract.js';
import type { SkpDetail } from '../../../shared/entities.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { useT } from '../../i18n/i18n.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { SectionSave } from './section-save.js';
import { useDraft } from './use-draft.js';
import { useSkpUpdate } from './use-skp-update.js';

/** The ekspektasi's limit, from the contract's `skp/update`. */
const MAX_EKSPEKTASI = maxLengthOf(skpArgSchemas['skp/update'].shape.perilaku.unwrap().element.shape.ekspektasiKhusus);

type Props = { detail: SkpDetail; editable: boolean; onSaved: (d: SkpDetail) => void };

export function PerilakuSection({ detail, editable, onSaved }: Props) {
  const t = useT();
  const draft = useDraft(detail.perilaku.map((p) => p.ekspektasiKhusus));
  const update = useSkpUpdate(detail, onSaved);

  const save = async () => {
    const perilaku = detail.perilaku.map((p, i) => ({ nilai: p.nilai, ekspektasiKhusus: draft.value[i] ?? '' }));
    await update.save({ perilaku }, draft.reset);
  };

  return (
    <Stack gap="xs">
      {detail.perilaku.map((p, i) => (
        <Paper key={p.nilai} withBorder p="xs">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap={2}>
              <Text fw={600} size="sm">
                {i + 1}. {p.nama}
              </Text>
              <List size="xs" type="ordered">
                {p.panduan.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Stack>
            {editable ? (
              <LimitedTextarea
                label={t.skp.perilaku.ekspektasiOf(p.nama)}
                value={draft.value[i] ?? ''}
                onChange={(e) => draft.set(draft.value.map((x, k) => (k === i ? e.currentTarget.value : x)))}
                autosize
                minRows={2}
                max={MAX_EKSPEKTASI}
              />
            ) : (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {t.skp.perilaku.ekspektasi}
                </Text>
                <Text size="sm">{p.ekspektasiKhusus || t.app.none}</Text>
              </Stack>
            )}
          </SimpleGrid>
        </Paper>
      ))}
      {editable && <SectionSave label={t.skp.perilaku.save} busy={update.busy} dirty={draft.dirty} error={update.error} onSave={() => void save()} />}
    </Stack>
  );
}
