/**
 * The logic half of gathering a peta cascading's PetaSource, shared by the desk's print
 * (electron/core/services/print/peta-print-data.ts) and the central verify route
 * (server/services/print-rows-peta.ts). Each side only reads rows; which SKP version is shown,
 * which intervened RHK lie outside the map, how holders are named and how the rows are ordered are
 * decided here once, so both reach the same hash from the same rows.
 */
import { formatNamaLengkap } from '../domain/nama.js';
import type { Rhk, Skp } from '../domain/skp/types.js';
import type { PetaSource } from './peta-document.js';

/** The SKP columns a peta reads (a desk Skp and a server SyncRow<'skp'> both fit). */
export type PetaSkpStored = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId' | 'approvedAt'> & {
  riwayat: readonly { at: string }[];
};

export type PetaRows = {
  tahun: number;
  unit: { id: string; nama: string };
  instansiNama: string;
  /** Every live jabatan of the unit and its sub-units. */
  jabatan: readonly { id: string; kode: string; nama: string; atasanJabatanId: string | null }[];
  /** Active holders of those jabatan, with what the paper shows of them. */
  holders: readonly { id: string; jabatanId: string | null; nip: string; gelarDepan: string | null; nama: string; gelarBelakang: string | null }[];
  /** The newest versions only (newestVersions), and their RHK. */
  skp: readonly PetaSkpStored[];
  rhk: PetaSource['rhk'];
  /** Intervened RHK outside the map (outsideIntervenedIds), as the store has them. */
  rhkLuar: readonly { id: string; teks: string }[];
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The SKP no later version points back at: only the newest version of each chain is shown, so an
 * older version's RHK need not be read at all.
 *
 * @example
 * newestVersions([{ id: 'a', previousVersionId: null }, { id: 'b', previousVersionId: 'a' }]); // [b]
 */
export function newestVersions<S extends { id: string; previousVersionId: string | null }>(skp: readonly S[]): S[] {
  const superseded = new Set(skp.map((s) => s.previousVersionId));
  return skp.filter((s) => !superseded.has(s.id));
}

/**
 * The atasan RHK these RHK intervene that are not themselves on the map (an atasan outside the
 * unit, or a link left on an older SKP version): their texts are read separately.
 *
 * @example
 * outsideIntervenedIds(rhk); // ['<id of the kepala dinas RHK a kepala bidang intervenes>']
 */
export function outsideIntervenedIds(rhk: readonly Pick<Rhk, 'id' | 'intervensiRhkId'>[]): string[] {
  const onMap = new Set(rhk.map((r) => r.id));
  return [...new Set(rhk.flatMap((r) => (r.intervensiRhkId && !onMap.has(r.intervensiRhkId) ? [r.intervensiRhkId] : [])))].sort(byText);
}

/**
 * The PetaSource of these rows. Rows are put in one order first (jabatan by kode then id, the rest
 * by id), because the builder keeps input order where names or dates tie, and a desk's SQLite and
 * the server's PostgreSQL return rows in different orders.
 *
 * @example
 * const data = petaDocumentData(petaSourceFrom(rows));
 */
export function petaSourceFrom(rows: PetaRows): PetaSource {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => byText(a.id, b.id));
  const jabatan = [...rows.jabatan].sort((a, b) => byText(a.kode, b.kode) || byText(a.id, b.id));
  return {
    tahun: rows.tahun,
    unit: rows.unit,
    instansiNama: rows.instansiNama,
    jabatan: jabatan.map((j) => ({ id: j.id, nama: j.nama, atasanJabatanId: j.atasanJabatanId })),
    pegawai: byId(rows.holders).map((h) => ({ id: h.id, jabatanId: h.jabatanId, namaLengkap: formatNamaLengkap(h), nip: h.nip })),
    skp: byId(rows.skp).map((s) => ({
      id: s.id,
      pegawaiId: s.pegawaiId,
      jabatanId: s.jabatanId,
      periode: s.periode,
      status: s.status,
      versi: s.versi,
      previousVersionId: s.previousVersionId,
      tanggal: s.approvedAt ?? s.riwayat.at(-1)?.at ?? null,
    })),
    rhk: byId(rows.rhk).map((r) => ({
      id: r.id,
      skpId: r.skpId,
      jenis: r.jenis,
      urutan: r.urutan,
      teks: r.teks,
      intervensiRhkId: r.intervensiRhkId,
      jenisIntervensi: r.jenisIntervensi,
      intervensiPerjanjianKinerja: r.intervensiPerjanjianKinerja,
    })),
    rhkLuar: new Map(rows.rhkLuar.map((r) => [r.id, r.teks])),
  };
}
