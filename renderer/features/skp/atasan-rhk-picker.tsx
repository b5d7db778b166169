/**
 * The searchable list of the pejabat penilai's RHK an RHK can intervene (skp/atasanRhkOptions,
 * answered from the local replica, so it opens at once). Links with rhk/link.
 */
import { Alert, Badge, Button, Group, Loader, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { JENIS_INTERVENSI, type JenisIntervensi } from '../../../shared/domain/skp/types.js';
import type { RhkView, SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { ChoiceControl } from './choice-control.js';
import { IndikatorList } from './indikator-list.js';
import { rhkNumber } from './skp-format.js';
import { useSkpAction } from './use-skp-action.js';

type Props = { skpId: string; rhk: RhkView; onLinked: (d: SkpDetail) => void; onClose: () => void };
const LIMIT = 50;

export function AtasanRhkPicker({ skpId, rhk, onLinked, onClose }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 120);
  const picker = useApiQuery('skp/atasanRhkOptions', { skpId, query: debounced, limit: LIMIT }, SKP_ENTITIES);
  const [chosen, setChosen] = useState<string | null>(rhk.intervensiRhkId);
  const [jenis, setJenis] = useState<JenisIntervensi>(rhk.jenisIntervensi ?? 'langsung');
  const action = useSkpAction();
  const p = picker.data;

  const link = async (target: string | null) => {
    const r = await action.run('rhk/link', { id: rhk.id, intervensiRhkId: target, jenisIntervensi: target === null ? null : jenis });
    if (r.ok) onLinked(r.value);
  };

  return (
    <Modal opened onClose={onClose} title={t.skp.picker.title} size="xl" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {rhkNumber(rhk)} · {rhk.teks}
        </Text>
        <Group align="flex-end">
          <TextInput
            label={t.skp.picker.search}
            placeholder={t.skp.picker.searchPlaceholder}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            type="search"
            data-autofocus
            flex={1}
          />
          {picker.loading && <Loader size="sm" mb={8} aria-label={t.app.loading} />}
        </Group>
        {p?.atasanSkp && (
          <Text size="sm">{t.skp.picker.from(p.atasanSkp.pemilikNama, p.atasanSkp.jabatanNama, t.skp.status[p.atasanSkp.status])}</Text>
        )}
        {p?.notice && (
          <Alert color="yellow" variant="light" data-testid="picker-notice">
            {p.notice}
          </Alert>
        )}
        <ErrorAlert error={picker.error} />
        <Radio.Group value={chosen} onChange={setChosen} aria-label={t.skp.picker.title}>
          <Stack gap={6} data-testid="picker-options">
            {(p?.options ?? []).map((o) => (
              <Radio
                key={o.rhkId}
                value={o.rhkId}
                label={
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {rhkNumber(o)} {o.teks}
                      </Text>
                      {o.diintervensiOleh > 0 && (
                        <Badge size="xs" variant="outline">
                          {t.skp.picker.used(o.diintervensiOleh)}
                        </Badge>
                      )}
                    </Group>
                    <IndikatorList indikator={o.indikator} />
                  </Stack>
                }
              />
            ))}
          </Stack>
        </Radio.Group>
        {p && p.options.length === 0 && !p.notice && <Text c="dimmed">{t.skp.picker.nothing}</Text>}
        {p && p.more > 0 && <Text size="sm" c="dimmed">{t.skp.picker.more(p.more)}</Text>}
        <ChoiceControl label={t.skp.picker.jenisIntervensi} options={JENIS_INTERVENSI} labels={t.skp.jenisIntervensi} value={jenis} onChange={setJenis} />
        <ErrorAlert error={action.error} />
        <Group justify="space-between">
          <Group>
            {rhk.intervensiRhkId !== null && (
              <Button variant="subtle" color="red" onClick={() => void link(null)} disabled={action.busy}>
                {t.skp.picker.unlink}
              </Button>
            )}
          </Group>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t.app.cancel}
            </Button>
            <Button onClick={() => void link(chosen)} loading={action.busy} disabled={chosen === null}>
              {t.skp.picker.submit}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
