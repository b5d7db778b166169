import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { AuditLogTable, Database } from '../schema.js';
import type { AuditEntry } from '../../../../shared/entities.js';

/**
 * Newest first; optionally only one entity's history. With `unitIds`, only entries about rows in
 * those units (units, their jabatan, pegawai and accounts; SKP by the SKP's unit, RHK by their
 * SKP's, SKP templates by their jabatan's) — an operator of one sub-unit must not read the history
 * of another. The audit log has no unit column: the unit is resolved through the entry's row, and
 * for RHK (which can be deleted) through the SKP named in the entry itself.
 */
export async function listAudit(db: Kysely<Database>, opts: { entityId?: string; limit: number; unitIds: string[] | null }): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('auditLog as a')
    .leftJoin('user as u', 'u.id', 'a.actorUserId')
    .select(['a.id', 'a.at', 'a.actorUserId', 'u.nama as actorNama', 'a.action', 'a.entity', 'a.entityId', 'a.before', 'a.after'])
    .orderBy('a.at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(opts.limit);
  if (opts.entityId) q = q.where('a.entityId', '=', opts.entityId);
  const unitIds = opts.unitIds;
  if (unitIds) q = q.where((eb) => inAuditScope(eb, unitIds));
  return q.execute();
}

/**
 * The unit scope rule as a condition on `audit_log as a` (see listAudit), for every audit query.
 *
 * @example
 * q.where((eb) => inAuditScope(eb, [...actor.scopeUnitIds]));
 */
export function inAuditScope(eb: ExpressionBuilder<Database & { a: AuditLogTable }, 'a'>, unitIds: readonly string[]): Expression<SqlBool> {
  const ids = unitIds.length > 0 ? [...unitIds] : [''];
  const skpInScope = eb.selectFrom('skp').select('id').where('unitId', 'in', ids);
  return eb.or([
    eb('a.entityId', 'in', ids),
    eb('a.entityId', 'in', eb.selectFrom('jabatan').select('id').where('unitId', 'in', ids)),
    eb('a.entityId', 'in', eb.selectFrom('pegawai').select('id').where('unitId', 'in', ids)),
    eb('a.entityId', 'in', eb.selectFrom('user').select('id').where('unitId', 'in', ids)),
    eb.and([eb('a.entity', '=', 'skp'), eb('a.entityId', 'in', skpInScope)]),
    // Every RHK entry carries the whole RHK (after, or before for a deletion), so its SKP is
    // known even once the row is deleted; an RHK never moves to another SKP.
    eb.and([eb('a.entity', '=', 'rhk'), eb(sql<string>`json_extract(coalesce(a.after, a.before), '$.skpId')`, 'in', skpInScope)]),
    eb.and([
      eb('a.entity', '=', 'skp_template'),
      eb('a.entityId', 'in', eb.selectFrom('skpTemplate').select('id').where('jabatanId', 'in', eb.selectFrom('jabatan').select('id').where('unitId', 'in', ids))),
    ]),
  ]);
}
