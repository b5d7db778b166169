/**
 * The evaluations the TPP rekap reads (issue 10's `evaluasi` table, joined to `skp` for the
 * pegawai): only what the predikat needs. Rows that do not parse are left out, not guessed at.
 */
import type { Kysely } from 'kysely';
import { EVALUASI_SYNC_ROWS } from '../../../../shared/sync-rows-evaluasi.js';
import type { Evaluasi } from '../../../../shared/domain/evaluasi/types.js';
import type { Database } from '../schema.js';

export type EvaluasiPegawai = { pegawaiId: string; evaluasi: Evaluasi };

/**
 * Locked evaluations of these pegawai's SKP of `tahun`.
 *
 * @example
 * await evaluasiTerkunci(db, ['p1'], 2026); // [{ pegawaiId: 'p1', evaluasi: { periode: 'B01', predikat: 'baik', terkunci: true, ... } }]
 */
export async function evaluasiTerkunci(db: Kysely<Database>, pegawaiIds: readonly string[], tahun: number): Promise<EvaluasiPegawai[]> {
  const out: EvaluasiPegawai[] = [];
  for (let i = 0; i < pegawaiIds.length; i += 500) {
    const rows = await db
      .selectFrom('evaluasi')
      .innerJoin('skp', 'skp.id', 'evaluasi.skpId')
      .select(['skp.pegawaiId', 'evaluasi.data'])
      .where('skp.pegawaiId', 'in', pegawaiIds.slice(i, i + 500))
      .where('skp.tahun', '=', tahun)
      .execute();
    for (const r of rows) {
      let json: unknown;
      try {
        json = JSON.parse(r.data);
      } catch {
        continue;
      }
      const parsed = EVALUASI_SYNC_ROWS.evaluasi.safeParse(json);
      if (parsed.success && parsed.data.terkunci) out.push({ pegawaiId: r.pegawaiId, evaluasi: parsed.data });
    }
  }
  return out;
}
