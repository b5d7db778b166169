/**
 * The SKP document's source from plain synced rows (skp, rhk, pegawai, jabatan, unit, user names),
 * for whoever holds those rows without the desk's SKP detail: the central server's verify route.
 * It follows the desk's SKP detail (electron/core/services/print/skp-print-data.ts) field by
 * field, so both reach the same canonical data and hash:
 * - pegawai: full name with gelar, NIP, "pangkat (golongan)", the SKP's jabatan, the SKP's unit;
 * - penilai: the frozen snapshot after approval, else the first active holder (by name) of the
 *   atasan jabatan — Plt./Plh. overrides of a not yet approved SKP are not followed here;
 * - steps: account names; delegated steps: the penilai's full name.
 * Pure: no Node, no database.
 */
import { isJpt, type JenisJabatan } from '../domain/jabatan.js';
import { formatNamaLengkap } from '../domain/nama.js';
import { formatPangkatGolongan } from '../domain/pangkat.js';
import type { Rhk, Skp } from '../domain/skp/types.js';
import { skpDocumentData, type OrangCetak, type SkpDocumentData } from './skp-document.js';

export type PegawaiBaris = { id: string; nip: string; gelarDepan: string; nama: string; gelarBelakang: string; golongan: string; jabatanId: string | null; unitId: string; tmtSelesai: string | null };
export type JabatanBaris = { id: string; nama: string; jenis: JenisJabatan; atasanJabatanId: string | null };

export type SkpRows = {
  skp: Skp;
  rhk: readonly Rhk[];
  instansiNama: string;
  /** Every pegawai the SKP names: owner, penilai (snapshot or holders of the atasan jabatan), delegating penilai. */
  pegawai: ReadonlyMap<string, PegawaiBaris>;
  jabatan: ReadonlyMap<string, JabatanBaris>;
  unitNama: ReadonlyMap<string, string>;
  userNama: ReadonlyMap<string, string>;
  /** Texts of the atasan RHK the SKP's RHK intervene, by id. */
  atasanRhkTeks: ReadonlyMap<string, string>;
  /** "Today" (ISO date) for who holds the atasan jabatan now. */
  today: string;
};

function orang(r: SkpRows, p: PegawaiBaris, jabatanNama: string, unitId: string): OrangCetak {
  return { nama: formatNamaLengkap(p), nip: p.nip, pangkat: p.golongan ? formatPangkatGolongan(p.golongan) : '', jabatan: jabatanNama, unit: r.unitNama.get(unitId) ?? '' };
}

function penilaiOf(r: SkpRows): OrangCetak | null {
  const snap = r.skp.penilai;
  if (snap) {
    const p = snap.penilaiPegawaiId ? r.pegawai.get(snap.penilaiPegawaiId) : undefined;
    if (!p) return null;
    return { ...orang(r, p, (snap.penilaiJabatanId && r.jabatan.get(snap.penilaiJabatanId)?.nama) || '', p.unitId), pangkat: formatPangkatGolongan(p.golongan) };
  }
  const atasanId = r.jabatan.get(r.skp.jabatanId)?.atasanJabatanId ?? null;
  const atasan = atasanId ? r.jabatan.get(atasanId) : undefined;
  if (!atasan) return null;
  const holders = [...r.pegawai.values()]
    .filter((p) => p.jabatanId === atasan.id && (p.tmtSelesai === null || p.tmtSelesai >= r.today))
    .sort((a, b) => (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0));
  const p = holders[0];
  return p ? { ...orang(r, p, atasan.nama, p.unitId), pangkat: formatPangkatGolongan(p.golongan) } : null;
}

/**
 * @example
 * const data = skpDocumentFromRows(rows); // the same SkpDocumentData the desk printed from
 * canonicalHash(data) === printedHash; // asli
 */
export function skpDocumentFromRows(r: SkpRows): SkpDocumentData {
  const owner = r.pegawai.get(r.skp.pegawaiId);
  const jabatan = r.jabatan.get(r.skp.jabatanId);
  const unit = r.unitNama.get(r.skp.unitId) ?? '';
  const pegawai: OrangCetak = owner
    ? { ...orang(r, owner, jabatan?.nama ?? '', r.skp.unitId), unit }
    : { nama: '', nip: '', pangkat: '', jabatan: jabatan?.nama ?? '', unit };
  const namaPegawai = new Map([...r.pegawai.values()].map((p) => [p.id, formatNamaLengkap(p)]));
  return skpDocumentData({
    skp: r.skp,
    rhk: r.rhk,
    instansiNama: r.instansiNama,
    unitNama: unit,
    form: jabatan && isJpt(jabatan.jenis) ? 'jpt' : 'umum',
    pegawai,
    penilai: penilaiOf(r),
    atasanRhkTeks: r.atasanRhkTeks,
    namaPengguna: r.userNama,
    namaPegawai,
  });
}
