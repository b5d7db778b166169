import { writeContext, type CoreContext } from '../context.js';
import type { UnitKerja } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { findUnit, findUnitByKode, listUnits, saveUnit } from '../db/repositories/unit-repo.js';
import { requireOrgWrite, unitSubtree, type Actor } from '../auth/actor.js';
import { newId } from '../ids.js';

/** Units the actor may see: their subtree. */
export async function unitsInScope(core: CoreContext, actor: Actor): Promise<UnitKerja[]> {
  return (await listUnits(core.db)).filter((u) => actor.scopeUnitIds.has(u.id));
}

export async function saveUnitFromForm(core: CoreContext, actor: Actor, input: ParsedArgsOf<'org/unitSave'>): Promise<UnitKerja> {
  const existing = input.id ? await findUnit(core.db, input.id) : undefined;
  if (input.id && !existing) throw new AppFailure('NOT_FOUND');
  // A new unit hangs under a unit in reach; a moved or renamed unit must be in reach itself.
  if (existing) requireOrgWrite(actor, existing.id);
  if (input.parentId) requireOrgWrite(actor, input.parentId);
  else if (!existing || existing.parentId !== null) {
    throw new AppFailure('FORBIDDEN', 'Unit kerja teratas hanya dibuat saat penyiapan aplikasi.');
  }
  const sameKode = await findUnitByKode(core.db, input.kode);
  if (sameKode && sameKode.id !== existing?.id) throw new AppFailure('CONFLICT', `Kode unit "${input.kode}" sudah dipakai oleh ${sameKode.nama}.`);
  if (existing && input.parentId && unitSubtree(await listUnits(core.db), existing.id).has(input.parentId)) {
    throw new AppFailure('VALIDATION', 'Unit induk tidak boleh berada di bawah unit itu sendiri.');
  }
  const parent = input.parentId ? await findUnit(core.db, input.parentId) : undefined;
  const unit: UnitKerja = {
    id: existing?.id ?? newId(),
    instansiId: existing?.instansiId ?? parent?.instansiId ?? '',
    parentId: input.parentId,
    kode: input.kode,
    nama: input.nama,
  };
  await core.db.transaction().execute((trx) => saveUnit(trx, writeContext(core, actor), unit, existing));
  core.emit({ name: 'data/changed', payload: { entities: ['unit_kerja'] } });
  return unit;
}
