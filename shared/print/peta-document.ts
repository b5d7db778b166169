/**
 * What a printed peta cascading of a unit shows (issue 11): for one unit kerja (with its sub-units)
 * and one year, the jabatan tree from the head of the unit down, each holder's current SKP and
 * its RHK with the atasan RHK it intervenes. Plain data built only from synced rows (unit,
 * jabatan, pegawai, skp, rhk), so the central server can rebuild it later and reach the same hash.
 *
 * Identity: the document id is the unit's id (a uuid, like every other document id on the wire);
 * the year is part of the data, so the same unit's peta of 2025 and 2026 never share a hash or a
 * code. There is no stored "version" of a peta: `versi` is the sum of the versions of the SKP it
 * shows. An approved SKP changes only through a new version (perubahan SKP), so every change to
 * the approved plans of the unit, and every SKP that joins the map, raises it; the number is a
 * pure function of the data (a re-render and the server reach the same one), and the hash in the
 * code still tells apart two maps that happen to share a sum (edits to drafts, a pegawai leaving).
 */
import type { JenisIntervensi, JenisRhk, Rhk, Skp, SkpStatus } from '../domain/skp/types.js';
import { buildPeta, type PetaNode } from '../domain/skp/peta.js';
import type { DocumentIdentity } from './code.js';
import { canonicalHash } from './canonical.js';

/**
 * The atasan RHK a row intervenes: where it is ("No. 1.1, RHK A.2" on this map; "Di luar peta ini"
 * for an atasan outside the unit or a link to an older SKP version; "Perjanjian Kinerja" for the
 * head) and its text.
 */
export type IntervensiCetak = { ref: string; teks: string };

export type PetaRhkCetak = { jenis: JenisRhk; urutan: number; teks: string; intervensi: IntervensiCetak | null; jenisIntervensi: JenisIntervensi | null };

/** One row of the tree: a jabatan with one holder (or none: a vacant jabatan). */
export type PetaPemangkuCetak = {
  /** Position in the tree, "1", "1.2", "1.2.1" (with a letter when the jabatan has several holders: "1.2.1a"). */
  no: string;
  level: number;
  jabatan: string;
  /** Null for a jabatan nobody holds. */
  pegawai: { nama: string; nip: string } | null;
  /** The holder's newest SKP version of the year; null when they have none yet. */
  skp: { versi: number; status: SkpStatus } | null;
  rhk: PetaRhkCetak[];
};

export type PetaDocumentData = {
  kind: 'peta';
  /** The unit kerja's id. */
  id: string;
  versi: number;
  tahun: number;
  /** From the earliest start to the latest end of the SKP shown; the calendar year when there are none. */
  periode: { mulai: string; selesai: string };
  instansi: string;
  unit: string;
  /** Every holder has an SKP and every SKP shown is approved: no "DRAF". */
  final: boolean;
  pemangku: PetaPemangkuCetak[];
  /** The latest approval (or step) among the SKP shown: the PDF dates; null before any. */
  tanggal: string | null;
};

type PetaSkpRow = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'periode' | 'status' | 'versi' | 'previousVersionId'> & {
  /** approvedAt, else the last recorded step, else null. */
  tanggal: string | null;
};

export type PetaSource = {
  tahun: number;
  unit: { id: string; nama: string };
  instansiNama: string;
  /** Every jabatan of the unit and its sub-units, in display (kode) order. */
  jabatan: readonly { id: string; nama: string; atasanJabatanId: string | null }[];
  /** Active holders of those jabatan. */
  pegawai: readonly { id: string; jabatanId: string | null; namaLengkap: string; nip: string }[];
  /** The year's SKP of those jabatan, every version (the newest is shown). */
  skp: readonly PetaSkpRow[];
  rhk: readonly Pick<Rhk, 'id' | 'skpId' | 'jenis' | 'urutan' | 'teks' | 'intervensiRhkId' | 'jenisIntervensi' | 'intervensiPerjanjianKinerja'>[];
  /** Texts of intervened RHK that are not on this map (an atasan outside the unit), by id. */
  rhkLuar: ReadonlyMap<string, string>;
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** a, b, …, z, aa, ab, …: enough for any number of holders. */
const letter = (k: number): string => (k < 26 ? String.fromCharCode(97 + k) : `${letter(Math.floor(k / 26) - 1)}${letter(k % 26)}`);
export const rhkNo = (r: { jenis: JenisRhk; urutan: number }) => `${r.jenis === 'utama' ? 'A' : 'B'}.${r.urutan}`;

/** Tree order, depth first, each jabatan numbered under its atasan; holders by name (code units: the same on every machine). */
function flatten(roots: readonly PetaNode[], source: PetaSource) {
  const jabatanNama = new Map(source.jabatan.map((j) => [j.id, j.nama]));
  const pegawai = new Map(source.pegawai.map((p) => [p.id, p]));
  const out: { no: string; level: number; jabatanId: string; pegawaiId: string | null; skpId: string | null }[] = [];
  const walk = (nodes: readonly PetaNode[], prefix: string, level: number) => {
    nodes.forEach((n, i) => {
      const no = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      const holders = [...n.holders].sort((a, b) => byText(pegawai.get(a.pegawaiId)?.namaLengkap ?? '', pegawai.get(b.pegawaiId)?.namaLengkap ?? ''));
      if (holders.length === 0) out.push({ no, level, jabatanId: n.jabatanId, pegawaiId: null, skpId: null });
      // Several holders of one jabatan ("Pengelola Data", a dozen staff) are told apart by a letter,
      // so a row below can point at one holder's RHK; the jabatan's children keep its plain number.
      holders.forEach((h, k) => {
        const own = holders.length > 1 ? `${no}${letter(k)}` : no;
        out.push({ no: own, level, jabatanId: n.jabatanId, pegawaiId: h.pegawaiId, skpId: h.skpId });
      });
      walk(n.children, no, level + 1);
    });
  };
  walk(roots, '', 0);
  return { rows: out, jabatanNama, pegawai };
}

/**
 * @example
 * const data = petaDocumentData(source);
 * data.pemangku[1]; // { no: '1.1', jabatan: 'Kepala Bidang …', rhk: [{ intervensi: { ref: 'No. 1, RHK A.1', teks: '…' }, … }] }
 */
export function petaDocumentData(source: PetaSource): PetaDocumentData {
  const tree = buildPeta({ jabatan: source.jabatan, pegawai: source.pegawai, skp: source.skp, rhk: source.rhk });
  const { rows, jabatanNama, pegawai } = flatten(tree.roots, source);
  const skpById = new Map(source.skp.map((s) => [s.id, s]));
  const rhkBySkp = new Map<string, PetaSource['rhk'][number][]>();
  for (const r of source.rhk) rhkBySkp.set(r.skpId, [...(rhkBySkp.get(r.skpId) ?? []), r]);
  // Where each shown RHK sits on the map, so a subordinate row can point at it by number.
  const refOf = new Map<string, string>();
  for (const row of rows) for (const r of row.skpId ? (rhkBySkp.get(row.skpId) ?? []) : []) refOf.set(r.id, `No. ${row.no}, RHK ${rhkNo(r)}`);
  const teksOf = new Map(source.rhk.map((r) => [r.id, r.teks]));
  const intervensi = (r: PetaSource['rhk'][number]): IntervensiCetak | null => {
    if (r.intervensiRhkId) return { ref: refOf.get(r.intervensiRhkId) ?? 'Di luar peta ini', teks: teksOf.get(r.intervensiRhkId) ?? source.rhkLuar.get(r.intervensiRhkId) ?? '' };
    return r.intervensiPerjanjianKinerja ? { ref: 'Perjanjian Kinerja', teks: r.intervensiPerjanjianKinerja } : null;
  };
  const shown = rows.flatMap((row) => (row.skpId ? [skpById.get(row.skpId)] : [])).filter((s): s is PetaSkpRow => s !== undefined);
  const pemangku = rows.map((row): PetaPemangkuCetak => {
    const p = row.pegawaiId ? pegawai.get(row.pegawaiId) : undefined;
    const s = row.skpId ? skpById.get(row.skpId) : undefined;
    const rhk = [...(row.skpId ? (rhkBySkp.get(row.skpId) ?? []) : [])]
      .sort((a, b) => (a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1))
      .map((r) => ({ jenis: r.jenis, urutan: r.urutan, teks: r.teks, intervensi: intervensi(r), jenisIntervensi: r.jenisIntervensi }));
    return { no: row.no, level: row.level, jabatan: jabatanNama.get(row.jabatanId) ?? '', pegawai: p ? { nama: p.namaLengkap, nip: p.nip } : null, skp: s ? { versi: s.versi, status: s.status } : null, rhk };
  });
  const mulai = shown.map((s) => s.periode.mulai).sort(byText)[0] ?? `${source.tahun}-01-01`;
  const selesai = shown.map((s) => s.periode.selesai).sort(byText).at(-1) ?? `${source.tahun}-12-31`;
  const holders = pemangku.filter((p) => p.pegawai !== null);
  return {
    kind: 'peta',
    id: source.unit.id,
    versi: Math.max(1, shown.reduce((n, s) => n + s.versi, 0)),
    tahun: source.tahun,
    periode: { mulai, selesai },
    instansi: source.instansiNama,
    unit: source.unit.nama,
    // A holder without an SKP leaves the map unfinished just as an unapproved one does.
    final: holders.length > 0 && holders.every((p) => p.skp?.status === 'disetujui'),
    pemangku,
    tanggal: shown.map((s) => s.tanggal).filter((t): t is string => t !== null).sort(byText).at(-1) ?? null,
  };
}

export function petaIdentity(data: PetaDocumentData): DocumentIdentity {
  return { kind: 'peta', id: data.id, versi: data.versi, hash: canonicalHash(data) };
}
