/**
 * A new penilai override: the pegawai, who rates them instead (Plt./Plh. or a correction of the
 * imported atasan), the dates and the reason. A warning from the core (e.g. the penilai sits below
 * pengawas level) is shown after saving; it never blocks.
 */
import { Group, Modal, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import { JENIS_PENILAI_OVERRIDE, JENIS_PENILAI_OVERRIDE_LABEL, type JenisPenilaiOverride } from '../../../shared/domain/evaluasi/types.js';
import type { PegawaiRow } from '../../../shared/entities.js';
import type { PenilaiOverrideRow } from '../../../shared/entities-evaluasi.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { ModalActions } from '../../components/modal-actions.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt, maxLengthOf } from '../../lib/contract-form.js';
import { isoOfDate } from './iso-today.js';
import { PegawaiSelect } from './pegawai-select.js';
import { useMutation } from './use-mutation.js';

const MAX_ALASAN = maxLengthOf(evaluasiArgSchemas['penilai/overrideSave'].shape.alasan);
const FIELDS = ['pegawaiId', 'penilaiPegawaiId', 'jenis', 'mulai', 'selesai', 'alasan'];

function isJenis(v: string | null): v is JenisPenilaiOverride {
  return (JENIS_PENILAI_OVERRIDE as readonly (string | null)[]).includes(v);
}

export function OverrideFormModal({ onSaved, onClose }: { onSaved: (row: PenilaiOverrideRow) => void; onClose: () => void }) {
  const t = useT();
  const w = t.evaluasi.override;
  const m = useMutation();
  const [pegawai, setPegawai] = useState<PegawaiRow | null>(null);
  const [penilai, setPenilai] = useState<PegawaiRow | null>(null);
  const [jenis, setJenis] = useState<JenisPenilaiOverride>('plt');
  const [mulai, setMulai] = useState<string | null>(isoOfDate(new Date()));
  const [selesai, setSelesai] = useState<string | null>(null);
  const [alasan, setAlasan] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const err = m.error;
  const placed = (err?.issues?.length ?? 0) > 0 && (err?.issues?.every((i) => FIELDS.includes(i.path)) ?? false);
  const fe = (p: string) => missing[p] ?? issueAt(err, p);
  const submit = async () => {
    const need: Record<string, string> = {};
    if (!pegawai) need.pegawaiId = t.setup.required;
    if (!penilai) need.penilaiPegawaiId = t.setup.required;
    if (!mulai) need.mulai = t.setup.required;
    setMissing(need);
    if (!pegawai || !penilai || !mulai) return;
    const r = await m.run('penilai/overrideSave', { pegawaiId: pegawai.id, penilaiPegawaiId: penilai.id, jenis, mulai, selesai, alasan });
    if (r.ok) onSaved(r.value);
  };
  return (
    <Modal opened onClose={onClose} title={w.modal} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <PegawaiSelect label={w.pegawai} value={pegawai} onChange={setPegawai} error={fe('pegawaiId')} required />
        <PegawaiSelect label={w.penilai} value={penilai} onChange={setPenilai} error={fe('penilaiPegawaiId')} required />
        <Select
          label={w.jenis}
          data={JENIS_PENILAI_OVERRIDE.map((j) => ({ value: j, label: JENIS_PENILAI_OVERRIDE_LABEL[j] }))}
          value={jenis}
          onChange={(v) => isJenis(v) && setJenis(v)}
          allowDeselect={false}
          error={fe('jenis')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group grow align="flex-start">
          <DateField label={w.mulai} value={mulai} onChange={setMulai} required error={fe('mulai')} />
          <DateField label={w.selesai} value={selesai} onChange={setSelesai} description={w.selesaiHint} error={fe('selesai')} />
        </Group>
        <LimitedTextarea label={w.alasan} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} autosize minRows={2} maxRows={6} max={MAX_ALASAN} error={fe('alasan')} required />
        <ErrorAlert error={placed ? null : err} />
        <ModalActions onCancel={onClose}>
          <SubmitButton type="button" loading={m.busy} onClick={() => void submit()}>
            {t.app.save}
          </SubmitButton>
        </ModalActions>
      </Stack>
    </Modal>
  );
}
