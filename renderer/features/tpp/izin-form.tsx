/** The form of one excused absence: pegawai (searched through the core), kind, dates, letter. */
import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { JENIS_IZIN, type JenisIzin } from '../../../shared/domain/tpp/types.js';
import type { IzinRow } from '../../../shared/entities-tpp.js';
import type { AppError } from '../../../shared/result.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { formatNip } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';

type Props = { initial: IzinRow | null; onClose: () => void; onSaved: () => void };

export function IzinForm({ initial, onClose, onSaved }: Props) {
  const t = useT();
  const [pegawai, setPegawai] = useState<{ id: string; label: string } | null>(initial ? { id: initial.pegawaiId, label: `${initial.namaLengkap} — ${formatNip(initial.nip)}` } : null);
  const [jenis, setJenis] = useState<JenisIzin>(initial?.jenis ?? 'cuti');
  const [mulai, setMulai] = useState<string | null>(initial?.mulai ?? null);
  const [selesai, setSelesai] = useState<string | null>(initial?.selesai ?? null);
  const [keterangan, setKeterangan] = useState(initial?.keterangan ?? '');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const found = useApiQuery('pegawai/search', { query: debounced, aktif: true, offset: 0, limit: 30 }, ['pegawai']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const data = useMemo(() => {
    const rows = (found.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.namaLengkap} — ${formatNip(p.nip)}` }));
    return pegawai && !rows.some((r) => r.value === pegawai.id) ? [{ value: pegawai.id, label: pegawai.label }, ...rows] : rows;
  }, [found.data, pegawai]);

  const save = async () => {
    if (!pegawai || !mulai || !selesai) return;
    setBusy(true);
    setError(null);
    const r = await invoke('tpp/absenceSave', { ...(initial ? { id: initial.id } : {}), pegawaiId: pegawai.id, jenis, mulai, selesai, keterangan });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onSaved();
  };

  return (
    <Modal opened onClose={onClose} title={t.tpp.izin.formTitle} size="lg">
      <Stack gap="sm">
        <Select
          label={t.tpp.izin.pegawai}
          placeholder={t.tpp.izin.pegawaiPlaceholder}
          data={data}
          value={pegawai?.id ?? null}
          onChange={(v, o) => setPegawai(v && o ? { id: v, label: o.label } : null)}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          required
        />
        <Select label={t.tpp.izin.jenis} data={JENIS_IZIN.map((j) => ({ value: j, label: t.tpp.jenisIzin[j] }))} value={jenis} onChange={(v) => v && setJenis(v as JenisIzin)} allowDeselect={false} />
        <Group grow>
          <DateField label={t.tpp.izin.mulai} value={mulai} onChange={setMulai} required />
          <DateField label={t.tpp.izin.selesai} value={selesai} onChange={setSelesai} required />
        </Group>
        <TextInput label={t.tpp.izin.keterangan} value={keterangan} onChange={(e) => setKeterangan(e.currentTarget.value)} maxLength={500} />
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <SubmitButton type="button" onClick={() => void save()} loading={busy} reason={!pegawai ? t.forms.reason.pickPegawai : !mulai || !selesai ? t.tpp.izin.needDates : null}>
            {t.tpp.izin.save}
          </SubmitButton>
        </Group>
      </Stack>
    </Modal>
  );
}
