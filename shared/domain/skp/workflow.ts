/**
 * The SKP workflow as a state machine (PermenPANRB 6/2022 and the national app):
 *
 *   draft ──ajukan──▶ diajukan ──setujui──▶ disetujui ──mulaiPerubahan──▶ (new version) draft
 *                        │
 *                        └─kembalikan─▶ dikembalikan ──perbaiki (or any edit)──▶ draft
 *                                           └─ajukan (SKP_RULES.resubmitFromDikembalikan)─▶ diajukan
 *
 * Owner side (the pegawai, or an operator of their unit): ajukan, perbaiki, mulaiPerubahan.
 * Penilai side (the pejabat penilai, or an operator with recorded delegation): setujui, kembalikan.
 * Nobody approves or returns their own SKP. Every step is appended to `riwayat`.
 */
import { actsForOwner, actsForPenilai, capacityOf, type SkpActor, type SkpParties } from './actor.js';
import { SKP_MSG } from './messages.js';
import { refuse, type SkpRefusal } from './outcome.js';
import { submitProblems } from './rhk-rules.js';
import { SKP_RULES } from './rules.js';
import {
  SKP_ACTION_LABEL,
  SKP_STATUS_LABEL,
  type PenilaiSnapshot,
  type Rhk,
  type Skp,
  type SkpActionType,
  type SkpStatus,
  type SkpStatusEvent,
} from './types.js';

export type SkpAction =
  | { type: 'ajukan' }
  | { type: 'setujui'; penilai: PenilaiSnapshot }
  | { type: 'kembalikan'; catatan: string | null; catatanRhk: readonly { rhkId: string; catatan: string }[] }
  | { type: 'perbaiki' }
  /** `newId` makes ids for the new version, its RHK and indikator (the core passes uuidv7). */
  | { type: 'mulaiPerubahan'; newId: () => string };

export type WorkflowContext = SkpParties & {
  /** ISO datetime of the step (the core's clock). */
  now: string;
  /** This SKP's RHK (for submission checks, return notes and perubahan copies). */
  rhk: readonly Rhk[];
  /** The owner heads the unit (see isPuncakCascading). */
  isPuncak: boolean;
  /** A later version of this SKP already exists. */
  newerVersionExists: boolean;
};

export type TransitionOk = {
  ok: true;
  /** The SKP after the step; for mulaiPerubahan the NEW version (the old one is left untouched). */
  next: Skp;
  /** The RHK of `next` (for mulaiPerubahan: fresh copies with `asalRhkId` set). */
  rhk: Rhk[];
  event: SkpStatusEvent;
};
export type TransitionResult = TransitionOk | SkpRefusal;

type Side = 'pemilik' | 'penilai';

/** The whole table: for each action, the statuses it leaves from, where it goes and whose it is. */
export const SKP_TRANSITIONS: Readonly<Record<SkpActionType, { from: readonly SkpStatus[]; to: SkpStatus; side: Side }>> = {
  ajukan: { from: SKP_RULES.resubmitFromDikembalikan ? ['draft', 'dikembalikan'] : ['draft'], to: 'diajukan', side: 'pemilik' },
  setujui: { from: ['diajukan'], to: 'disetujui', side: 'penilai' },
  kembalikan: { from: ['diajukan'], to: 'dikembalikan', side: 'penilai' },
  perbaiki: { from: ['dikembalikan'], to: 'draft', side: 'pemilik' },
  mulaiPerubahan: { from: ['disetujui'], to: 'draft', side: 'pemilik' },
};

/**
 * Actions legal from a status, ignoring who asks (for the UI's buttons, filter by `transition`).
 *
 * @example
 * actionsFrom('diajukan'); // ['setujui', 'kembalikan']
 */
export function actionsFrom(status: SkpStatus): SkpActionType[] {
  return (Object.keys(SKP_TRANSITIONS) as SkpActionType[]).filter((a) => SKP_TRANSITIONS[a].from.includes(status));
}

function authorize(skp: Skp, side: Side, actor: SkpActor, parties: SkpParties): SkpRefusal | null {
  const c = capacityOf(skp, actor, parties);
  if (side === 'pemilik') return actsForOwner(c) ? null : refuse('FORBIDDEN', SKP_MSG.bukanPemilik);
  if (actsForPenilai(c)) return null;
  if (c.pemilik) return refuse('FORBIDDEN', SKP_MSG.tidakBolehSetujuiSendiri);
  if (c.operator && actor.delegasi !== null) return refuse('FORBIDDEN', SKP_MSG.delegasiTidakSah);
  return refuse('FORBIDDEN', SKP_MSG.bukanPenilai);
}

/**
 * Applies one workflow step, or refuses it with a stable code and an Indonesian message:
 * ILLEGAL_TRANSITION (not from this status), FORBIDDEN (not this actor), VALIDATION (content).
 *
 * @example
 * const r = transition(skp, { type: 'ajukan' }, actor, ctx);
 * if (!r.ok) throw new AppFailure(r.code, r.message); else save(r.next, r.rhk, r.event);
 */
export function transition(skp: Skp, action: SkpAction, actor: SkpActor, ctx: WorkflowContext): TransitionResult {
  const rule = SKP_TRANSITIONS[action.type];
  if (!rule.from.includes(skp.status)) {
    return refuse('ILLEGAL_TRANSITION', SKP_MSG.statusTidakCocok(SKP_ACTION_LABEL[action.type], SKP_STATUS_LABEL[skp.status]));
  }
  const denied = authorize(skp, rule.side, actor, ctx);
  if (denied) return denied;
  // Only the penilai side records the delegation it acted under.
  const delegasi = rule.side === 'penilai' && !capacityOf(skp, actor, ctx).penilai ? actor.delegasi : null;
  const event: SkpStatusEvent = {
    at: ctx.now,
    action: action.type,
    from: skp.status,
    to: rule.to,
    actorUserId: actor.userId,
    delegasi,
    catatan: null,
  };
  const rhk = ctx.rhk.filter((r) => r.skpId === skp.id);

  switch (action.type) {
    case 'ajukan': {
      const problems = submitProblems(skp.pendekatan, rhk, ctx.isPuncak);
      if (problems.length > 0) return refuse('VALIDATION', problems.join(' '), problems);
      return {
        ok: true,
        next: { ...skp, status: rule.to, returnNote: null, riwayat: [...skp.riwayat, event] },
        rhk: rhk.map((r) => ({ ...r, returnNote: null })),
        event,
      };
    }
    case 'setujui':
      return {
        ok: true,
        next: {
          ...skp,
          status: rule.to,
          penilai: { ...action.penilai },
          approvedAt: ctx.now,
          approvedByUserId: actor.userId,
          delegasi,
          riwayat: [...skp.riwayat, event],
        },
        rhk: [...rhk],
        event,
      };
    case 'kembalikan': {
      const catatan = action.catatan?.trim() || null;
      const notes = new Map(action.catatanRhk.map((n) => [n.rhkId, n.catatan.trim()] as const).filter(([, t]) => t !== ''));
      if (SKP_RULES.returnNeedsNote && catatan === null && notes.size === 0) {
        return refuse('VALIDATION', SKP_MSG.kembalikanTanpaCatatan);
      }
      const own = new Set(rhk.map((r) => r.id));
      if ([...notes.keys()].some((id) => !own.has(id))) return refuse('VALIDATION', SKP_MSG.catatanRhkAsing);
      const ev = { ...event, catatan };
      return {
        ok: true,
        next: { ...skp, status: rule.to, returnNote: catatan, delegasi, riwayat: [...skp.riwayat, ev] },
        rhk: rhk.map((r) => ({ ...r, returnNote: notes.get(r.id) ?? null })),
        event: ev,
      };
    }
    case 'perbaiki':
      // Notes stay visible while the pegawai fixes the plan; they are cleared on the next submission.
      return { ok: true, next: { ...skp, status: rule.to, riwayat: [...skp.riwayat, event] }, rhk: [...rhk], event };
    case 'mulaiPerubahan': {
      if (ctx.newerVersionExists) return refuse('ILLEGAL_TRANSITION', SKP_MSG.sudahAdaVersiBaru);
      const newSkpId = action.newId();
      return {
        ok: true,
        next: {
          ...skp,
          id: newSkpId,
          status: rule.to,
          versi: skp.versi + 1,
          previousVersionId: skp.id,
          penilai: null,
          returnNote: null,
          approvedAt: null,
          approvedByUserId: null,
          delegasi: null,
          perilaku: skp.perilaku.map((p) => ({ ...p })),
          lampiran: {
            dukunganSumberDaya: [...skp.lampiran.dukunganSumberDaya],
            skemaPertanggungjawaban: [...skp.lampiran.skemaPertanggungjawaban],
            konsekuensi: [...skp.lampiran.konsekuensi],
          },
          riwayat: [event],
        },
        rhk: rhk.map((r) => copyRhk(r, newSkpId, action.newId, true)),
        event,
      };
    }
  }
}

/**
 * A copy of an RHK for another SKP (perubahan, copy from last period, template), with fresh ids and
 * `asalRhkId` pointing at the source. `keepIntervensi` false clears the atasan link (a new period's
 * atasan RHK are different rows), leaving it "menunggu RHK atasan".
 *
 * @example
 * copyRhk(rhk, newSkpId, uuidv7, false).intervensiRhkId; // null
 */
export function copyRhk(r: Rhk, skpId: string, newId: () => string, keepIntervensi: boolean): Rhk {
  return {
    ...r,
    id: newId(),
    skpId,
    intervensiRhkId: keepIntervensi ? r.intervensiRhkId : null,
    jenisIntervensi: keepIntervensi ? r.jenisIntervensi : null,
    returnNote: null,
    asalRhkId: r.id,
    indikator: r.indikator.map((i) => ({ ...i, id: newId(), target: { ...i.target } })),
  };
}
