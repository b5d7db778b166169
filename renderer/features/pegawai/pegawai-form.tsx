/** Create or edit a pegawai → pegawai/save. Hints come from the same rules the core applies. */
import { Button, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import type { JenisAsn, Pegawai } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { GolonganSelect, JenisAsnSelect } from '../../components/golongan-select.js';
import { NipInput } from '../../components/nip-input.js';
import { useToast } from '../../components/toast.js';
import { LimitedSelect } from '../../components/limited-select.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = { initial: Pegawai | null; onCancel: () => void; onSaved: (p: Pegawai) => void };
type Draft = Omit<Pegawai, 'id' | 'unitId'> & { unitId: string | null };

const BLANK: Draft = {
  nip: '',
  gelarDepan: '',
  nama: '',
  gelarBelakang: '',
  jenisAsn: 'PNS',
  golongan: '',
  jabatanId: null,
  unitId: null,
  tmtMulai: null,
  tmtSelesai: null,
};

export function PegawaiForm({ initial, onCancel, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const { options: unitOptions } = useUnits();
  const jabatan = useApiQuery('org/jabatanList', {}, ['jabatan']);
  const [d, setD] = useState<Draft>(initial ?? BLANK);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [errorNip, setErrorNip] = useState<string | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((prev) => ({ ...prev, [k]: v }));

  const jabatanOptions = useMemo(() => (jabatan.data ?? []).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unitNama} (${j.kode})` })), [jabatan.data]);
  const problems = checkPegawaiFields(d);
  const problem = (field: string) => (tried ? problems.find((p) => p.field === field)?.message : undefined);
  // A core error about the NIP stays on the field until the NIP is changed.
  const nipServerError = error && errorNip === d.nip && (error.code === 'CONFLICT' || error.code === 'INVALID_NIP') ? error.message : null;
  const complete = d.nama.trim() !== '' && d.unitId !== null && problems.length === 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!complete || d.unitId === null) return;
    setBusy(true);
    setError(null);
    const r = await invoke('pegawai/save', { ...d, unitId: d.unitId, ...(initial ? { id: initial.id } : {}) });
    setBusy(false);
    if (!r.ok) {
      setErrorNip(d.nip);
      return setError(r.error);
    }
    toast.show({ message: t.app.saved });
    onSaved(r.value);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <JenisAsnSelect value={d.jenisAsn} onChange={(v: JenisAsn) => setD((p) => ({ ...p, jenisAsn: v, golongan: '' }))} />
          <GolonganSelect jenisAsn={d.jenisAsn} value={d.golongan} onChange={(v) => set('golongan', v)} error={problem('golongan')} required />
        </SimpleGrid>
        <NipInput value={d.nip} onChange={(v) => set('nip', v)} jenisAsn={d.jenisAsn} serverError={nipServerError} required />
        <SimpleGrid cols={3}>
          <TextInput label={t.person.gelarDepan} value={d.gelarDepan} onChange={(e) => set('gelarDepan', e.currentTarget.value)} />
          <TextInput
            label={t.person.nama}
            value={d.nama}
            onChange={(e) => set('nama', e.currentTarget.value)}
            required
            error={tried && d.nama.trim() === '' ? t.setup.required : undefined}
          />
          <TextInput label={t.person.gelarBelakang} value={d.gelarBelakang} onChange={(e) => set('gelarBelakang', e.currentTarget.value)} />
        </SimpleGrid>
        <UnitSelect
          label={t.pegawai.unit}
          options={unitOptions}
          value={d.unitId}
          onChange={(v) => set('unitId', v)}
          required
          allowDeselect={false}
          error={tried && d.unitId === null ? t.setup.required : undefined}
        />
        <LimitedSelect
          label={t.pegawai.jabatan}
          placeholder={t.pegawai.jabatanPlaceholder}
          data={jabatanOptions}
          value={d.jabatanId}
          onChange={(v) => set('jabatanId', v)}
          searchable
          clearable
          limit={50}
          nothingFoundMessage={t.jabatan.empty}
        />
        <SimpleGrid cols={2}>
          <TextInput type="date" label={t.pegawai.tmtMulai} value={d.tmtMulai ?? ''} onChange={(e) => set('tmtMulai', e.currentTarget.value || null)} />
          <TextInput
            type="date"
            label={t.pegawai.tmtSelesai}
            description={t.pegawai.tmtHint}
            value={d.tmtSelesai ?? ''}
            onChange={(e) => set('tmtSelesai', e.currentTarget.value || null)}
            error={problem('tmtSelesai')}
          />
        </SimpleGrid>
        <ErrorAlert error={error} />
        <ModalActions onCancel={onCancel}>
          <Button type="submit" loading={busy}>
            {t.app.save}
          </Button>
        </ModalActions>
      </Stack>
    </form>
  );
}
