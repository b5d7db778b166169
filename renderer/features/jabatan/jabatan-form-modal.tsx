/** Add or edit a jabatan → org/jabatanSave; the atasan is picked from a searchable list. */
import { Button, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import type { JabatanRow } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, type JenisJabatan } from '../../../shared/domain/jabatan.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { LimitedSelect } from '../../components/limited-select.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { useUnits } from '../units/use-units.js';
import { ModalActions } from '../../components/modal-actions.js';

type Props = { jabatan: JabatanRow | null; onClose: () => void; onSaved: () => void };

function isJenis(v: string): v is JenisJabatan {
  return (JENIS_JABATAN as readonly string[]).includes(v);
}

export function JabatanFormModal({ jabatan, onClose, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const { options: unitOptions } = useUnits();
  const all = useApiQuery('org/jabatanList', {});
  const [kode, setKode] = useState(jabatan?.kode ?? '');
  const [nama, setNama] = useState(jabatan?.nama ?? '');
  const [jenis, setJenis] = useState<JenisJabatan>(jabatan?.jenis ?? 'pelaksana');
  const [unitId, setUnitId] = useState<string | null>(jabatan?.unitId ?? null);
  const [atasanId, setAtasanId] = useState<string | null>(jabatan?.atasanJabatanId ?? null);
  const [kelas, setKelas] = useState<number | string>(jabatan?.kelas ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const atasanOptions = useMemo(
    () => (all.data ?? []).filter((j) => j.id !== jabatan?.id).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unitNama} (${j.kode})` })),
    [all.data, jabatan?.id],
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!unitId) return;
    setBusy(true);
    setError(null);
    const r = await invoke('org/jabatanSave', {
      ...(jabatan ? { id: jabatan.id } : {}),
      unitId,
      kode,
      nama,
      jenis,
      atasanJabatanId: atasanId,
      kelas: typeof kelas === 'number' ? kelas : null,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.app.saved });
    onSaved();
  };

  return (
    <Modal opened onClose={onClose} title={jabatan ? t.jabatan.modalEdit : t.jabatan.modalNew} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t.jabatan.kode} value={kode} onChange={(e) => setKode(e.currentTarget.value)} required data-autofocus />
            <TextInput label={t.jabatan.nama} value={nama} onChange={(e) => setNama(e.currentTarget.value)} required style={{ gridColumn: 'span 2' }} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label={t.jabatan.jenis}
              value={jenis}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (isJenis(v)) setJenis(v);
              }}
              data={JENIS_JABATAN.map((j) => ({ value: j, label: JENIS_JABATAN_LABEL[j] }))}
            />
            <NumberInput
              label={t.jabatan.kelas}
              description={t.jabatan.kelasHint}
              value={kelas}
              onChange={setKelas}
              min={1}
              max={17}
              allowDecimal={false}
            />
          </SimpleGrid>
          <UnitSelect label={t.jabatan.unit} options={unitOptions} value={unitId} onChange={setUnitId} required allowDeselect={false} />
          <LimitedSelect
            label={t.jabatan.atasan}
            placeholder={t.jabatan.atasanPlaceholder}
            description={atasanId ? undefined : t.jabatan.noAtasan}
            data={atasanOptions}
            value={atasanId}
            onChange={setAtasanId}
            searchable
            clearable
            limit={50}
            nothingFoundMessage={t.jabatan.empty}
          />
          <ErrorAlert error={error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={kode.trim() === '' || nama.trim() === '' || !unitId}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
