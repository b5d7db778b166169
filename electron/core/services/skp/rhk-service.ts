/**
 * RHK rows of an SKP: save (with indikator), delete (refused while others intervene it, unless their
 * links move to another RHK of the same SKP in the same transaction) and link to the atasan RHK.
 */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf } from '../../../../shared/contract.js';
import type { SkpDetail } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { checkIntervensiLink, dependantsOf, planRhkDelete } from '../../../../shared/domain/skp/cascading.js';
import { checkRhk } from '../../../../shared/domain/skp/rhk-rules.js';
import type { Indikator, Rhk } from '../../../../shared/domain/skp/types.js';
import { deleteRhk as removeRhk, findRhk, insertRhk, rhkIntervening, rhkOfSkp, updateRhk, type StoredRhk } from '../../db/repositories/rhk-repo.js';
import type { Trx, WriteContext } from '../../db/repositories/changes.js';
import { newId } from '../../ids.js';
import { loadSkp, requireFresh, writeSkp, type LoadedSkp } from './load.js';
import { editParts } from './skp-service.js';
import { atasanSkpFor } from './picker.js';

const RHK_NOT_FOUND = 'RHK tidak ditemukan.';

/** The RHK and its SKP, checked: visible to the caller and the SKP's RHK part editable by them now. */
async function loadRhkForEdit(core: CoreContext, trx: Trx, ctx: WriteContext, actor: Actor, rhkId: string): Promise<{ l: LoadedSkp; rhk: StoredRhk }> {
  const rhk = await findRhk(trx, rhkId);
  if (!rhk) throw new AppFailure('NOT_FOUND', RHK_NOT_FOUND);
  const l = await loadSkp(core, trx, actor, rhk.rhk.skpId);
  const stored = await editParts(trx, ctx, actor, l, ['rhk']);
  return { l: { ...l, stored }, rhk };
}

/** Renumbers one jenis group 1..n in the given order, writing only rows whose number changed. */
async function renumber(trx: Trx, ctx: WriteContext, group: readonly StoredRhk[]): Promise<void> {
  let n = 0;
  for (const g of group) {
    n += 1;
    if (g.rhk.urutan !== n) await updateRhk(trx, ctx, { ...g.rhk, urutan: n }, g, 'rhk/urutan');
  }
}

function withIds(indikator: ParsedArgsOf<'rhk/save'>['indikator'], keep: ReadonlySet<string>): Indikator[] {
  return indikator.map((i) => ({ ...i, id: i.id !== undefined && keep.has(i.id) ? i.id : newId() }));
}

export async function saveRhk(core: CoreContext, actor: Actor, a: ParsedArgsOf<'rhk/save'>): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    let l: LoadedSkp;
    let existing: StoredRhk | undefined;
    if (a.id) {
      const found = await loadRhkForEdit(core, trx, ctx, actor, a.id);
      if (found.rhk.rhk.skpId !== a.skpId) throw new AppFailure('NOT_FOUND', RHK_NOT_FOUND);
      if (a.baseVersion === undefined) throw new AppFailure('VALIDATION', 'Versi dasar RHK wajib dikirim saat mengubah RHK.');
      requireFresh(a.baseVersion, found.rhk.rowVersion);
      ({ l, rhk: existing } = found);
    } else {
      l = await loadSkp(core, trx, actor, a.skpId);
      l = { ...l, stored: await editParts(trx, ctx, actor, l, ['rhk']) };
    }
    const all = await rhkOfSkp(trx, [a.skpId]);
    const rhk: Rhk = {
      id: existing?.rhk.id ?? newId(),
      skpId: a.skpId,
      jenis: a.jenis,
      urutan: existing?.rhk.urutan ?? 0,
      teks: a.teks,
      intervensiRhkId: existing?.rhk.intervensiRhkId ?? null,
      jenisIntervensi: existing?.rhk.jenisIntervensi ?? null,
      intervensiPerjanjianKinerja: a.intervensiPerjanjianKinerja === null || a.intervensiPerjanjianKinerja === '' ? null : a.intervensiPerjanjianKinerja,
      perspektif: a.perspektif === '' ? null : a.perspektif,
      returnNote: existing?.rhk.returnNote ?? null,
      asalRhkId: existing?.rhk.asalRhkId ?? null,
      indikator: withIds(a.indikator, new Set(existing?.rhk.indikator.map((i) => i.id) ?? [])),
    };
    const problems = checkRhk(rhk, l.stored.skp.pendekatan, l.org.isPuncak);
    if (problems.length > 0) throw new AppFailure('VALIDATION', problems.map((p) => p.message).join(' '), problems.map((p) => ({ path: p.field, message: p.message })));

    // Place it in its group (at `urutan`, or kept / at the end), then renumber the group.
    const group = all.filter((g) => g.rhk.jenis === rhk.jenis && g.rhk.id !== rhk.id);
    const at = a.urutan ?? (existing && existing.rhk.jenis === rhk.jenis ? existing.rhk.urutan : group.length + 1);
    const index = Math.max(0, Math.min(group.length, at - 1));
    rhk.urutan = index + 1;
    const saved = existing ? await updateRhk(trx, ctx, rhk, existing) : await insertRhk(trx, ctx, rhk);
    await renumber(trx, ctx, [...group.slice(0, index), saved, ...group.slice(index)]);
    if (existing && existing.rhk.jenis !== rhk.jenis) await renumber(trx, ctx, all.filter((g) => g.rhk.jenis === existing.rhk.jenis && g.rhk.id !== rhk.id));
    return a.skpId;
  });
}

export async function deleteRhk(core: CoreContext, actor: Actor, a: ParsedArgsOf<'rhk/delete'>): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    const { rhk } = await loadRhkForEdit(core, trx, ctx, actor, a.id);
    const dependants = await rhkIntervening(trx, [rhk.rhk.id]);
    const target = a.pindahKeRhkId ? await findRhk(trx, a.pindahKeRhkId) : null;
    if (a.pindahKeRhkId && !target) throw new AppFailure('NOT_FOUND', 'RHK tujuan pemindahan tidak ditemukan.');
    const plan = planRhkDelete(rhk.rhk, dependantsOf(rhk.rhk.id, dependants.map((d) => d.rhk)), target?.rhk ?? null);
    if (!plan.ok) throw new AppFailure(plan.code, plan.message);
    const byId = new Map(dependants.map((d) => [d.rhk.id, d]));
    for (const r of plan.relinks) {
      const d = byId.get(r.rhkId);
      if (d) await updateRhk(trx, ctx, { ...d.rhk, intervensiRhkId: r.intervensiRhkId }, d, 'rhk/relink');
    }
    await removeRhk(trx, ctx, rhk);
    const rest = await rhkOfSkp(trx, [rhk.rhk.skpId]);
    await renumber(trx, ctx, rest.filter((g) => g.rhk.jenis === rhk.rhk.jenis));
    return rhk.rhk.skpId;
  });
}

export async function linkRhk(core: CoreContext, actor: Actor, a: ParsedArgsOf<'rhk/link'>): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    const { l, rhk } = await loadRhkForEdit(core, trx, ctx, actor, a.id);
    if (a.intervensiRhkId !== null) {
      const target = await findRhk(trx, a.intervensiRhkId);
      const atasanSkp = l.org.isPuncak ? null : await atasanSkpFor(trx, l.stored.skp, l.org);
      const refusal = checkIntervensiLink(rhk.rhk, target?.rhk ?? null, { isPuncak: l.org.isPuncak, atasanSkpId: atasanSkp?.skp.id ?? null });
      if (refusal) throw new AppFailure(refusal.code, refusal.message);
    }
    await updateRhk(trx, ctx, { ...rhk.rhk, intervensiRhkId: a.intervensiRhkId, jenisIntervensi: a.jenisIntervensi }, rhk, 'rhk/link');
    return rhk.rhk.skpId;
  });
}
