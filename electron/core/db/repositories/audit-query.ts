/**
 * Riwayat queries: the audit log filtered (person, entity, time) and limited to the caller's units,
 * paged with its total, plus the people in it and the names its entries point at. The unit scope
 * rule is audit-repo.ts's (shared through `inAuditScope`).
 */
import type { Kysely } from 'kysely';
import type { AuditEntityKind } from '../../../../shared/entities.js';
import type { Database } from '../schema.js';
import { inAuditScope } from './audit-repo.js';

export type AuditFilter = {
  actorUserId?: string | undefined;
  entity?: AuditEntityKind | undefined;
  /** Instants (ISO, UTC): from included, to excluded. */
  fromAt?: string | undefined;
  toAt?: string | undefined;
  /** Units the caller may see; null: all. */
  unitIds: string[] | null;
};

export type AuditRow = {
  id: string;
  at: string;
  actorUserId: string | null;
  actorNama: string | null;
  actorNip: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
};

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('auditLog as a');
  if (f.actorUserId) q = q.where('a.actorUserId', '=', f.actorUserId);
  if (f.entity) q = q.where('a.entity', '=', f.entity);
  if (f.fromAt) q = q.where('a.at', '>=', f.fromAt);
  if (f.toAt) q = q.where('a.at', '<', f.toAt);
  if (f.unitIds) {
    const ids = f.unitIds;
    q = q.where((eb) => inAuditScope(eb, ids));
  }
  return q;
}

/**
 * One page of the filtered log, newest first, and how many entries match in all.
 *
 * @example
 * const { total, rows } = await searchAudit(db, { unitIds: null, entity: 'skp' }, 0, 50);
 */
export async function searchAudit(db: Kysely<Database>, f: AuditFilter, offset: number, limit: number): Promise<{ total: number; rows: AuditRow[] }> {
  const q = filtered(db, f);
  const total = await q.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .leftJoin('user as u', 'u.id', 'a.actorUserId')
    .select(['a.id', 'a.at', 'a.actorUserId', 'u.nama as actorNama', 'u.nip as actorNip', 'a.action', 'a.entity', 'a.entityId', 'a.before', 'a.after'])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
  return { total: Number(total.n), rows };
}

/** Every account that appears as the author of an entry the caller may read, by name. */
export async function auditActors(db: Kysely<Database>, unitIds: string[] | null): Promise<{ id: string; nama: string }[]> {
  const authors = filtered(db, { unitIds }).select('a.actorUserId').distinct().where('a.actorUserId', 'is not', null);
  return db.selectFrom('user').select(['id', 'nama']).where('id', 'in', authors).orderBy('nama').orderBy('id').execute();
}

/** Names of the rows an audit page points at, read in a few batched queries. */
export async function auditNames(
  db: Kysely<Database>,
  ids: { pegawai: string[]; user: string[]; unit: string[]; jabatan: string[]; skp: string[]; template: string[] },
): Promise<{
  pegawai: Map<string, { gelarDepan: string; nama: string; gelarBelakang: string }>;
  user: Map<string, string>;
  unit: Map<string, string>;
  jabatan: Map<string, string>;
  skp: Map<string, { pegawaiId: string; tahun: number }>;
  template: Map<string, string>;
}> {
  const some = (xs: string[]) => (xs.length > 0 ? [...new Set(xs)] : ['']);
  const skp = await db.selectFrom('skp').select(['id', 'pegawaiId', 'tahun']).where('id', 'in', some(ids.skp)).execute();
  const template = await db.selectFrom('skpTemplate').select(['id', 'jabatanId']).where('id', 'in', some(ids.template)).execute();
  const pegawai = await db
    .selectFrom('pegawai')
    .select(['id', 'gelarDepan', 'nama', 'gelarBelakang'])
    .where('id', 'in', some([...ids.pegawai, ...skp.map((s) => s.pegawaiId)]))
    .execute();
  const user = await db.selectFrom('user').select(['id', 'nama']).where('id', 'in', some(ids.user)).execute();
  const unit = await db.selectFrom('unitKerja').select(['id', 'nama']).where('id', 'in', some(ids.unit)).execute();
  const jabatan = await db
    .selectFrom('jabatan')
    .select(['id', 'nama'])
    .where('id', 'in', some([...ids.jabatan, ...template.map((t) => t.jabatanId)]))
    .execute();
  return {
    pegawai: new Map(pegawai.map((p) => [p.id, p])),
    user: new Map(user.map((u) => [u.id, u.nama])),
    unit: new Map(unit.map((u) => [u.id, u.nama])),
    jabatan: new Map(jabatan.map((j) => [j.id, j.nama])),
    skp: new Map(skp.map((s) => [s.id, { pegawaiId: s.pegawaiId, tahun: s.tahun }])),
    template: new Map(template.map((t) => [t.id, t.jabatanId])),
  };
}

