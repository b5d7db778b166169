/**
 * Which parts of an SKP may be edited in which status, and by which side. The single table the
 * form (to disable fields), the core (to refuse) and the server (to re-check) all read.
 */
import { actsForOwner, actsForPenilai, capacityOf, type SkpActor, type SkpParties } from './actor.js';
import { SKP_MSG } from './messages.js';
import { refuse, type SkpRefusal } from './outcome.js';
import { SKP_STATUS_LABEL, type Skp, type SkpStatus } from './types.js';

export const SKP_PARTS = ['header', 'rhk', 'lampiran', 'ekspektasi'] as const;
/**
 * header: periode and pendekatan; rhk: RHK rows with indikator and links; lampiran: the three
 * lists; ekspektasi: ekspektasi khusus pimpinan per BerAKHLAK value (written by the atasan).
 */
export type SkpPart = (typeof SKP_PARTS)[number];

/** Status -> parts each side may edit. Approved plans change only through perubahan SKP. */
export const EDITABLE_PARTS: Readonly<Record<SkpStatus, { pemilik: readonly SkpPart[]; penilai: readonly SkpPart[] }>> = {
  draft: { pemilik: ['header', 'rhk', 'lampiran'], penilai: ['ekspektasi'] },
  // An owner-side edit of a returned SKP first moves it back to draft (action 'perbaiki').
  dikembalikan: { pemilik: ['header', 'rhk', 'lampiran'], penilai: ['ekspektasi'] },
  // While the penilai reviews, only the penilai writes (the ekspektasi, typically at approval).
  diajukan: { pemilik: [], penilai: ['ekspektasi'] },
  disetujui: { pemilik: [], penilai: [] },
};

export type EditCheck =
  | {
      ok: true;
      /** 'perbaiki' when the edit must first move a returned SKP back to draft (run `transition`). */
      autoAction: 'perbaiki' | null;
    }
  | SkpRefusal;

/**
 * May this actor edit this part of this SKP now?
 *
 * @example
 * checkEdit(draftSkp, 'rhk', owner, parties); // { ok: true, autoAction: null }
 * checkEdit(approvedSkp, 'rhk', owner, parties); // { ok: false, code: 'ILLEGAL_TRANSITION', ... }
 */
export function checkEdit(skp: Skp, part: SkpPart, actor: SkpActor, parties: SkpParties): EditCheck {
  const allowed = EDITABLE_PARTS[skp.status];
  const label = SKP_STATUS_LABEL[skp.status];
  if (!allowed.pemilik.includes(part) && !allowed.penilai.includes(part)) {
    return refuse('ILLEGAL_TRANSITION', SKP_MSG.tidakDapatDiubah(label));
  }
  const c = capacityOf(skp, actor, parties);
  if (allowed.pemilik.includes(part) && actsForOwner(c)) {
    return { ok: true, autoAction: skp.status === 'dikembalikan' ? 'perbaiki' : null };
  }
  if (allowed.penilai.includes(part) && actsForPenilai(c)) return { ok: true, autoAction: null };
  return refuse('FORBIDDEN', SKP_MSG.bagianTidakBoleh);
}
