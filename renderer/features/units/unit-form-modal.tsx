/** Add a sub-unit or edit a unit → org/unitSave. The top unit keeps no parent. */
import { Button, Modal, Stack } from '@mantine/core';
import { argSchemas } from '../../../shared/contract.js';
import type { UnitKerja } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextInput } from '../../components/limited-text.js';
import { useToast } from '../../components/toast.js';
import { UnitSelect } from '../../components/unit-select.js';
import { useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { useContractForm } from '../../lib/use-contract-form.js';
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

const schema = argSchemas['org/unitSave'];
const LIMIT = { kode: maxLengthOf(schema.shape.kode), nama: maxLengthOf(schema.shape.nama) };

export function UnitFormModal({ draft, units, onClose, onSaved }: Props) {
  const t = useT();
  const toast = useToast();
  const isRoot = draft.unit !== null && draft.unit.parentId === null;
  const excluded = draft.unit ? descendantsOf(units, draft.unit.id) : new Set<string>();
  const parentOptions = unitOptions(units).filter((o) => !excluded.has(o.value));
  const cf = useContractForm({
    schema,
    initialValues: { kode: draft.unit?.kode ?? '', nama: draft.unit?.nama ?? '', parentId: draft.unit ? draft.unit.parentId : draft.parentId },
    // The top unit keeps no parent; any other unit needs one (the schema alone would accept null).
    toArgs: (v) => ({ ...(draft.unit ? { id: draft.unit.id } : {}), ...v, parentId: isRoot ? null : (v.parentId ?? '') }),
  });
  const { form } = cf;

  const submit = cf.submit(async (args) => {
    const r = await invoke('org/unitSave', args);
    if (!r.ok) return r.error;
    toast.show({ message: t.forms.toast.unitSaved });
    onSaved();
    return null;
  });

  return (
    <Modal opened onClose={onClose} title={draft.unit ? t.units.modalEdit : t.units.modalNew} closeButtonProps={{ 'aria-label': t.app.close }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <LimitedTextInput label={t.units.kode} max={LIMIT.kode} required data-autofocus {...form.getInputProps('kode')} />
          <LimitedTextInput label={t.units.nama} max={LIMIT.nama} required {...form.getInputProps('nama')} />
          {!isRoot && <UnitSelect label={t.units.parent} options={parentOptions} allowDeselect={false} required {...form.getInputProps('parentId')} />}
          <ErrorAlert error={cf.error} />
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={cf.busy}>
              {t.app.save}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
