/**
 * One laporan harian entry: date (DD/MM/YYYY), activity, the RHK it serves, output, volume and
 * minutes. The core's refusal (e.g. a date in a locked period) is shown beside its field.
 */
import { Group, Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import type { LaporanHarianRow } from '../../../shared/entities-evaluasi.js';
import { DateField } from '../../components/date-field.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea, LimitedTextInput } from '../../components/limited-text.js';
import { ModalActions } from '../../components/modal-actions.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt, maxLengthOf } from '../../lib/contract-form.js';
import { useMutation } from './use-mutation.js';

const SHAPE = evaluasiArgSchemas['laporan/save'].shape;
const MAX_KEGIATAN = maxLengthOf(SHAPE.kegiatan);
const MAX_OUTPUT = maxLengthOf(SHAPE.output);
const FIELDS = ['tanggal', 'kegiatan', 'rhkId', 'output', 'volume', 'menit'];

type Props = {
  skpId: string;
  rhkOptions: { value: string; label: string }[];
  entry: LaporanHarianRow | null;
  defaultTanggal: string;
  onSaved: () => void;
  onClose: () => void;
};

export function LaporanFormModal({ skpId, rhkOptions, entry, defaultTanggal, onSaved, onClose }: Props) {
  const t = useT();
  const w = t.evaluasi.laporan;
  const toast = useToast();
  const m = useMutation();
  const [tanggal, setTanggal] = useState<string | null>(entry?.tanggal ?? defaultTanggal);
  const [kegiatan, setKegiatan] = useState(entry?.kegiatan ?? '');
  const [rhkId, setRhkId] = useState<string | null>(entry?.rhkId ?? null);
  const [output, setOutput] = useState(entry?.output ?? '');
  const [volume, setVolume] = useState<number>(entry?.volume ?? 1);
  const [menit, setMenit] = useState<number>(entry?.menit ?? 60);
  const [missing, setMissing] = useState<string | null>(null);
  const err = m.error;
  // A refusal without a field (LOCKED: the date's period is locked) belongs to the date.
  const placed = err !== null && ((err.issues?.length ?? 0) > 0 ? (err.issues?.every((i) => FIELDS.includes(i.path)) ?? false) : err.code === 'LOCKED');
  const submit = async () => {
    if (!tanggal) return setMissing(t.setup.required);
    setMissing(null);
    const r = await m.run('laporan/save', { ...(entry ? { id: entry.id } : {}), skpId, tanggal, kegiatan, rhkId, output, volume, menit });
    if (r.ok) {
      toast.show({ message: w.saved });
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={entry ? w.modalEdit : w.modalNew} size="lg" closeButtonProps={{ 'aria-label': t.app.close }}>
      <Stack gap="sm">
        <DateField label={w.tanggal} value={tanggal} onChange={setTanggal} required error={missing ?? issueAt(err, 'tanggal') ?? (err?.code === 'LOCKED' ? err.message : undefined)} data-testid="laporan-tanggal" />
        <LimitedTextarea label={w.kegiatan} value={kegiatan} onChange={(e) => setKegiatan(e.currentTarget.value)} autosize minRows={2} maxRows={6} max={MAX_KEGIATAN} error={issueAt(err, 'kegiatan')} required data-autofocus />
        <Select label={w.rhk} data={rhkOptions} value={rhkId} onChange={setRhkId} placeholder={w.rhkNone} clearable error={issueAt(err, 'rhkId')} comboboxProps={{ withinPortal: true }} />
        <LimitedTextInput label={w.output} value={output} onChange={(e) => setOutput(e.currentTarget.value)} max={MAX_OUTPUT} error={issueAt(err, 'output')} />
        <Group grow>
          <NumberInput label={w.volume} value={volume} onChange={(v) => setVolume(typeof v === 'number' ? v : 0)} min={0} error={issueAt(err, 'volume')} />
          <NumberInput label={w.menit} value={menit} onChange={(v) => setMenit(typeof v === 'number' ? v : 0)} min={0} allowDecimal={false} error={issueAt(err, 'menit')} />
        </Group>
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
