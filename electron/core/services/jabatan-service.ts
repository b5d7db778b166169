import { writeContext, type CoreContext } from '../context.js';
import type { Jabatan, JabatanRef, JabatanRow } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { atasanChain, wouldCreateCycle } from '../../../shared/domain/jabatan.js';
import { findJabatan, holderCounts, listJabatan, saveJabatan } from '../db/repositories/jabatan-repo.js';
import { listUnits } from '../db/repositories/unit-repo.js';
import { requireOrgWrite, type Actor } from '../auth/actor.js';
import { newId } from '../ids.js';

/**
 * Jabatan in reach with their atasan chain. The chain may climb above the actor's subtree (an
 * atasan often sits in the parent unit); those names are shown read-only.
 */
export async function jabatanRows(core: CoreContext, actor: Actor, filter: { unitId?: string; query?: string }): Promise<JabatanRow[]> {
  const all = await listJabatan(core.db);
  const byId = new Map(all.map((j) => [j.id, j]));
  const unitNama = new Map((await listUnits(core.db)).map((u) => [u.id, u.nama]));
  const holders = await holderCounts(core.db);
  const q = filter.query?.trim().toLowerCase() ?? '';
  return all
    .filter((j) => actor.scopeUnitIds.has(j.unitId))
    .filter((j) => !filter.unitId || j.unitId === filter.unitId)
    .filter((j) => !q || j.nama.toLowerCase().includes(q) || j.kode.toLowerCase().includes(q))
    .map((j) => ({
      ...j,
      unitNama: unitNama.get(j.unitId) ?? '',
      atasanChain: atasanChain(j.id, byId).ids.flatMap((id): JabatanRef[] => {
        const a = byId.get(id);
        return a ? [{ id: a.id, kode: a.kode, nama: a.nama }] : [];
      }),
      holderCount: holders.get(j.id) ?? 0,
    }));
}

export async function saveJabatanFromForm(core: CoreContext, actor: Actor, input: ParsedArgsOf<'org/jabatanSave'>): Promise<Jabatan> {
  const existing = input.id ? await findJabatan(core.db, input.id) : undefined;
  if (input.id && !existing) throw new AppFailure('NOT_FOUND');
  if (existing) requireOrgWrite(actor, existing.unitId);
  requireOrgWrite(actor, input.unitId);
  const all = await listJabatan(core.db);
  const clash = all.find((j) => j.kode === input.kode && j.id !== existing?.id);
  if (clash) throw new AppFailure('CONFLICT', `Kode jabatan "${input.kode}" sudah dipakai oleh ${clash.nama}.`);
  const id = existing?.id ?? newId();
  if (input.atasanJabatanId) {
    const byId = new Map(all.map((j) => [j.id, j]));
    if (!byId.has(input.atasanJabatanId)) throw new AppFailure('NOT_FOUND', 'Jabatan atasan tidak ditemukan.');
    if (wouldCreateCycle(id, input.atasanJabatanId, byId)) {
      throw new AppFailure('VALIDATION', 'Jabatan atasan ini membuat rantai atasan berputar (jabatan menjadi atasan dirinya sendiri).');
    }
  }
  const jabatan: Jabatan = { id, unitId: input.unitId, kode: input.kode, nama: input.nama, jenis: input.jenis, atasanJabatanId: input.atasanJabatanId, kelas: input.kelas };
  await core.db.transaction().execute((trx) => saveJabatan(trx, writeContext(core, actor), jabatan, existing));
  core.emit({ name: 'data/changed', payload: { entities: ['jabatan'] } });
  return jabatan;
}
