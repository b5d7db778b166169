/**
 * Issued prints (migration 0006): one row per verification code. A re-print of the same version
 * has the same code, so it only counts and stamps the last print; the first print's data stays.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import type { DocumentKind } from '../../../../shared/print/code.js';
import type { Trx } from './changes.js';

export type IssuedPrint = {
  code: string;
  kind: DocumentKind;
  docId: string;
  versi: number;
  hash: string;
  /** Canonical JSON of the document data as printed. */
  data: string;
  /** JSON array of every PrintSettings this code was printed with (paper may change between prints). */
  settings: string;
  firstPrintedAt: string;
  firstPrintedBy: string | null;
  lastPrintedAt: string;
  printCount: number;
};

export type NewPrint = Omit<IssuedPrint, 'firstPrintedAt' | 'lastPrintedAt' | 'printCount' | 'firstPrintedBy' | 'settings'> & { settings: string; at: string; byUserId: string | null };

/** One print inside the caller's transaction: a new code is inserted, a known one counted. */
async function recordIn(trx: Trx, p: NewPrint): Promise<void> {
  const existing = await trx.selectFrom('printRegistry').select(['settings']).where('code', '=', p.code).executeTakeFirst();
  if (!existing) {
    await trx
      .insertInto('printRegistry')
      .values({ code: p.code, kind: p.kind, docId: p.docId, versi: p.versi, hash: p.hash, data: p.data, settings: `[${p.settings}]`, firstPrintedAt: p.at, firstPrintedBy: p.byUserId, lastPrintedAt: p.at })
      .execute();
    return;
  }
  const list = JSON.parse(existing.settings) as unknown[];
  const known = list.some((s) => JSON.stringify(s) === p.settings);
  await trx
    .updateTable('printRegistry')
    .set((eb) => ({ lastPrintedAt: p.at, printCount: eb('printCount', '+', 1), settings: known ? existing.settings : JSON.stringify([...list, JSON.parse(p.settings)]) }))
    .where('code', '=', p.code)
    .execute();
}

/** `settings`: the JSON of this print's PrintSettings; added to the row's list when new. */
export async function recordPrint(db: Kysely<Database>, p: NewPrint): Promise<void> {
  await recordPrints(db, [p]);
}

/** Many prints in one transaction (a batch: one commit to disk instead of one per SKP). */
export async function recordPrints(db: Kysely<Database>, prints: readonly NewPrint[]): Promise<void> {
  if (prints.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const p of prints) await recordIn(trx, p);
  });
}

export async function findPrint(db: Kysely<Database>, code: string): Promise<IssuedPrint | null> {
  const r = await db.selectFrom('printRegistry').selectAll().where('code', '=', code).executeTakeFirst();
  // `kind` was written from DocumentKind by recordPrint only.
  return r ? { ...r, kind: r.kind as DocumentKind } : null;
}
