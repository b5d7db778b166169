import { syncRowSchemas } from '../../../shared/sync-protocol.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import type { Db } from '../db/connection.js';
import { unlockKey, type Signer } from '../auth/signing-keys.js';

type Row = { id: string; [field: string]: unknown };

/**
 * An account a first-connect merge sends to the server. Credentials are the server's when it
 * knows the account (its hash and keys stay; a desk cannot replace them without the owner's
 * password change); an account only this desk knew goes up with every key provisional, because
 * the server cannot know who chose that password (see server/README.md, "Signed changes").
 */
export function accountForMerge(local: Row, server: Row | undefined): Row {
  if (server) return { ...local, passwordHash: server.passwordHash, signingKeys: server.signingKeys, wrappedKey: server.wrappedKey };
  const keys = syncRowSchemas.user.shape.signingKeys.safeParse(local.signingKeys);
  return { ...local, signingKeys: keys.success ? keys.data.map((k) => ({ ...k, provisional: true })) : [] };
}

/**
 * An SKP a merge re-sends: its history was signed on a standalone desk with keys the server
 * never knew, so every step goes up naming no command (shown as "belum terverifikasi").
 */
export function historyForMerge(row: Row): Row {
  if (!Array.isArray(row.riwayat)) return row;
  const riwayat: unknown[] = row.riwayat;
  return { ...row, riwayat: riwayat.map((e) => (typeof e === 'object' && e !== null ? { ...e, commandId: null, keyVersion: null } : e)) };
}

/** An account row as the audit log may show it: no hash, no wrapped key. */
export function auditedAccount(row: Row): Row {
  return { ...row, passwordHash: undefined, wrappedKey: undefined };
}

/**
 * The confirming person's key as the server holds it (staged by the merge preview), unwrapped
 * with the password they just gave: the merge's re-sent rows are signed with it.
 */
export async function stagedSigner(db: Db, nipRaw: string, password: string): Promise<Signer | null> {
  const nip = normalizeNip(nipRaw);
  const staged = await db.selectFrom('syncInbox').select('row').where('entity', '=', 'user').execute();
  for (const s of staged) {
    const r = s.row === null ? null : syncRowSchemas.user.safeParse(JSON.parse(s.row));
    if (r?.success && r.data.nip === nip) return unlockKey(password, r.data);
  }
  return null;
}
