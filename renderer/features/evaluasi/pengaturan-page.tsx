/** Pengaturan Kinerja (admins): monthly or quarterly evaluation, the annual deadline in January, effective minutes. */
import { Alert, Button, Group, NumberInput, Paper, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { JenisPeriodeEvaluasi } from '../../../shared/domain/evaluasi/types.js';
import type { PengaturanKinerjaView } from '../../../shared/entities-evaluasi.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt } from '../../lib/contract-form.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { EVALUASI_ENTITIES } from './evaluasi-entities.js';
import { useMutation } from './use-mutation.js';

const FIELDS = ['periodeEvaluasi', 'batasEvaluasiTahunan', 'menitEfektifBulanan'];

function Form({ initial }: { initial: PengaturanKinerjaView }) {
  const t = useT();
  const w = t.evaluasi.pengaturan;
  const toast = useToast();
  const m = useMutation();
  const [jenis, setJenis] = useState<JenisPeriodeEvaluasi>(initial.periodeEvaluasi);
  const [hari, setHari] = useState(initial.batasEvaluasiTahunan.slice(3));
  const [menit, setMenit] = useState<number>(initial.menitEfektifBulanan);
  const days = Array.from({ length: 31 }, (_, i) => String(i + 1).padStart(2, '0'));
  const err = m.error;
  const placed = (err?.issues?.length ?? 0) > 0 && (err?.issues?.every((i) => FIELDS.includes(i.path)) ?? false);
  const save = async () => {
    const r = await m.run('evaluasi/settingsSave', { periodeEvaluasi: jenis, batasEvaluasiTahunan: `01-${hari}`, menitEfektifBulanan: menit });
    if (r.ok) toast.show({ message: w.saved });
  };
  return (
    <Paper withBorder p="md" maw={640}>
      <Stack gap="md">
        {!initial.tersimpan && (
          <Alert color="gray" variant="light">
            {w.defaults}
          </Alert>
        )}
        <Radio.Group label={w.periodeEvaluasi} value={jenis} onChange={(v) => setJenis(v === 'bulanan' ? 'bulanan' : 'triwulanan')} error={issueAt(err, 'periodeEvaluasi')}>
          <Group mt={4}>
            <Radio value="bulanan" label={w.bulanan} />
            <Radio value="triwulanan" label={w.triwulanan} />
          </Group>
        </Radio.Group>
        <Select
          label={w.batas}
          description={w.batasHint}
          data={days.map((d) => ({ value: d, label: w.batasDay(Number(d)) }))}
          value={hari}
          onChange={(v) => v && setHari(v)}
          allowDeselect={false}
          error={issueAt(err, 'batasEvaluasiTahunan')}
          w={320}
          comboboxProps={{ withinPortal: true }}
        />
        <NumberInput label={w.menit} description={w.menitHint} value={menit} onChange={(v) => setMenit(typeof v === 'number' ? v : 0)} min={60} max={20000} allowDecimal={false} thousandSeparator="." decimalSeparator="," error={issueAt(err, 'menitEfektifBulanan')} w={320} />
        <ErrorAlert error={placed ? null : err} />
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={m.busy}>
            {w.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function PengaturanPage() {
  const t = useT();
  const w = t.evaluasi.pengaturan;
  const q = useApiQuery('evaluasi/settingsGet', {}, EVALUASI_ENTITIES);
  return (
    <Stack gap="sm" {...(q.data ? { 'data-page-content': 'pengaturanKinerja' } : {})}>
      <Title order={2}>{w.title}</Title>
      <Text c="dimmed" size="sm">
        {w.intro}
      </Text>
      <ErrorAlert error={q.error} />
      {q.data && <Form key={JSON.stringify(q.data)} initial={q.data} />}
    </Stack>
  );
}
