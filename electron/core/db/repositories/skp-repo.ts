import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SkpTable } from '../schema.js';
import type { Skp } from '../../../../shared/domain/skp/types.js';
import { SKP_COMMAND_ENTITY } from '../../../../shared/sync-protocol.js';
import { recordChange, recordCreations, type Trx, type WriteContext } from './changes.js';
import { insertJsonRows } from './bulk-insert.js';
import { stampStep } from './skp-step-signature.js';
import { snakeKeys } from './snake-keys.js';

/** An SKP as stored: the domain row plus the local revision the next edit must name. */
export type StoredSkp = { skp: Skp; rowVersion: number; updatedAt: string; diajukanAt: string | null };

const COMMAND = 'skp/upsert' satisfies keyof typeof SKP_COMMAND_ENTITY;
const ENTITY = SKP_COMMAND_ENTITY[COMMAND];

const BULK_COLUMNS = [
  'id', 'pegawai_id', 'jabatan_id', 'unit_id', 'tahun', 'periode_mulai', 'periode_selesai', 'pendekatan', 'status', 'versi', 'previous_version_id', 'penilai',
  'perilaku', 'lampiran', 'return_note', 'approved_at', 'approved_by_user_id', 'delegasi', 'riwayat', 'diajukan_at', 'row_version', 'created_at', 'updated_at',
] as const;

function parse<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}

/** Columns hold only values the domain wrote (validated on the way in), so the casts restore them. */
export function toStoredSkp(r: Selectable<SkpTable>): StoredSkp {
  const skp: Skp = {
    id: r.id,
    pegawaiId: r.pegawaiId,
    jabatanId: r.jabatanId,
    unitId: r.unitId,
    periode: { tahun: r.tahun, mulai: r.periodeMulai, selesai: r.periodeSelesai },
    pendekatan: r.pendekatan as Skp['pendekatan'],
    status: r.status as Skp['status'],
    versi: r.versi,
    previousVersionId: r.previousVersionId,
    penilai: parse<Skp['penilai']>(r.penilai),
    perilaku: parse<Skp['perilaku']>(r.perilaku) ?? [],
    lampiran: parse<Skp['lampiran']>(r.lampiran) ?? { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    returnNote: r.returnNote,
    approvedAt: r.approvedAt,
    approvedByUserId: r.approvedByUserId,
    delegasi: parse<Skp['delegasi']>(r.delegasi),
    riwayat: parse<Skp['riwayat']>(r.riwayat) ?? [],
  };
  return { skp, rowVersion: r.rowVersion, updatedAt: r.updatedAt, diajukanAt: r.diajukanAt };
}

function lastSubmittedAt(s: Skp): string | null {
  for (let i = s.riwayat.length - 1; i >= 0; i -= 1) {
    const e = s.riwayat[i];
    if (e?.action === 'ajukan') return e.at;
  }
  return null;
}

export function columns(s: Skp): Omit<Insertable<SkpTable>, 'rowVersion' | 'createdAt' | 'updatedAt'> {
  return {
    id: s.id,
    pegawaiId: s.pegawaiId,
    jabatanId: s.jabatanId,
    unitId: s.unitId,
    tahun: s.periode.tahun,
    periodeMulai: s.periode.mulai,
    periodeSelesai: s.periode.selesai,
    pendekatan: s.pendekatan,
    status: s.status,
    versi: s.versi,
    previousVersionId: s.previousVersionId,
    penilai: s.penilai === null ? null : JSON.stringify(s.penilai),
    perilaku: JSON.stringify(s.perilaku),
    lampiran: JSON.stringify(s.lampiran),
    returnNote: s.returnNote,
    approvedAt: s.approvedAt,
    approvedByUserId: s.approvedByUserId,
    delegasi: s.delegasi === null ? null : JSON.stringify(s.delegasi),
    riwayat: JSON.stringify(s.riwayat),
    diajukanAt: lastSubmittedAt(s),
  };
}

export async function findSkp(db: Kysely<Database>, id: string): Promise<StoredSkp | undefined> {
  const r = await db.selectFrom('skp').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toStoredSkp(r) : undefined;
}

export async function findSkpMany(db: Kysely<Database>, ids: readonly string[]): Promise<StoredSkp[]> {
  if (ids.length === 0) return [];
  return (await db.selectFrom('skp').selectAll().where('id', 'in', [...ids]).execute()).map(toStoredSkp);
}

/** Every SKP (all versions) of a pegawai in a year, e.g. for the one-per-period check and version chains. */
export async function skpOfPegawai(db: Kysely<Database>, pegawaiId: string, tahun: number): Promise<StoredSkp[]> {
  return (await db.selectFrom('skp').selectAll().where('pegawaiId', '=', pegawaiId).where('tahun', '=', tahun).execute()).map(toStoredSkp);
}

/** SKP (all versions) of the year held on the given jabatan or by the given pegawai: the picker's candidates. */
export async function skpOfJabatanOrPegawai(db: Kysely<Database>, tahun: number, jabatanIds: readonly string[], pegawaiIds: readonly string[]): Promise<StoredSkp[]> {
  if (jabatanIds.length === 0 && pegawaiIds.length === 0) return [];
  const rows = await db
    .selectFrom('skp')
    .selectAll()
    .where('tahun', '=', tahun)
    .where((eb) => eb.or([eb('jabatanId', 'in', jabatanIds.length ? [...jabatanIds] : ['']), eb('pegawaiId', 'in', pegawaiIds.length ? [...pegawaiIds] : [''])]))
    .execute();
  return rows.map(toStoredSkp);
}

/** The lean columns the readiness board and peta need, for one year and a set of jabatan. */
export async function skpHeadsOfYear(db: Kysely<Database>, tahun: number, jabatanIds: readonly string[] | null) {
  let q = db
    .selectFrom('skp')
    .select(['id', 'pegawaiId', 'jabatanId', 'tahun', 'periodeMulai', 'periodeSelesai', 'status', 'versi', 'previousVersionId'])
    .where('tahun', '=', tahun);
  if (jabatanIds) q = q.where('jabatanId', 'in', jabatanIds.length ? [...jabatanIds] : ['']);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    pegawaiId: r.pegawaiId,
    jabatanId: r.jabatanId,
    periode: { tahun: r.tahun, mulai: r.periodeMulai, selesai: r.periodeSelesai },
    status: r.status as Skp['status'],
    versi: r.versi,
    previousVersionId: r.previousVersionId,
  }));
}

export async function hasNewerVersion(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('skp').select('id').where('previousVersionId', '=', id).limit(1).executeTakeFirst()) !== undefined;
}

export async function insertSkp(trx: Trx, ctx: WriteContext, row: Skp, auditAction = 'skp/create'): Promise<Skp> {
  const { skp: s, commandId } = stampStep(ctx, null, row);
  await trx.insertInto('skp').values({ ...columns(s), rowVersion: 1, createdAt: ctx.now, updatedAt: ctx.now }).execute();
  await recordChange(trx, ctx, { command: COMMAND, entity: ENTITY, entityId: s.id, action: 'create', auditAction, before: null, after: s, ...(commandId ? { commandId } : {}) });
  return s;
}

/**
 * Many new SKP in bulk, with their audit entries and outbox commands. `recordEach: false` is for
 * generated demo data only: the caller records one audit entry for the whole set instead.
 */
export async function insertSkpBatch(
  trx: Trx,
  ctx: WriteContext,
  rows: readonly Skp[],
  auditAction = 'skp/create',
  recordEach = true,
  /** Per-row creation/change moments (the demo's, spread over the year); `ctx.now` otherwise. */
  stamps?: ReadonlyMap<string, { createdAt: string; updatedAt: string }>,
): Promise<void> {
  const at = (id: string) => stamps?.get(id) ?? { createdAt: ctx.now, updatedAt: ctx.now };
  await insertJsonRows(trx, 'skp', BULK_COLUMNS, rows.map((s) => snakeKeys({ ...columns(s), rowVersion: 1, ...at(s.id) })));
  if (recordEach) await recordCreations(trx, ctx, rows.map((s) => ({ command: COMMAND, entity: ENTITY, entityId: s.id, auditAction, after: s })));
}

/** Writes `next` over `before`, bumps the revision and records the change under `auditAction`. */
export async function updateSkp(trx: Trx, ctx: WriteContext, row: Skp, before: StoredSkp, auditAction: string): Promise<StoredSkp> {
  // A workflow step names the signed command that records it (see skp-step-signature.ts).
  const { skp: next, commandId } = stampStep(ctx, before.skp, row);
  const { id, ...rest } = columns(next);
  const rowVersion = before.rowVersion + 1;
  await trx.updateTable('skp').set({ ...rest, rowVersion, updatedAt: ctx.now }).where('id', '=', id).execute();
  await recordChange(trx, ctx, { command: COMMAND, entity: ENTITY, entityId: id, action: 'update', auditAction, before: before.skp, after: next, ...(commandId ? { commandId } : {}) });
  return { skp: next, rowVersion, updatedAt: ctx.now, diajukanAt: rest.diajukanAt ?? null };
}
