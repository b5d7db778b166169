/** Riwayat in words: search, people and export channels (issue 9 item 7); joined in contract.ts. */
import { z } from 'zod';
import { AUDIT_ENTITY_KINDS, type AuditActor, type AuditPage, type FileDownload } from './entities.js';
import { empty, id, isoDate } from './contract-fields.js';

/** Riwayat in words: filters (plain ISO dates, both ends included, the desk's local days). */
const auditFilter = {
  actorUserId: id.optional(),
  entity: z.enum(AUDIT_ENTITY_KINDS).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

export const recordsArgSchemas = {
  'audit/search': z.strictObject({ ...auditFilter, offset: z.int().min(0).max(10_000_000), limit: z.int().min(1).max(200) }),
  'audit/actors': empty,
  /** The whole filtered list as an xlsx (up to MAX_AUDIT_EXPORT rows; more is refused, not cut). */
  'audit/export': z.strictObject(auditFilter),
} as const;

/** The longest Riwayat export; a longer list must be narrowed by a filter first. */
export const MAX_AUDIT_EXPORT = 100_000;

export type RecordsChannelResults = {
  'audit/search': AuditPage;
  'audit/actors': AuditActor[];
  'audit/export': FileDownload;
};
