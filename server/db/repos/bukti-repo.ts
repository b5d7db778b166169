/**
 * Bukti dukung files, content-addressed per instansi (sha-256 of the bytes). Stored once: a second
 * upload of the same bytes changes nothing.
 */
import type { Db } from './types.js';

export type BuktiMeta = { sha256: string; mime: string; ukuran: number };

/**
 * Stores a file unless the instansi already holds it; true when this call stored it.
 *
 * @example
 * await putBukti(db, instansiId, { sha256, mime: 'application/pdf', ukuran: bytes.length }, bytes, new Date());
 */
export async function putBukti(db: Db, instansiId: string, meta: BuktiMeta, data: Buffer, now: Date): Promise<boolean> {
  const r = await db
    .insertInto('buktiFile')
    .values({ instansiId, sha256: meta.sha256, mime: meta.mime, ukuran: meta.ukuran, data, createdAt: now })
    .onConflict((oc) => oc.columns(['instansiId', 'sha256']).doNothing())
    .returning('sha256')
    .executeTakeFirst();
  return r !== undefined;
}

export async function findBukti(db: Db, instansiId: string, sha256: string): Promise<(BuktiMeta & { data: Buffer }) | undefined> {
  return db.selectFrom('buktiFile').select(['sha256', 'mime', 'ukuran', 'data']).where('instansiId', '=', instansiId).where('sha256', '=', sha256).executeTakeFirst();
}

/** Which of these files the instansi holds (without their bytes). */
export async function buktiPresent(db: Db, instansiId: string, sha256s: readonly string[]): Promise<Map<string, BuktiMeta>> {
  if (sha256s.length === 0) return new Map();
  const rows = await db
    .selectFrom('buktiFile')
    .select(['sha256', 'mime', 'ukuran'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('sha256', '=', eb.fn.any(eb.val([...sha256s]))))
    .execute();
  return new Map(rows.map((r) => [r.sha256, r]));
}
