/**
 * What the rekap workbooks read, in a few set queries over the unit subtree: the pegawai (in the
 * caller's scope, still serving in the year), each one's latest SKP version of the year, its RHK,
 * and the evaluasi and realisasi rows of the chosen period (JSON `data`, issue 10).
 */
import type { Kysely } from 'kysely';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import type { Evaluasi, PeriodeKey, Realisasi } from '../../../../shared/domain/evaluasi/types.js';
import type { Indikator, JenisRhk, SkpStatus } from '../../../../shared/domain/skp/types.js';
import { AppFailure } from '../../../../shared/result.js';
import { unitSubtree, type Actor } from '../../auth/actor.js';
import type { Database } from '../../db/schema.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';

export type RekapSkp = { id: string; status: SkpStatus; versi: number; approvedAt: string | null };
export type RekapRhk = { id: string; skpId: string; jenis: JenisRhk; urutan: number; teks: string; indikator: Indikator[] };

export type RekapPegawai = {
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string;
  unitId: string;
  unit: string;
  skp: RekapSkp | null;
};

export type RekapData = {
  unit: { id: string; kode: string; nama: string };
  tahun: number;
  periode: PeriodeKey;
  pegawai: RekapPegawai[];
  /** By SKP id. */
  evaluasi: Map<string, Evaluasi>;
  realisasi: Map<string, Realisasi>;
  /** By SKP id; loaded only for the realisasi rekap. */
  rhk: Map<string, RekapRhk[]>;
  /** RHK per SKP id; loaded for the status rekap. */
  rhkCount: Map<string, number>;
};

export type RhkNeed = 'none' | 'count' | 'full';

const CHUNK = 500;
/** One collator: localeCompare with a locale argument builds a new one on every call (slow at 10k rows). */
const collator = new Intl.Collator('id');

async function inChunks<T>(ids: readonly string[], f: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await f(ids.slice(i, i + CHUNK))));
  return out;
}

async function latestSkp(db: Kysely<Database>, pegawaiIds: readonly string[], tahun: number): Promise<Map<string, RekapSkp>> {
  const rows = await inChunks(pegawaiIds, (c) =>
    db.selectFrom('skp').select(['id', 'pegawaiId', 'status', 'versi', 'approvedAt']).where('tahun', '=', tahun).where('pegawaiId', 'in', c).execute(),
  );
  const out = new Map<string, RekapSkp>();
  for (const r of rows) {
    const cur = out.get(r.pegawaiId);
    // The status column holds only SkpStatus values written by the domain.
    if (!cur || r.versi > cur.versi) out.set(r.pegawaiId, { id: r.id, status: r.status as SkpStatus, versi: r.versi, approvedAt: r.approvedAt });
  }
  return out;
}

async function docsBySkp<T extends { skpId: string }>(db: Kysely<Database>, table: 'evaluasi' | 'realisasi', skpIds: readonly string[], periode: PeriodeKey): Promise<Map<string, T>> {
  const rows = await inChunks(skpIds, (c) => db.selectFrom(table).select('data').where('skpId', 'in', c).where('periode', '=', periode).execute());
  // Rows are checked against their wire schema on every way in (see evaluasi-query-repo.ts).
  return new Map(rows.map((r) => JSON.parse(r.data) as T).map((d) => [d.skpId, d]));
}

async function rhkBySkp(db: Kysely<Database>, skpIds: readonly string[]): Promise<Map<string, RekapRhk[]>> {
  const rows = await inChunks(skpIds, (c) => db.selectFrom('rhk').select(['id', 'skpId', 'jenis', 'urutan', 'teks', 'indikator']).where('skpId', 'in', c).execute());
  const out = new Map<string, RekapRhk[]>();
  for (const r of rows) {
    const rhk: RekapRhk = { id: r.id, skpId: r.skpId, jenis: r.jenis as JenisRhk, urutan: r.urutan, teks: r.teks, indikator: JSON.parse(r.indikator) as Indikator[] };
    out.set(r.skpId, [...(out.get(r.skpId) ?? []), rhk]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1));
  return out;
}

async function rhkCounts(db: Kysely<Database>, skpIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await inChunks(skpIds, (c) => db.selectFrom('rhk').select(['skpId', (eb) => eb.fn.countAll<number>().as('n')]).where('skpId', 'in', c).groupBy('skpId').execute());
  return new Map(rows.map((r) => [r.skpId, Number(r.n)]));
}

/**
 * @example
 * const data = await rekapData(db, actor, { unitId, tahun: 2026, periode: 'TW1' }, 'none');
 */
export async function rekapData(db: Kysely<Database>, actor: Actor, args: { unitId: string; tahun: number; periode: PeriodeKey }, rhk: RhkNeed): Promise<RekapData> {
  const units = await listUnits(db);
  const unit = units.find((u) => u.id === args.unitId);
  if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  const inUnit = unitSubtree(units, unit.id);
  const unitNama = new Map(units.map((u) => [u.id, u.nama]));
  const jabatan = new Map((await listJabatan(db)).map((j) => [j.id, j.nama]));
  const yearStart = `${args.tahun}-01-01`;
  const people = (await listPegawai(db))
    .filter((p) => inUnit.has(p.unitId) && actor.scopeUnitIds.has(p.unitId) && (p.tmtSelesai === null || p.tmtSelesai >= yearStart))
    .sort((a, b) => collator.compare(unitNama.get(a.unitId) ?? '', unitNama.get(b.unitId) ?? '') || collator.compare(a.nama, b.nama) || (a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  const skp = await latestSkp(db, people.map((p) => p.id), args.tahun);
  const skpIds = [...skp.values()].map((s) => s.id);
  return {
    unit: { id: unit.id, kode: unit.kode, nama: unit.nama },
    tahun: args.tahun,
    periode: args.periode,
    pegawai: people.map((p) => ({
      pegawaiId: p.id,
      nip: p.nip,
      nama: formatNamaLengkap(p),
      jabatan: (p.jabatanId ? jabatan.get(p.jabatanId) : undefined) ?? '',
      unitId: p.unitId,
      unit: unitNama.get(p.unitId) ?? '',
      skp: skp.get(p.id) ?? null,
    })),
    evaluasi: await docsBySkp<Evaluasi>(db, 'evaluasi', skpIds, args.periode),
    realisasi: await docsBySkp<Realisasi>(db, 'realisasi', skpIds, args.periode),
    rhk: rhk === 'full' ? await rhkBySkp(db, skpIds) : new Map(),
    rhkCount: rhk === 'count' ? await rhkCounts(db, skpIds) : new Map(),
  };
}
