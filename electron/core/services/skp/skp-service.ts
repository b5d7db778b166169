/**
 * The SKP workflow in the core: create, edit the header/perilaku/lampiran, submit, approve, return,
 * perubahan SKP and the version list. Rules come from shared/domain/skp; access from ./access.ts.
 * Every write lands in the audit log and the outbox in the same transaction (repositories).
 */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { SkpDetail } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { normalizePerilaku } from '../../../../shared/domain/skp/berakhlak.js';
import { checkEdit, type SkpPart } from '../../../../shared/domain/skp/editable.js';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { checkPeriode, clashingSkp } from '../../../../shared/domain/skp/periode.js';
import { draftFromTemplate, newSkp } from '../../../../shared/domain/skp/template.js';
import type { Delegasi, Pendekatan, PenilaiSnapshot, Skp } from '../../../../shared/domain/skp/types.js';
import { convertTargets, type KonversiTarget } from '../../../../shared/domain/skp/pendekatan.js';
import { relinkAfterPerubahan } from '../../../../shared/domain/skp/versions.js';
import { transition, type SkpAction } from '../../../../shared/domain/skp/workflow.js';
import { hasNewerVersion, insertSkp, skpOfPegawai, updateSkp, type StoredSkp } from '../../db/repositories/skp-repo.js';
import { insertRhkBatch, rhkIntervening, rhkOfSkp, updateRhk } from '../../db/repositories/rhk-repo.js';
import { listSkpSummaries, type SkpReach } from '../../db/repositories/skp-summary-repo.js';
import { findTemplateOfJabatan } from '../../db/repositories/skp-template-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import type { Trx, WriteContext } from '../../db/repositories/changes.js';
import { newId } from '../../ids.js';
import { actsForPegawai, meOf, partiesOf, refused, skpActorOf, type Me } from './access.js';
import { chainOf, versionInfos } from './detail.js';
import { loadSkp, requireFresh, skpDetail, writeSkp, type LoadedSkp } from './load.js';
import { unitsUnder } from './reach.js';

/** Whose SKP lists show (skp/list and the Beranda counts of one's own SKP): operators their unit scope (or one unit's subtree), others own + direct staff. */
export async function listReach(core: CoreContext, actor: Actor, me: Me, unitId: string | undefined): Promise<SkpReach> {
  if (isOperator(actor.user.roles)) return { unitIds: await unitsUnder(core, actor, unitId) };
  return { pegawaiId: me.pegawaiId, jabatanId: me.jabatanId };
}

export async function listSkp(core: CoreContext, actor: Actor, args: ParsedArgsOf<'skp/list'>): Promise<ResultOf<'skp/list'>> {
  const me = await meOf(core.db, actor);
  const reach = await listReach(core, actor, me, args.unitId);
  return listSkpSummaries(core.db, { ...args, reach, latestOnly: true, order: 'nama' });
}

export async function getSkp(core: CoreContext, actor: Actor, args: ParsedArgsOf<'skp/get'>): Promise<SkpDetail> {
  return skpDetail(core, actor, args.id);
}

export async function skpVersions(core: CoreContext, actor: Actor, args: ParsedArgsOf<'skp/versions'>): Promise<ResultOf<'skp/versions'>> {
  const { stored } = await loadSkp(core, core.db, actor, args.id);
  return versionInfos(await chainOf(core.db, stored.skp));
}

/** A new draft on the pegawai's current jabatan (from the jabatan's template when asked). */
export async function createSkp(core: CoreContext, actor: Actor, args: ParsedArgsOf<'skp/create'>): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    const pegawai = await findPegawai(trx, args.pegawaiId);
    if (!pegawai || !actsForPegawai(actor, pegawai)) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
    if (!pegawai.jabatanId) throw new AppFailure('VALIDATION', 'Pegawai belum memiliki jabatan; SKP mengikuti jabatan.');
    const problems = checkPeriode(args.periode);
    if (problems.length > 0) throw new AppFailure('VALIDATION', problems.join(' '));
    const fields = { id: newId(), pegawaiId: pegawai.id, jabatanId: pegawai.jabatanId, unitId: pegawai.unitId, periode: args.periode };
    const existing = await skpOfPegawai(trx, pegawai.id, args.periode.tahun);
    if (clashingSkp(fields, existing.map((s) => s.skp))) throw new AppFailure('CONFLICT', SKP_MSG.periodeTumpangTindih);
    const template = args.dariTemplat ? await findTemplateOfJabatan(trx, pegawai.jabatanId) : undefined;
    if (args.dariTemplat && !template) throw new AppFailure('NOT_FOUND', 'Jabatan ini belum memiliki templat SKP.');
    const draft = template ? draftFromTemplate(template.template, fields, newId) : { skp: newSkp({ ...fields, pendekatan: args.pendekatan }), rhk: [] };
    await insertSkp(trx, ctx, draft.skp);
    await insertRhkBatch(trx, ctx, draft.rhk);
    return draft.skp.id;
  });
}

/**
 * Edits one part after checking it is editable by this caller now; an owner-side edit of a
 * returned SKP first moves it back to draft ('perbaiki'), recorded as its own step.
 */
export async function editParts(trx: Trx, ctx: WriteContext, actor: Actor, l: LoadedSkp, parts: readonly SkpPart[]): Promise<StoredSkp> {
  const parties = partiesOf(actor, l.stored.skp, l.org);
  if (await hasNewerVersion(trx, l.stored.skp.id)) throw new AppFailure('ILLEGAL_TRANSITION', SKP_MSG.sudahAdaVersiBaru);
  let perbaiki = false;
  for (const part of parts) {
    const c = checkEdit(l.stored.skp, part, skpActorOf(actor), parties);
    if (!c.ok) refused(c);
    if (c.autoAction === 'perbaiki') perbaiki = true;
  }
  if (!perbaiki) return l.stored;
  const rhk = (await rhkOfSkp(trx, [l.stored.skp.id])).map((r) => r.rhk);
  const r = transition(l.stored.skp, { type: 'perbaiki' }, skpActorOf(actor), { ...parties, now: ctx.now, rhk, isPuncak: l.org.isPuncak, newerVersionExists: false });
  if (!r.ok) refused(r);
  return updateSkp(trx, ctx, r.next, l.stored, 'skp/perbaiki');
}

export async function updateSkpParts(core: CoreContext, actor: Actor, args: ParsedArgsOf<'skp/update'>): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    const l = await loadSkp(core, trx, actor, args.id);
    const parts: SkpPart[] = [];
    if (args.periode !== undefined || args.pendekatan !== undefined) parts.push('header');
    if (args.perilaku !== undefined) parts.push('ekspektasi');
    if (args.lampiran !== undefined) parts.push('lampiran');
    requireFresh(args.baseVersion, l.stored.rowVersion);
    const base = await editParts(trx, ctx, actor, l, parts);
    const next: Skp = { ...base.skp };
    if (args.periode) {
      const problems = checkPeriode(args.periode);
      if (problems.length > 0) throw new AppFailure('VALIDATION', problems.join(' '));
      const chainIds = new Set((await chainOf(trx, base.skp)).map((s) => s.skp.id));
      const others = (await skpOfPegawai(trx, next.pegawaiId, args.periode.tahun)).map((s) => s.skp).filter((s) => !chainIds.has(s.id));
      if (clashingSkp({ ...next, periode: args.periode }, others)) throw new AppFailure('CONFLICT', SKP_MSG.periodeTumpangTindih);
      next.periode = args.periode;
    }
    if (args.pendekatan && args.pendekatan !== base.skp.pendekatan) await retarget(trx, ctx, next.id, args.pendekatan, args.konversiTarget);
    if (args.pendekatan) next.pendekatan = args.pendekatan;
    if (args.perilaku) next.perilaku = normalizePerilaku(args.perilaku);
    if (args.lampiran) next.lampiran = args.lampiran;
    await updateSkp(trx, ctx, next, base, 'skp/update');
    return next.id;
  });
}

/**
 * A new pendekatan invalidates every target written for the old one: with RHK present the change
 * is refused unless the caller chose to convert the targets or clear them, done here in the same
 * transaction (shared/domain/skp/pendekatan.ts).
 */
async function retarget(trx: Trx, ctx: WriteContext, skpId: string, to: Pendekatan, mode: KonversiTarget | undefined): Promise<void> {
  const stored = await rhkOfSkp(trx, [skpId]);
  if (stored.length === 0) return;
  if (!mode) {
    throw new AppFailure(
      'VALIDATION',
      `SKP ini sudah memiliki ${stored.length} RHK dengan target ${to === 'kuantitatif' ? 'kualitatif' : 'kuantitatif'}. Pilih apakah target dikonversi atau dikosongkan sebelum mengganti pendekatan.`,
    );
  }
  const { rhk } = convertTargets(stored.map((r) => r.rhk), to, mode);
  const byId = new Map(stored.map((r) => [r.rhk.id, r]));
  for (const r of rhk) {
    const before = byId.get(r.id);
    if (before) await updateRhk(trx, ctx, r, before, mode === 'convert' ? 'rhk/konversiTarget' : 'rhk/kosongkanTarget');
  }
}

/** Who the approval freezes on the SKP: the approving penilai (or the one delegating) and their atasan. */
function penilaiSnapshot(l: LoadedSkp, delegasi: Delegasi | null): PenilaiSnapshot {
  const holderIds = l.org.penilaiHolders.map((p) => p.id);
  const acting = l.me.pegawaiId !== null && holderIds.includes(l.me.pegawaiId) ? l.me.pegawaiId : (delegasi?.penilaiPegawaiId ?? holderIds[0] ?? null);
  // Under an override the acting penilai signs from their own jabatan (a Plt. holds another post).
  const actingJabatanId = l.org.penilaiOverridden ? (l.org.penilaiHolders.find((p) => p.id === acting)?.jabatanId ?? null) : null;
  return {
    penilaiPegawaiId: acting,
    penilaiJabatanId: actingJabatanId ?? l.org.penilaiJabatan?.id ?? null,
    atasanPenilaiPegawaiId: l.org.atasanPenilaiHolders[0]?.id ?? null,
    atasanPenilaiJabatanId: l.org.atasanPenilaiJabatan?.id ?? null,
  };
}

/**
 * When a perubahan is approved, subordinate RHK that intervene a row of the previous version move
 * to its copy; rows whose target was dropped keep the old (kept) version and show "versi lama".
 */
async function relinkSubordinates(trx: Trx, ctx: WriteContext, approved: Skp): Promise<void> {
  if (approved.previousVersionId === null) return;
  const oldRhk = await rhkOfSkp(trx, [approved.previousVersionId]);
  const newRhk = await rhkOfSkp(trx, [approved.id]);
  const oldIds = new Set(oldRhk.map((r) => r.rhk.id));
  const subordinates = await rhkIntervening(trx, [...oldIds]);
  const { updates } = relinkAfterPerubahan(subordinates.map((s) => s.rhk), newRhk.map((r) => r.rhk), oldIds);
  const byId = new Map(subordinates.map((s) => [s.rhk.id, s]));
  for (const u of updates) {
    const s = byId.get(u.rhkId);
    if (s) await updateRhk(trx, ctx, { ...s.rhk, intervensiRhkId: u.intervensiRhkId }, s, 'rhk/relink');
  }
}

type StepArgs = { id: string; delegasi?: Delegasi | null };

/** One workflow step through `transition`; refused steps throw with the domain's message. */
async function step(core: CoreContext, actor: Actor, args: StepArgs, makeAction: (l: LoadedSkp) => SkpAction): Promise<SkpDetail> {
  return writeSkp(core, actor, async (trx, ctx) => {
    const l = await loadSkp(core, trx, actor, args.id);
    const stored = await rhkOfSkp(trx, [args.id]);
    const action = makeAction(l);
    const r = transition(l.stored.skp, action, skpActorOf(actor, args.delegasi ?? null), {
      ...partiesOf(actor, l.stored.skp, l.org),
      now: ctx.now,
      rhk: stored.map((s) => s.rhk),
      isPuncak: l.org.isPuncak,
      newerVersionExists: await hasNewerVersion(trx, args.id),
    });
    if (!r.ok) refused(r);
    if (action.type === 'mulaiPerubahan') {
      await insertSkp(trx, ctx, r.next, 'skp/mulaiPerubahan');
      await insertRhkBatch(trx, ctx, r.rhk, 'rhk/perubahan');
      return r.next.id;
    }
    await updateSkp(trx, ctx, r.next, l.stored, `skp/${action.type}`);
    // Return notes per RHK are set on return and cleared on submission.
    const before = new Map(stored.map((s) => [s.rhk.id, s]));
    for (const next of r.rhk) {
      const prev = before.get(next.id);
      if (prev && prev.rhk.returnNote !== next.returnNote) await updateRhk(trx, ctx, next, prev, 'rhk/catatan');
    }
    if (action.type === 'setujui') await relinkSubordinates(trx, ctx, r.next);
    return r.next.id;
  });
}

export const submitSkp = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/submit'>) => step(core, actor, a, () => ({ type: 'ajukan' }));

export const approveSkp = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/approve'>) =>
  step(core, actor, a, (l) => ({ type: 'setujui', penilai: penilaiSnapshot(l, a.delegasi) }));

export const returnSkp = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/return'>) =>
  step(core, actor, a, () => ({ type: 'kembalikan', catatan: a.catatan, catatanRhk: a.catatanRhk }));

export const startPerubahan = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/startPerubahan'>) =>
  step(core, actor, a, () => ({ type: 'mulaiPerubahan', newId }));
