/**
 * The peta cascading's document data from this desk's rows: the unit and its sub-units, their
 * jabatan, active holders, the year's SKP and their RHK, and the texts of atasan RHK outside the
 * unit. The assembling itself is shared (shared/print/peta-document.ts) so the server can reach
 * the same hash.
 *
 * Who may print a unit's map (the same people who see it whole on the Peta Cascading screen):
 * - an operator or admin whose unit scope holds the unit;
 * - a pegawai whose account scope holds the unit and whose jabatan is at or above every head of
 *   the unit's tree (the kepala unit, or the head of the parent unit). A kepala bidang inside the
 *   unit sees only their own branch, so they do not print the whole unit's map.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { requireUnitInScope, unitSubtree, type Actor } from '../../auth/actor.js';
import { today } from '../../context.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { petaDocumentData, type PetaDocumentData, type PetaSource } from '../../../../shared/print/peta-document.js';
import { newestVersions, outsideIntervenedIds, petaSourceFrom } from '../../../../shared/print/peta-source.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { activeHolders, isJabatanUnder, pegawaiNamesAndNip } from '../../db/repositories/peta-repo.js';
import { findRhkMany, rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { skpOfJabatanOrPegawai } from '../../db/repositories/skp-repo.js';
import { findUnit, listUnits } from '../../db/repositories/unit-repo.js';
import { meOf } from '../skp/access.js';
import type { PrintCore } from './skp-print-data.js';

/** The most holders one printed map takes: beyond it the paper runs to hundreds of pages; print a sub-unit. */
export const MAX_PETA_PEMANGKU = 2000;

const REFUSED = 'Peta cascading unit ini hanya dapat dicetak oleh operator unit atau pimpinan unit tersebut.';

type Jabatan = Awaited<ReturnType<typeof listJabatan>>[number];

async function requireMayPrint(db: Kysely<Database>, actor: Actor, unitId: string, jabatan: readonly Jabatan[]): Promise<void> {
  requireUnitInScope(actor, unitId);
  if (isOperator(actor.user.roles)) return;
  const me = await meOf(db, actor);
  const ids = new Set(jabatan.map((j) => j.id));
  const heads = jabatan.filter((j) => j.atasanJabatanId === null || !ids.has(j.atasanJabatanId));
  if (!me.jabatanId || heads.length === 0) throw new AppFailure('FORBIDDEN', REFUSED);
  for (const h of heads) if (!(await isJabatanUnder(db, h.id, me.jabatanId))) throw new AppFailure('FORBIDDEN', REFUSED);
}

/**
 * The map of `unitId` (with its sub-units) for `tahun`, when the caller may print it.
 *
 * @example
 * const data = await petaPrintDataFor(core, actor, unitId, 2025);
 * data.pemangku[0].no; // '1' (the kepala unit)
 */
export async function petaPrintDataFor(core: PrintCore, actor: Actor, unitId: string, tahun: number): Promise<PetaDocumentData> {
  const db = core.db;
  const unit = await findUnit(db, unitId);
  if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  const unitIds = [...unitSubtree(await listUnits(db), unitId)];
  const jabatan = await listJabatan(db, { unitIds });
  await requireMayPrint(db, actor, unitId, jabatan);
  const holders = await activeHolders(db, jabatan.map((j) => j.id), today(core));
  if (holders.length > MAX_PETA_PEMANGKU) throw new AppFailure('VALIDATION', `Peta cascading paling banyak memuat ${MAX_PETA_PEMANGKU} pemangku jabatan; cetak per sub-unit.`);
  return petaDocumentData(await petaSourceOf(db, unit, jabatan, holders, tahun));
}

/** The map's rows from this desk (no access check, no size cap): for petaPrintDataFor and the size bench. */
export async function petaSourceOf(db: Kysely<Database>, unit: { id: string; nama: string }, jabatan: readonly Jabatan[], holders: readonly { id: string; jabatanId: string | null }[], tahun: number): Promise<PetaSource> {
  const people = new Map((await pegawaiNamesAndNip(db, holders.map((h) => h.id))).map((p) => [p.id, p]));
  const skp = newestVersions((await skpOfJabatanOrPegawai(db, tahun, jabatan.map((j) => j.id), [])).map((s) => s.skp));
  const rhk = (await rhkOfSkp(db, skp.map((s) => s.id))).map((r) => r.rhk);
  const instansi = await getInstansi(db);
  return petaSourceFrom({
    tahun,
    unit: { id: unit.id, nama: unit.nama },
    instansiNama: instansi?.nama ?? '',
    jabatan,
    holders: holders.map((h) => ({ id: h.id, jabatanId: h.jabatanId, nip: '', gelarDepan: '', nama: '', gelarBelakang: '', ...people.get(h.id) })),
    skp,
    rhk,
    rhkLuar: (await findRhkMany(db, outsideIntervenedIds(rhk))).map((r) => r.rhk),
  });
}

/**
 * For verification: the map as it is now, read as an operator of the unit would (read only).
 * Null when this desk no longer holds the unit.
 */
export async function currentPetaData(core: PrintCore, actor: Actor, unitId: string, tahun: number): Promise<PetaDocumentData | null> {
  if (!(await findUnit(core.db, unitId))) return null;
  const verifier: Actor = { user: { ...actor.user, roles: ['operator'] }, scopeUnitIds: new Set([unitId]), signer: null };
  return petaPrintDataFor(core, verifier, unitId, tahun);
}
