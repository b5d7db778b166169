import { sql, type Kysely } from 'kysely';
import type { SyncEntity, SyncRow } from '../../../shared/sync-protocol.js';
import type { ServerDatabase } from '../schema.js';

/** The database or a transaction on it (a Transaction is a Kysely). */
export type Db = Kysely<ServerDatabase>;

/** A synced row as the server holds it: the wire row plus its version and feed position. */
export type Stored<E extends SyncEntity> = { row: SyncRow<E>; version: number; seq: string; deleted: boolean };

/** Who wrote and when, stamped on every accepted change. */
export type WriteMeta = { now: Date; deviceId: string | null };

export type Written = { version: number; seq: string };

/** A page of the change feed: rows with after < seq <= upTo, at most `limit`, oldest first. */
export type SeqRange = { after: string; upTo: string; limit: number };

/** The next position in the global change feed. */
export const nextSeq = sql<string>`nextval('change_seq')`;

/** Compares feed positions (decimal strings of bigints). */
export function seqCompare(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
