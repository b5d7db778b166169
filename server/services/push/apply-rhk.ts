import { actsForOwner, actsForPenilai, capacityOf } from '../../../shared/domain/skp/actor.js';
import { checkIntervensiLink, pickAtasanSkp, planRhkDelete } from '../../../shared/domain/skp/cascading.js';
import { checkEdit } from '../../../shared/domain/skp/editable.js';
import type { Rhk, Skp } from '../../../shared/domain/skp/types.js';
import { rhkDeletePayloadSchema, type SyncRow } from '../../../shared/sync-protocol.js';
import { findRhk, findSkp, rhkIntervening, skpOfHolders } from '../../db/repos/skp-repo.js';
import type { Stored } from '../../db/repos/types.js';
import { requireBaseVersion, type CommandContext, type Plan } from './command-context.js';
import { Rejection } from './rejection.js';
import { refused, requireSkpUnit, same, standingOf, underLock, type SkpStanding } from './skp-parties.js';

/** The live SKP an RHK belongs to, inside the device's subtree. */
async function skpOf(c: CommandContext, skpId: string): Promise<Skp> {
  const skp = await findSkp(c.db, c.instansiId, skpId);
  if (!skp || skp.deleted) throw new Rejection('NOT_FOUND', 'SKP dari RHK ini tidak ditemukan.');
  requireSkpUnit(c, skp.row.unitId);
  return skp.row;
}

const liveRhk = async (c: CommandContext, id: string | null): Promise<Rhk | null> => {
  if (id === null) return null;
  const r = await findRhk(c.db, c.instansiId, id);
  return r && !r.deleted ? r.row : null;
};

/** Every field but `keys` is unchanged. */
function onlyChanged(prev: Rhk, next: Rhk, keys: readonly (keyof Rhk)[]): boolean {
  return (Object.keys(next) as (keyof Rhk)[]).every((k) => keys.includes(k) || same(prev[k], next[k]));
}

/**
 * Link moves the desk makes on someone else's RHK, allowed whatever its status: after an approved
 * perubahan the link follows the copy of its target (asalRhkId), and the owner of an RHK being
 * deleted moves its dependants to another RHK of the same SKP (rhk/delete with pindahKe).
 */
async function isRelink(c: CommandContext, prev: Rhk, next: Rhk): Promise<boolean> {
  if (prev.intervensiRhkId === next.intervensiRhkId || !onlyChanged(prev, next, ['intervensiRhkId'])) return false;
  const [from, to] = [await liveRhk(c, prev.intervensiRhkId), await liveRhk(c, next.intervensiRhkId)];
  if (from === null || to === null) return false;
  if (to.asalRhkId === from.id) return true;
  if (to.skpId !== from.skpId) return false;
  const target = await skpOf(c, to.skpId).catch(() => null);
  if (target === null) return false;
  const s = await standingOf(c, target, null);
  return actsForOwner(capacityOf(target, s.actor, s));
}

/** A new or changed intervensi link must point at a live RHK of the pejabat penilai's SKP for the period (read-only scope is fine). */
async function checkLink(c: CommandContext, skp: Skp, row: Rhk, s: SkpStanding): Promise<void> {
  if (row.intervensiRhkId === null) return;
  const target = await liveRhk(c, row.intervensiRhkId);
  const candidates = await skpOfHolders(c.db, c.instansiId, s.penilaiJabatanId, s.penilaiPegawaiIds);
  const atasan = pickAtasanSkp(skp.periode, { jabatanId: s.penilaiJabatanId, pegawaiIds: s.penilaiPegawaiIds }, candidates.map((x) => x.row));
  const r = checkIntervensiLink(row, target, { isPuncak: s.isPuncak, atasanSkpId: atasan?.id ?? null });
  if (r) throw refused(r);
}

/** Return notes are the penilai's (set on return); the owner side only clears them (on submission). */
function notesOnly(prev: Rhk, next: Rhk, skp: Skp, s: SkpStanding): boolean {
  if (prev.returnNote === next.returnNote || !onlyChanged(prev, next, ['returnNote'])) return false;
  const cap = capacityOf(skp, s.actor, s);
  return actsForPenilai(cap) || (next.returnNote === null && actsForOwner(cap));
}

/** rhk/upsert: the desk's RHK rules re-run with the sender's permissions (status, side, links). */
export async function checkRhkUpsert(c: CommandContext, row: SyncRow<'rhk'>): Promise<Plan> {
  const prev = await findRhk(c.db, c.instansiId, row.id);
  requireBaseVersion(c, prev, true);
  if (prev && prev.row.skpId !== row.skpId) throw new Rejection('VALIDATION', 'RHK tidak dapat dipindahkan ke SKP lain.');
  const skp = await skpOf(c, row.skpId);
  const plan = underLock({ entity: 'rhk', row, prevVersion: prev?.version ?? null });
  if (prev && (await isRelink(c, prev.row, row))) return plan;
  const s = await standingOf(c, skp, null);
  if (prev && notesOnly(prev.row, row, skp, s)) return plan;
  // Plans taken over from a desk that ran standalone arrive whole (see checkSkp): admin only.
  const takeover = !prev && c.actor.roles.includes('admin') && skp.status !== 'draft';
  if (!takeover) {
    const edit = checkEdit(skp, 'rhk', s.actor, s);
    if (!edit.ok) throw refused(edit, prev);
  }
  if (!prev || prev.row.intervensiRhkId !== row.intervensiRhkId) await checkLink(c, skp, row, s);
  return plan;
}

/** rhk/delete: as on the desk, refused while other RHK intervene it (no dangling links). */
export async function checkRhkDelete(c: CommandContext, payload: unknown): Promise<Plan> {
  const parsed = rhkDeletePayloadSchema.safeParse(payload);
  if (!parsed.success || parsed.data.id !== c.cmd.entityId) throw new Rejection('VALIDATION', 'Data perintah hapus RHK tidak valid.');
  const prev: Stored<'rhk'> | undefined = await findRhk(c.db, c.instansiId, parsed.data.id);
  if (!prev || prev.deleted) throw new Rejection('NOT_FOUND', 'RHK ini tidak ada di server (mungkin sudah dihapus).');
  requireBaseVersion(c, prev, true);
  const skp = await skpOf(c, prev.row.skpId);
  const s = await standingOf(c, skp, null);
  const edit = checkEdit(skp, 'rhk', s.actor, s);
  if (!edit.ok) throw refused(edit);
  const plan = planRhkDelete(prev.row, await rhkIntervening(c.db, c.instansiId, prev.row.id), null);
  if (!plan.ok) throw refused(plan);
  return underLock({ entity: 'rhk', row: prev.row, prevVersion: prev.version, deleted: true });
}
