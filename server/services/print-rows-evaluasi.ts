/**
 * The rows a Dokumen Evaluasi Kinerja is built from, read from the central database for the verify
 * route, and handed to the shared builder (shared/print/evaluasi-source.ts) the desk's print
 * follows, so both reach the same hash from the same rows. Who acts as penilai is resolved as the
 * desk resolves it (electron/core/services/skp/access.ts orgOf): the active holders of the atasan
 * jabatan by name, replaced by the owner's active penilai overrides (shared `penilaiOn`).
 */
import { penilaiOn } from '../../shared/domain/evaluasi/penilai.js';
import type { PeriodeKey } from '../../shared/domain/evaluasi/types.js';
import type { EvaluasiRows, PegawaiEvaluasiBaris } from '../../shared/print/evaluasi-source.js';
import { docOfPeriode, evaluasiOfSkp, findPengaturan, findPredikatOrganisasi, overridesOfPegawai, umpanBalikOfSkp } from '../db/repos/evaluasi-repo.js';
import { findInstansi } from '../db/repos/instansi-repo.js';
import { findSkp, rhkOfSkp } from '../db/repos/skp-repo.js';
import type { Db } from '../db/repos/types.js';

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const byNama = (a: { nama: string }, b: { nama: string }) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0);

async function atasanOf(db: Db, instansiId: string, jabatanId: string | null): Promise<string | null> {
  if (jabatanId === null) return null;
  const r = await db.selectFrom('jabatan').select('atasanJabatanId').where('instansiId', '=', instansiId).where('id', '=', jabatanId).executeTakeFirst();
  return r?.atasanJabatanId ?? null;
}

/** Live pegawai by id, or holding one of `jabatanIds`, with the name of the jabatan they hold. */
async function peopleOf(db: Db, instansiId: string, by: { ids: readonly string[]; jabatanIds: readonly string[] }): Promise<PegawaiEvaluasiBaris[]> {
  if (by.ids.length === 0 && by.jabatanIds.length === 0) return [];
  return db
    .selectFrom('pegawai')
    .leftJoin('jabatan', (j) => j.onRef('jabatan.instansiId', '=', 'pegawai.instansiId').onRef('jabatan.id', '=', 'pegawai.jabatanId'))
    .select(['pegawai.id', 'pegawai.nip', 'pegawai.gelarDepan', 'pegawai.nama', 'pegawai.gelarBelakang', 'pegawai.golongan', 'pegawai.jabatanId', 'pegawai.unitId', 'pegawai.tmtSelesai'])
    .select((eb) => eb.fn.coalesce('jabatan.nama', eb.val('')).as('jabatanNama'))
    .where('pegawai.instansiId', '=', instansiId)
    .where('pegawai.deleted', '=', false)
    .where((eb) => eb.or([eb('pegawai.id', '=', eb.fn.any(eb.val(unique(by.ids)))), eb('pegawai.jabatanId', '=', eb.fn.any(eb.val(unique(by.jabatanIds))))]))
    .execute();
}

/**
 * Null when the instansi holds no live SKP with this id.
 *
 * @example
 * const rows = await evaluasiRowsFor(db, instansiId, skpId, 'TW1', '2025-04-02');
 * const now = rows && evaluasiDocumentFromRows(rows);
 */
export async function evaluasiRowsFor(db: Db, instansiId: string, skpId: string, periode: PeriodeKey, today: string): Promise<EvaluasiRows | null> {
  const stored = await findSkp(db, instansiId, skpId);
  if (!stored || stored.deleted) return null;
  const skp = stored.row;
  const [rhk, realisasi, evaluasi, umpanBalik, pengaturan, instansi, overrides] = await Promise.all([
    rhkOfSkp(db, instansiId, skpId),
    docOfPeriode(db, instansiId, 'realisasi', skpId, periode),
    evaluasiOfSkp(db, instansiId, skpId),
    umpanBalikOfSkp(db, instansiId, skpId),
    findPengaturan(db, instansiId),
    findInstansi(db, instansiId),
    overridesOfPegawai(db, instansiId, [skp.pegawaiId]),
  ]);
  const penilaiJabatanId = await atasanOf(db, instansiId, skp.jabatanId);
  const atasanPenilaiJabatanId = await atasanOf(db, instansiId, penilaiJabatanId);
  const evaluasiRows = evaluasi.map((e) => e.row);
  const recorded = evaluasiRows.find((e) => e.periode === periode)?.penilaiPegawaiId ?? null;
  const overrideRows = overrides.map((o) => o.row).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const overridePenilai = overrideRows.map((o) => o.penilaiPegawaiId);
  const people = await peopleOf(db, instansiId, {
    ids: [skp.pegawaiId, ...(recorded ? [recorded] : []), ...overridePenilai],
    jabatanIds: [penilaiJabatanId, atasanPenilaiJabatanId].filter((x): x is string => x !== null),
  });
  const active = (jabatanId: string | null) =>
    people.filter((p) => jabatanId !== null && p.jabatanId === jabatanId && (p.tmtSelesai === null || p.tmtSelesai >= today)).sort(byNama).map((p) => p.id);
  const owner = people.find((p) => p.id === skp.pegawaiId);
  const structural = active(penilaiJabatanId);
  const acting = owner ? penilaiOn(today, { id: owner.id, unitId: owner.unitId }, structural, overrideRows) : [];
  const units = await db.selectFrom('unitKerja').select(['id', 'nama']).where('instansiId', '=', instansiId).where((eb) => eb('id', '=', eb.fn.any(eb.val(unique([skp.unitId, ...people.map((p) => p.unitId)]))))).execute();
  const userIds = unique([...umpanBalik.map((m) => m.row.authorUserId), ...evaluasiRows.flatMap((e) => e.riwayat.map((x) => x.actorUserId))]);
  const users = userIds.length ? await db.selectFrom('user').select(['id', 'nama']).where('instansiId', '=', instansiId).where((eb) => eb('id', '=', eb.fn.any(eb.val(userIds)))).execute() : [];
  const org = periode === 'TAHUNAN' ? await findPredikatOrganisasi(db, instansiId, skp.unitId, skp.periode.tahun) : undefined;
  return {
    skp,
    rhk: rhk.map((r) => r.row),
    periode,
    jenisPeriode: pengaturan?.row.periodeEvaluasi ?? 'triwulanan',
    realisasi: realisasi?.row ?? null,
    evaluasi: evaluasiRows,
    umpanBalik: umpanBalik.map((m) => m.row),
    instansiNama: instansi?.row.nama ?? '',
    pegawai: new Map(people.map((p) => [p.id, p])),
    unitNama: new Map(units.map((u) => [u.id, u.nama])),
    userNama: new Map(users.map((u) => [u.id, u.nama])),
    penilaiPegawaiIds: acting,
    atasanPenilaiPegawaiIds: active(atasanPenilaiJabatanId),
    predikatOrganisasi: org?.row.predikat ?? null,
  };
}
