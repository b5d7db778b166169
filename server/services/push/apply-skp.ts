import { actsForOwner, capacityOf } from '../../../shared/domain/skp/actor.js';
import { checkEdit, type SkpPart } from '../../../shared/domain/skp/editable.js';
import { SKP_MSG } from '../../../shared/domain/skp/messages.js';
import { SKP_TRANSITIONS, transition, type SkpAction } from '../../../shared/domain/skp/workflow.js';
import { SKP_STATUS_LABEL, type Rhk, type Skp, type SkpActionType, type SkpStatusEvent } from '../../../shared/domain/skp/types.js';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { findPegawai } from '../../db/repos/pegawai-repo.js';
import { findSkp, hasNewerVersion, rhkOfSkp, skpOfHolders } from '../../db/repos/skp-repo.js';
import { clashingSkp } from '../../../shared/domain/skp/periode.js';
import { requireBaseVersion, requireOwnKey, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';
import { refused, requireSkpUnit, same, standingOf, underLock } from './skp-parties.js';

/** Fields only workflow steps change; an edit that is no step must leave them as they are. */
const WORKFLOW_FIELDS = ['status', 'penilai', 'returnNote', 'approvedAt', 'approvedByUserId', 'delegasi', 'riwayat'] as const;
/** Fields fixed when the SKP is made (a move or a perubahan makes another SKP). */
const FIXED_FIELDS = ['pegawaiId', 'jabatanId', 'unitId', 'versi', 'previousVersionId'] as const;

/** The parts of the form that differ between two versions of one SKP row (see EDITABLE_PARTS). */
function changedParts(prev: Skp, next: Skp): SkpPart[] {
  const parts: SkpPart[] = [];
  if (!same(prev.periode, next.periode) || prev.pendekatan !== next.pendekatan) parts.push('header');
  if (!same(prev.lampiran, next.lampiran)) parts.push('lampiran');
  if (!same(prev.perilaku, next.perilaku)) parts.push('ekspektasi');
  return parts;
}

/** The one workflow step that takes `from` to `to` on the same row (perubahan makes a new row). */
function stepBetween(prev: Skp, next: Skp): SkpActionType {
  const found = (Object.keys(SKP_TRANSITIONS) as SkpActionType[]).find(
    (a) => a !== 'mulaiPerubahan' && SKP_TRANSITIONS[a].to === next.status && SKP_TRANSITIONS[a].from.includes(prev.status),
  );
  if (!found) {
    throw new Rejection('ILLEGAL_TRANSITION', `Status SKP tidak dapat berubah dari ${SKP_STATUS_LABEL[prev.status]} menjadi ${SKP_STATUS_LABEL[next.status]}.`);
  }
  return found;
}

/** The step's own record: exactly one event appended to the history, made by the command's account. */
function newEvent(c: CommandContext, prev: Skp, next: Skp, action: SkpActionType): SkpStatusEvent {
  const event = next.riwayat[next.riwayat.length - 1];
  const ok =
    event !== undefined &&
    next.riwayat.length === prev.riwayat.length + 1 &&
    same(next.riwayat.slice(0, -1), prev.riwayat) &&
    event.action === action &&
    event.from === prev.status &&
    event.to === next.status &&
    event.actorUserId === c.actor.id;
  if (!ok) throw new Rejection('VALIDATION', 'Riwayat SKP tidak sesuai dengan langkah alur kerja yang dilakukan.');
  requireOwnCommand(c, event);
  return event;
}

const UNPROVABLE = 'Langkah pada riwayat SKP hanya boleh menyebut perintah bertanda tangan yang mencatatnya.';

/**
 * A step that names its command (issue 8) must name this one, with the key that signed it: so a
 * step in the server's history is provably its actor's. A step naming nothing is kept as
 * unverified (history a standalone desk made before it joined).
 */
export function requireOwnCommand(c: CommandContext, event: { commandId?: string | null; keyVersion?: number | null }): void {
  if (event.commandId === undefined || event.commandId === null) {
    if (event.keyVersion !== undefined && event.keyVersion !== null) throw new Rejection('BAD_SIGNATURE', UNPROVABLE);
    return;
  }
  if (event.commandId.toLowerCase() !== c.cmd.id.toLowerCase() || event.keyVersion !== c.signedWith.version) throw new Rejection('BAD_SIGNATURE', UNPROVABLE);
}

/** The server's own step with the signature fields the row's step carries (checked by requireOwnCommand). */
function withStepSignature(computed: Skp, event: SkpStatusEvent): Skp {
  const last = computed.riwayat[computed.riwayat.length - 1];
  if (!last) return computed;
  const signature = event.commandId === undefined ? {} : { commandId: event.commandId, keyVersion: event.keyVersion };
  return { ...computed, riwayat: [...computed.riwayat.slice(0, -1), { ...last, ...signature }] };
}

/**
 * The per-RHK notes of a return. The desk writes the SKP row first and its RHK notes right after
 * (same transaction, next commands in the push), so a return with RHK notes only has none on the
 * server yet: a placeholder stands for them here, and each note is checked with its rhk/upsert.
 */
function returnNotes(rhk: readonly Rhk[], next: Skp): { rhkId: string; catatan: string }[] {
  const notes = rhk.flatMap((r) => (r.returnNote === null ? [] : [{ rhkId: r.id, catatan: r.returnNote }]));
  const first = rhk[0];
  if (notes.length > 0 || next.returnNote !== null || !first) return notes;
  return [{ rhkId: first.id, catatan: 'catatan per RHK menyusul' }];
}

function actionOf(type: SkpActionType, next: Skp, rhkNotes: readonly { rhkId: string; catatan: string }[]): SkpAction {
  switch (type) {
    case 'setujui':
      if (next.penilai === null) throw new Rejection('VALIDATION', 'SKP yang disetujui harus mencatat pejabat penilainya.');
      return { type, penilai: next.penilai };
    case 'kembalikan':
      return { type, catatan: next.returnNote, catatanRhk: rhkNotes };
    case 'ajukan':
    case 'perbaiki':
      return { type };
    case 'mulaiPerubahan':
      return { type, newId: () => next.id };
  }
}

/** An edit of an existing SKP: at most one workflow step, and only parts its status lets this actor change. */
async function checkUpdate(c: CommandContext, prev: Skp, next: Skp): Promise<void> {
  if (FIXED_FIELDS.some((f) => prev[f] !== next[f])) {
    throw new Rejection('VALIDATION', 'Pegawai, jabatan, unit dan versi SKP tidak dapat diubah; buat SKP atau perubahan SKP baru.');
  }
  let editedFrom = prev;
  if (prev.status !== next.status) {
    const type = stepBetween(prev, next);
    if (type === 'setujui' || type === 'kembalikan') requireOwnKey(c);
    const event = newEvent(c, prev, next, type);
    const s = await standingOf(c, prev, SKP_TRANSITIONS[type].side === 'penilai' ? event.delegasi : null);
    const rhk = (await rhkOfSkp(c.db, c.instansiId, prev.id)).map((r) => r.row);
    const ctx = { ...s, now: event.at, rhk, newerVersionExists: false };
    const r = transition(prev, actionOf(type, next, returnNotes(rhk, next)), s.actor, ctx);
    if (!r.ok) throw refused(r);
    // The step's outcome is the server's to compute: the row must say what `transition` says.
    const computed = withStepSignature(r.next, event);
    if (WORKFLOW_FIELDS.some((f) => !same(computed[f], next[f]))) {
      throw new Rejection('VALIDATION', 'Data alur kerja SKP tidak sesuai dengan langkah yang dilakukan.');
    }
    editedFrom = computed;
  } else if (WORKFLOW_FIELDS.some((f) => !same(prev[f], next[f]))) {
    throw new Rejection('VALIDATION', 'Status, catatan dan persetujuan SKP hanya berubah melalui langkah alur kerja.');
  }
  const parts = changedParts(editedFrom, next);
  if (parts.length === 0) return;
  if (next.versi === 1 && !same(prev.periode, next.periode)) await requireNoClash(c, next);
  const s = await standingOf(c, prev, null);
  for (const part of parts) {
    const r = checkEdit(editedFrom, part, s.actor, s);
    // An owner-side edit of a returned SKP is what moves it back to draft: allowed, as on the desk.
    if (!r.ok) throw refused(r);
  }
}

/**
 * One SKP per pegawai per period per jabatan (shared/domain/skp/periode), against the server's
 * rows: two desks may each have started one offline. A perubahan shares its chain's period, so
 * only first versions are checked.
 */
async function requireNoClash(c: CommandContext, row: Skp): Promise<void> {
  const others = await skpOfHolders(c.db, c.instansiId, null, [row.pegawaiId]);
  const clash = clashingSkp(row, others.map((s) => s.row));
  if (clash) throw new Rejection('CONFLICT', SKP_MSG.periodeTumpangTindih, others.find((s) => s.row.id === clash.id));
}

/** A new SKP: a draft of a pegawai in the device's subtree on a jabatan of the SKP's unit, or the next version of an approved one. */
async function checkCreate(c: CommandContext, row: Skp): Promise<void> {
  // History that arrives with a new row (a perubahan's first step, a merged standalone plan) may
  // name only this command: anything else is unverifiable and must say so by naming nothing.
  for (const e of row.riwayat) requireOwnCommand(c, e);
  if (!(await findPegawai(c.db, c.instansiId, row.pegawaiId))) throw new Rejection('NOT_FOUND', 'Pegawai pemilik SKP tidak ditemukan.');
  const jabatan = (await c.jabatan()).byId.get(row.jabatanId);
  if (!jabatan) throw new Rejection('NOT_FOUND', 'Jabatan SKP tidak ditemukan.');
  if (jabatan.unitId !== row.unitId) throw new Rejection('VALIDATION', 'Unit kerja SKP harus unit kerja jabatannya.');
  const s = await standingOf(c, row, null);
  if (row.previousVersionId !== null) {
    const before = await findSkp(c.db, c.instansiId, row.previousVersionId);
    if (!before || before.deleted || before.row.pegawaiId !== row.pegawaiId || before.row.jabatanId !== row.jabatanId || before.row.versi + 1 !== row.versi) {
      throw new Rejection('VALIDATION', 'Versi sebelumnya dari perubahan SKP ini tidak ditemukan.');
    }
    const at = row.riwayat[0]?.at ?? c.meta.now.toISOString();
    const ctx = { ...s, now: at, rhk: [], newerVersionExists: await hasNewerVersion(c.db, c.instansiId, before.row.id) };
    const r = transition(before.row, { type: 'mulaiPerubahan', newId: () => row.id }, s.actor, ctx);
    if (!r.ok) throw refused(r);
    if (row.status !== 'draft') throw new Rejection('ILLEGAL_TRANSITION', 'Perubahan SKP selalu dimulai sebagai draf.');
    return;
  }
  if (row.versi !== 1) throw new Rejection('VALIDATION', 'SKP baru tanpa versi sebelumnya harus versi 1.');
  await requireNoClash(c, row);
  if (!actsForOwner(capacityOf(row, s.actor, s))) throw new Rejection('FORBIDDEN', SKP_MSG.bukanPemilik);
  // Plans made before the desk joined the server arrive in whatever status they reached there;
  // only an admin takes those over (first-connect merge). Everyone else starts a draft.
  if (row.status !== 'draft' && !c.actor.roles.includes('admin')) throw new Rejection('ILLEGAL_TRANSITION', 'SKP baru selalu dimulai sebagai draf.');
}

/** skp/upsert: the desk's SKP rules (shared/domain/skp) re-run with the sender's permissions. */
export async function checkSkp(c: CommandContext, row: SyncRow<'skp'>): Promise<Plan> {
  const prev = await findSkp(c.db, c.instansiId, row.id);
  if (prev) requireSkpUnit(c, prev.row.unitId);
  requireSkpUnit(c, row.unitId);
  requireBaseVersion(c, prev, true);
  // A refused edit of an existing SKP answers with the server's row (both texts in the conflict).
  if (prev) await checkUpdate(c, prev.row, row).catch((e: unknown) => {
    throw e instanceof Rejection && !e.current ? new Rejection(e.code, e.message, prev) : e;
  });
  else await checkCreate(c, row);
  return underLock({ entity: 'skp', row, prevVersion: prev?.version ?? null });
}
