/** The readiness board: per jabatan SKP status and the atasan whose missing plan blocks the most. */
import type { CoreContext } from '../../context.js';
import { today } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { Jabatan } from '../../../../shared/entities.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { computeReadiness } from '../../../../shared/domain/skp/readiness.js';
import { skpHeadsOfYear } from '../../db/repositories/skp-repo.js';
import { jabatanInReach } from './reach.js';

/** Active holders of the given jabatan, lean (id and jabatan only: names are fetched where shown). */
export async function holdersOf(core: CoreContext, jabatan: readonly Jabatan[]) {
  const ids = new Set(jabatan.map((j) => j.id));
  const now = today(core);
  const rows = await core.db.selectFrom('pegawai').select(['id', 'jabatanId', 'tmtSelesai']).where('jabatanId', 'is not', null).execute();
  return rows.filter((p) => p.jabatanId !== null && ids.has(p.jabatanId) && (p.tmtSelesai === null || p.tmtSelesai >= now));
}

/** Full names of the holders of the given jabatan, by jabatan, in name order. */
export async function holderNames(core: CoreContext, jabatanIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < jabatanIds.length; i += 500) {
    const rows = await core.db
      .selectFrom('pegawai')
      .select(['id', 'jabatanId', 'gelarDepan', 'nama', 'gelarBelakang'])
      .where('jabatanId', 'in', jabatanIds.slice(i, i + 500))
      .orderBy('nama')
      .execute();
    for (const p of rows) if (p.jabatanId) out.set(p.jabatanId, [...(out.get(p.jabatanId) ?? []), formatNamaLengkap(p)]);
  }
  return out;
}

/** The unit's jabatan in reach, their active holders and the year's SKP (all versions). */
export async function boardInputs(core: CoreContext, actor: Actor, tahun: number, unitId: string | undefined) {
  const jabatan = await jabatanInReach(core, actor, unitId);
  const [pegawai, skp] = await Promise.all([holdersOf(core, jabatan), skpHeadsOfYear(core.db, tahun, jabatan.length > 2000 ? null : jabatan.map((j) => j.id))]);
  const ids = new Set(jabatan.map((j) => j.id));
  return { jabatan, pegawai, skp: skp.filter((s) => ids.has(s.jabatanId)) };
}

export async function readinessBoard(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/readiness'>): Promise<ResultOf<'skp/readiness'>> {
  const input = await boardInputs(core, actor, a.tahun, a.unitId);
  const r = computeReadiness(input);
  const byId = new Map(input.jabatan.map((j) => [j.id, j]));
  const units = new Map((await core.db.selectFrom('unitKerja').select(['id', 'nama']).execute()).map((u) => [u.id, u.nama]));
  const names = await holderNames(core, r.bottlenecks.map((b) => b.jabatanId));
  return {
    tahun: a.tahun,
    rows: r.jabatan.map((row) => {
      const j = byId.get(row.jabatanId);
      return { ...row, kode: j?.kode ?? '', nama: j?.nama ?? '', unitNama: units.get(j?.unitId ?? '') ?? '', atasanJabatanId: j?.atasanJabatanId ?? null };
    }),
    bottlenecks: r.bottlenecks.map((b) => {
      const j = byId.get(b.jabatanId);
      return { ...b, kode: j?.kode ?? '', nama: j?.nama ?? '', pemegang: names.get(b.jabatanId) ?? [] };
    }),
    totals: r.totals,
  };
}
