/**
 * Rekap TPP (issue 11, item 5): pick a month and a unit, then see the rekap, import attendance,
 * record excused absences, or change the settings. Operators and admins (the core checks too).
 */
import { Group, NumberInput, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { monthName } from '../../../shared/format/tanggal.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { useUnits } from '../units/use-units.js';
import { ImportPanel } from './import-panel.js';
import { IzinPanel } from './izin-panel.js';
import { RekapPanel } from './rekap-panel.js';
import { SettingsPanel } from './settings-panel.js';

export type Bulan = { tahun: number; bulan: number; unitId: string };

/** The previous month: TPP is paid after the month it rewards. */
function defaultMonth(): { tahun: number; bulan: number } {
  const d = new Date();
  return d.getMonth() === 0 ? { tahun: d.getFullYear() - 1, bulan: 12 } : { tahun: d.getFullYear(), bulan: d.getMonth() };
}

export function TppPage() {
  const t = useT();
  const { lang } = useLang();
  const { options } = useUnits();
  const [month, setMonth] = useState(defaultMonth);
  const [unitId, setUnitId] = useState<string | null>(null);
  const unit = unitId ?? options[0]?.value ?? null;
  const months = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, lang) }));
  const sel: Bulan | null = unit ? { ...month, unitId: unit } : null;
  return (
    <Stack gap="md" data-page-content="tpp">
      <Title order={2}>{t.tpp.title}</Title>
      <Text size="sm" c="dimmed">
        {t.tpp.intro}
      </Text>
      <Group align="flex-end">
        <Select label={t.tpp.bulan} data={months} value={String(month.bulan)} onChange={(v) => v && setMonth((m) => ({ ...m, bulan: Number(v) }))} allowDeselect={false} w={160} />
        <NumberInput
          label={t.tpp.tahun}
          value={month.tahun}
          onChange={(v) => typeof v === 'number' && v >= 2000 && v <= 2100 && setMonth((m) => ({ ...m, tahun: v }))}
          min={2000}
          max={2100}
          allowDecimal={false}
          w={110}
        />
        <UnitSelect label={t.tpp.unit} options={options} value={unit} onChange={(v) => v && setUnitId(v)} allowDeselect={false} w={320} />
      </Group>
      <Tabs defaultValue="rekap" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="rekap">{t.tpp.tabs.rekap}</Tabs.Tab>
          <Tabs.Tab value="impor">{t.tpp.tabs.impor}</Tabs.Tab>
          <Tabs.Tab value="izin">{t.tpp.tabs.izin}</Tabs.Tab>
          <Tabs.Tab value="pengaturan">{t.tpp.tabs.pengaturan}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rekap" pt="md">
          {sel && <RekapPanel sel={sel} />}
        </Tabs.Panel>
        <Tabs.Panel value="impor" pt="md">
          <ImportPanel />
        </Tabs.Panel>
        <Tabs.Panel value="izin" pt="md">
          {sel && <IzinPanel sel={sel} />}
        </Tabs.Panel>
        <Tabs.Panel value="pengaturan" pt="md">
          <SettingsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
