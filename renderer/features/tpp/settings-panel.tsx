/**
 * The TPP settings form: office hours per weekday, days off, TL/PSW bands and rates, the
 * predikat table, base TPP per kelas jabatan and the weights. The core checks the whole (bands
 * that grow, weights that make 100 %) and names each problem.
 */
import { Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { PREDIKATS } from '../../../shared/domain/evaluasi/types.js';
import { BAND, HARI, type PengaturanTpp } from '../../../shared/domain/tpp/types.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { HolidaysFields } from './holidays-fields.js';

const num = (v: string | number, fallback: number) => (typeof v === 'number' ? v : fallback);

function Form({ initial }: { initial: PengaturanTpp }) {
  const t = useT();
  const p = t.tpp.pengaturan;
  const toast = useToast();
  const [v, setV] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const set = <K extends keyof PengaturanTpp>(k: K, value: PengaturanTpp[K]) => setV((old) => ({ ...old, [k]: value }));
  const setTuple = (k: 'tarifTl' | 'tarifPsw', i: number, x: number) => set(k, v[k].map((y, n) => (n === i ? x : y)) as PengaturanTpp['tarifTl']);
  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await invoke('tpp/settingsSave', { pengaturan: v });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setV(r.value);
    toast.show({ message: p.saved });
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {p.note}
      </Text>
      <Title order={5}>{p.jamKerja}</Title>
      {HARI.map((h) => {
        const j = v.jamKerja[h];
        return (
          <Group key={h} align="flex-end">
            <Text w={90} size="sm">
              {t.tpp.hari[h]}
            </Text>
            <Checkbox label={p.libur} checked={j === null} onChange={(e) => set('jamKerja', { ...v.jamKerja, [h]: e.currentTarget.checked ? null : { masuk: '07:30', pulang: '16:00' } })} />
            {j && <TextInput aria-label={`${t.tpp.hari[h]} ${p.masuk}`} placeholder={p.masuk} value={j.masuk} onChange={(e) => set('jamKerja', { ...v.jamKerja, [h]: { ...j, masuk: e.currentTarget.value } })} w={90} />}
            {j && <TextInput aria-label={`${t.tpp.hari[h]} ${p.pulang}`} placeholder={p.pulang} value={j.pulang} onChange={(e) => set('jamKerja', { ...v.jamKerja, [h]: { ...j, pulang: e.currentTarget.value } })} w={90} />}
          </Group>
        );
      })}
      <HolidaysFields value={v.hariLibur} onChange={(x) => set('hariLibur', x)} />
      <Title order={5}>{p.band}</Title>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        {[0, 1, 2].map((i) => (
          <NumberInput key={i} label={p.batas(i + 1)} value={v.batasMenit[i]} min={1} max={1440} allowDecimal={false} onChange={(x) => set('batasMenit', v.batasMenit.map((y, n) => (n === i ? num(x, y) : y)) as PengaturanTpp['batasMenit'])} />
        ))}
        <Text size="sm" c="dimmed" mt="lg">
          {p.band4}
        </Text>
        {BAND.map((b) => (
          <NumberInput key={`tl${b}`} label={p.tarifTl(b)} value={v.tarifTl[b - 1]} min={0} max={100} decimalScale={2} onChange={(x) => setTuple('tarifTl', b - 1, num(x, 0))} />
        ))}
        {BAND.map((b) => (
          <NumberInput key={`psw${b}`} label={p.tarifPsw(b)} value={v.tarifPsw[b - 1]} min={0} max={100} decimalScale={2} onChange={(x) => setTuple('tarifPsw', b - 1, num(x, 0))} />
        ))}
        <NumberInput label={p.tarifTk} value={v.tarifTanpaKeterangan} min={0} max={100} decimalScale={2} onChange={(x) => set('tarifTanpaKeterangan', num(x, 0))} />
      </SimpleGrid>
      <Title order={5}>{p.predikat}</Title>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        {PREDIKATS.map((k) => (
          <NumberInput key={k} label={t.tpp.predikat[k]} value={v.persenKinerja[k]} min={0} max={100} decimalScale={2} onChange={(x) => set('persenKinerja', { ...v.persenKinerja, [k]: num(x, 0) })} />
        ))}
      </SimpleGrid>
      <Title order={5}>{p.bobot}</Title>
      <Group>
        <NumberInput label={p.bobotKinerja} value={v.bobotKinerja} min={0} max={100} allowDecimal={false} onChange={(x) => set('bobotKinerja', num(x, 0))} w={180} />
        <NumberInput label={p.bobotDisiplin} value={v.bobotDisiplin} min={0} max={100} allowDecimal={false} onChange={(x) => set('bobotDisiplin', num(x, 0))} w={180} />
      </Group>
      <Title order={5}>{p.dasar}</Title>
      <SimpleGrid cols={{ base: 3, md: 6 }}>
        {v.tppDasar.map((d, i) => (
          <NumberInput
            key={i}
            label={p.kelas(i + 1)}
            value={d ?? ''}
            min={0}
            max={1_000_000_000}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            onChange={(x) => set('tppDasar', v.tppDasar.map((y, n) => (n === i ? (typeof x === 'number' ? x : null) : y)))}
          />
        ))}
      </SimpleGrid>
      <ErrorAlert error={error} />
      <Group>
        <SubmitButton type="button" onClick={() => void save()} loading={busy}>
          {p.save}
        </SubmitButton>
      </Group>
    </Stack>
  );
}

export function SettingsPanel() {
  const q = useApiQuery('tpp/settingsGet', {});
  return (
    <Stack>
      <ErrorAlert error={q.error} />
      {q.data && <Form initial={q.data} />}
    </Stack>
  );
}
