/**
 * The org data an actor may export, written by code (kode, NIP) the way the workbook and the
 * import use it. References that leave the subtree (the parent of the actor's top unit, an atasan
 * in a parent unit) keep their kode, so re-importing the export resolves them and changes nothing.
 */
import type { Db } from '../../db/connection.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import type { OrgData } from '../org-apply.js';

/**
 * @example
 * const data = await orgDataInScope(core.db, actor.scopeUnitIds);
 */
export async function orgDataInScope(db: Db, scope: ReadonlySet<string>): Promise<OrgData> {
  const units = await listUnits(db);
  const jabatan = await listJabatan(db);
  const pegawai = await listPegawai(db);
  const unitKode = new Map(units.map((u) => [u.id, u.kode]));
  const jabatanKode = new Map(jabatan.map((j) => [j.id, j.kode]));
  const kodeOfUnit = (id: string): string => unitKode.get(id) ?? '';
  return {
    units: units.filter((u) => scope.has(u.id)).map((u) => ({ kode: u.kode, nama: u.nama, parentKode: u.parentId ? (unitKode.get(u.parentId) ?? null) : null })),
    jabatan: jabatan
      .filter((j) => scope.has(j.unitId))
      .map((j) => ({
        kode: j.kode,
        nama: j.nama,
        jenis: j.jenis,
        unitKode: kodeOfUnit(j.unitId),
        atasanKode: j.atasanJabatanId ? (jabatanKode.get(j.atasanJabatanId) ?? null) : null,
        kelas: j.kelas,
      })),
    // Grouped by unit (stable sort keeps the repository's name order inside each unit).
    pegawai: pegawai
      .filter((p) => scope.has(p.unitId))
      .map((p) => ({
        nip: p.nip,
        gelarDepan: p.gelarDepan,
        nama: p.nama,
        gelarBelakang: p.gelarBelakang,
        jenisAsn: p.jenisAsn,
        golongan: p.golongan,
        jabatanKode: p.jabatanId ? (jabatanKode.get(p.jabatanId) ?? null) : null,
        unitKode: kodeOfUnit(p.unitId),
        tmtMulai: p.tmtMulai,
        tmtSelesai: p.tmtSelesai,
      }))
      .sort((a, b) => (a.unitKode < b.unitKode ? -1 : a.unitKode > b.unitKode ? 1 : 0)),
  };
}
