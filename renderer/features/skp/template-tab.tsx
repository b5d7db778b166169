/**
 * Operators: the SKP template of a jabatan (the plan follows the position: a pegawai moved into
 * it starts from the template). RHK are edited in the same form as on an SKP, then saved at once.
 */
import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Pendekatan } from '../../../shared/domain/skp/types.js';
import type { RhkTemplate } from '../../../shared/domain/skp/template.js';
import type { SkpTemplateView } from '../../../shared/entities.js';
import { PendekatanControl } from './pendekatan-control.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import type { AppError } from '../../../shared/result.js';
import { IndikatorList } from './indikator-list.js';
import { JabatanSelect } from './jabatan-select.js';
import { LampiranFields, lampiranFromText, lampiranToText } from './lampiran-fields.js';
import { rhkDraftFrom, type RhkInput } from './rhk-draft.js';
import { RhkFormModal } from './rhk-form-modal.js';
import { SKP_ENTITIES } from './skp-entities.js';

type TemplateRhk = Omit<RhkTemplate, 'indikator'> & { indikator: RhkInput['indikator'] };

function TemplateForm({ jabatanId, initial }: { jabatanId: string; initial: SkpTemplateView | null }) {
  const t = useT();
  const toast = useToast();
  const [pendekatan, setPendekatan] = useState<Pendekatan>(initial?.pendekatan ?? 'kuantitatif');
  const [rhk, setRhk] = useState<TemplateRhk[]>(initial?.rhk ?? []);
  const [lampiran, setLampiran] = useState(lampiranToText(initial?.lampiran ?? { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] }));
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const put = (input: RhkInput): Promise<null> => {
    const row: TemplateRhk = { jenis: input.jenis, teks: input.teks, perspektif: input.perspektif, indikator: input.indikator };
    setRhk(editing === 'new' || editing === null ? [...rhk, row] : rhk.map((r, i) => (i === editing ? row : r)));
    setEditing(null);
    return Promise.resolve(null);
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('skp/templateSave', { jabatanId, pendekatan, rhk, lampiran: lampiranFromText(lampiran) });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.forms.toast.templateSaved });
  };

  const current = typeof editing === 'number' ? rhk[editing] : undefined;
  return (
    <Stack gap="sm">
      {!initial && <Text c="dimmed">{t.skp.bulk.templateNone}</Text>}
      <PendekatanControl value={pendekatan} onChange={setPendekatan} />
      {rhk.map((r, i) => (
        <Paper key={`${i}-${r.teks}`} withBorder p="xs" data-testid="template-rhk">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={2}>
              <Text size="sm" fw={500}>
                {t.skp.jenisRhkShort[r.jenis]} · {r.teks}
              </Text>
              <IndikatorList indikator={r.indikator.map((x, k) => ({ ...x, id: x.id ?? `new-${k}` }))} />
            </Stack>
            <Group gap={4} wrap="nowrap">
              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(i)}>
                {t.skp.rhk.edit}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRhk(rhk.filter((_, k) => k !== i))}>
                {t.skp.common.delete}
              </Button>
            </Group>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" onClick={() => setEditing('new')}>
          {t.skp.rhk.add}
        </Button>
      </Group>
      <LampiranFields value={lampiran} onChange={setLampiran} />
      <ErrorAlert error={error} />
      <Group>
        <Button onClick={() => void save()} loading={busy}>
          {t.skp.bulk.templateSave}
        </Button>
      </Group>
      {editing !== null && (
        <RhkFormModal
          title={current ? t.skp.rhk.modalEdit : t.skp.rhk.modalNew}
          initial={rhkDraftFrom(current ?? null)}
          pendekatan={pendekatan}
          isPuncak={false}
          isJpt={true}
          onSubmit={put}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function TemplateLoader({ jabatanId }: { jabatanId: string }) {
  const t = useT();
  const q = useApiQuery('skp/templateGet', { jabatanId }, SKP_ENTITIES);
  if (q.error) return <ErrorAlert error={q.error} />;
  if (q.data === undefined) return <Loader size="sm" aria-label={t.app.loading} />;
  return <TemplateForm key={jabatanId} jabatanId={jabatanId} initial={q.data} />;
}

export function TemplateTab() {
  const [jabatanId, setJabatanId] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <JabatanSelect value={jabatanId} onChange={setJabatanId} />
      {jabatanId && <TemplateLoader key={jabatanId} jabatanId={jabatanId} />}
    </Stack>
  );
}
