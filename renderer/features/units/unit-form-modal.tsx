/** Add a sub-unit or edit a unit → org/unitSave. The top unit keeps no parent. */
import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { UnitKerja } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { buildUnitTree, flattenUnitTree, unitOptions } from '../../lib/unit-tree.js';
import { ModalActions } from '../../components/modal-actions.js';

/** What the modal edits: an existing unit, or a new one under `parentId`. */
export type UnitDraft = { unit: UnitKerja | null; parentId: string | null };

type Props = { draft: UnitDraft; units: UnitKerja[]; onClose: () => void; onSaved: () => void };

/** A unit cannot move under itself or its own descendants. */
function descendantsOf(units: UnitKerja[], id: string): Set<string> {
  const node = flattenUnitTree(buildUnitTree(units)).find((n) => n.unit.id === id);
  const out = new Set<string>();
  const walk = (n: NonNullable<typeof node>): void => {
    out.add(n.unit.id);
    n.children.forEach(walk);
  };
  if (node) walk(node);
  return out;
}

export function UnitFormModal({ draft, units, onClose, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const [kode, setKode] = useState(draft.unit?.kode ?? '');
  const [nama, setNama] = useState(draft.unit?.nama ?? '');
  const [parentId, setParentId] = useState<string | null>(draft.unit ? draft.unit.parentId : draft.parentId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const isRoot = draft.unit !== null && draft.unit.parentId === null;
  const excluded = draft.unit ? descendantsOf(units, draft.unit.id) : new Set<string>();
  const parentOptions = unitOptions(units).filter((o) => !excluded.has(o.value));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await invoke('org/unitSave', { ...(draft.unit ? { id: draft.unit.id } : {}), parentId, kode, nama });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    toast.show({ message: t.app.saved });
    onSaved();
  };

  return (
    <Modal opened onClose={onClose} title={draft.unit ? t.units.modalEdit : t.units.modalNew} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <TextInput label={t.units.kode} value={kode} onChange={(e) => setKode(e.currentTarget.value)} required data-autofocus />
          <TextInput label={t.units.nama} value={nama} onChange={(e) => setNama(e.currentTarget.value)} required />
          {!isRoot && (
            <UnitSelect label={t.units.parent} options={parentOptions} value={parentId} onChange={setParentId} allowDeselect={false} required />
          )}
          <ErrorAlert error={error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={busy} disabled={kode.trim() === '' || nama.trim() === '' || (!isRoot && !parentId)}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
