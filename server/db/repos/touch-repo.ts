import { nextSeq, type Db } from './types.js';

type Touchable = 'unitKerja' | 'jabatan' | 'pegawai' | 'user' | 'skp' | 'rhk';

/**
 * Moves unchanged rows to the head of the feed (new seq, same version) so devices whose scope just
 * grew to include them receive them on their next pull. Returns the highest seq used, or null.
 */
export async function touchRows(trx: Db, instansiId: string, table: Touchable, ids: readonly string[]): Promise<string | null> {
  if (ids.length === 0) return null;
  const rows = await trx
    .updateTable(table)
    .set({ seq: nextSeq })
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('id', '=', eb.fn.any(eb.val([...ids]))))
    .returning('seq')
    .execute();
  return maxSeq(rows.map((r) => r.seq));
}

/** Holders of these jabatan: their rows travel with the atasan chain. */
export async function holderIds(trx: Db, instansiId: string, jabatanIds: readonly string[]): Promise<string[]> {
  if (jabatanIds.length === 0) return [];
  const rows = await trx
    .selectFrom('pegawai')
    .select('id')
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('jabatanId', '=', eb.fn.any(eb.val([...jabatanIds]))))
    .execute();
  return rows.map((r) => r.id);
}

/** Every row of these units (for a moved subtree). */
export async function idsInUnits(trx: Db, instansiId: string, table: 'jabatan' | 'pegawai' | 'user', unitIds: readonly string[]): Promise<{ id: string; unitId: string }[]> {
  if (unitIds.length === 0) return [];
  return trx
    .selectFrom(table)
    .select(['id', 'unitId'])
    .where('instansiId', '=', instansiId)
    .where((eb) => eb('unitId', '=', eb.fn.any(eb.val([...unitIds]))))
    .execute();
}

export function maxSeq(seqs: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const s of seqs) if (s !== null && (best === null || BigInt(s) > BigInt(best))) best = s;
  return best;
}
