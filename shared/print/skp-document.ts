/**
 * What a printed SKP shows, as plain data built only from synced rows (skp, rhk, pegawai, jabatan,
 * unit, user names), so the central server can rebuild it from its own rows and reach the same
 * hash as the desk that printed (issue 11). Desk-only facts (row versions, whether the desk is
 * connected, print settings) stay out: they do not change what the paper says.
 */
import { ASPEK_IKI_LABEL, type JenisRhk, type Lampiran, type Pendekatan, type Rhk, type Skp, type SkpActionType, type SkpStatus, type Target } from '../domain/skp/types.js';
import { normalizePerilaku, type NilaiBerakhlak } from '../domain/skp/berakhlak.js';
import type { DocumentIdentity } from './code.js';
import { canonicalHash } from './canonical.js';

/** A person as a header or signature block prints them. */
export type OrangCetak = { nama: string; nip: string; pangkat: string; jabatan: string; unit: string };

export type IndikatorCetak = { aspek: string; teks: string; target: string };

export type RhkCetak = {
  id: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  /** The atasan RHK's text (or the Perjanjian Kinerja for the head of the unit); null when not linked. */
  intervensi: string | null;
  perspektif: string | null;
  indikator: IndikatorCetak[];
};

/** One workflow step and who recorded it; `ditandatangani` when a signed command recorded it. */
export type LangkahCetak = { action: SkpActionType; at: string; oleh: string; ditandatangani: boolean; atasNama: string | null };

export type SkpDocumentData = {
  kind: 'skp';
  id: string;
  versi: number;
  status: SkpStatus;
  /** JPT form (Perspektif column) or the JA/JF form. */
  form: 'jpt' | 'umum';
  pendekatan: Pendekatan;
  periode: { tahun: number; mulai: string; selesai: string };
  instansi: string;
  unit: string;
  pegawai: OrangCetak;
  penilai: OrangCetak | null;
  rhk: RhkCetak[];
  perilaku: { nilai: NilaiBerakhlak; ekspektasiKhusus: string }[];
  lampiran: Lampiran;
  langkah: LangkahCetak[];
  /** The version's timestamp (approval, else its last step); the print's date and PDF dates. */
  tanggal: string | null;
};

export type SkpDocumentSource = {
  skp: Skp;
  rhk: readonly Rhk[];
  instansiNama: string;
  unitNama: string;
  form: 'jpt' | 'umum';
  pegawai: OrangCetak;
  penilai: OrangCetak | null;
  /** Text of the atasan RHK each linked RHK intervenes, by that atasan RHK's id. */
  atasanRhkTeks: ReadonlyMap<string, string>;
  /** Account names by user id, for the steps. */
  namaPengguna: ReadonlyMap<string, string>;
  /** Pegawai names (with gelar) by pegawai id, for delegated steps. */
  namaPegawai: ReadonlyMap<string, string>;
};

/**
 * Indonesian number: comma as the decimal sign, dot between thousands.
 *
 * @example
 * formatAngka(1250.5); // '1.250,5'
 */
export function formatAngka(n: number): string {
  const [int = '0', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/**
 * @example
 * formatTarget({ kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' }); // '12 dokumen'
 */
export function formatTarget(t: Target): string {
  return t.kind === 'kuantitatif' ? `${formatAngka(t.nilai)} ${t.satuan}`.trim() : t.teks;
}

function rhkOrder(a: Rhk, b: Rhk): number {
  return a.jenis === b.jenis ? a.urutan - b.urutan : a.jenis === 'utama' ? -1 : 1;
}

/**
 * @example
 * const data = skpDocumentData(source);
 * data.rhk[0]?.indikator[0]?.target; // '12 laporan'
 */
export function skpDocumentData(src: SkpDocumentSource): SkpDocumentData {
  const { skp } = src;
  const last = skp.riwayat.at(-1);
  return {
    kind: 'skp',
    id: skp.id,
    versi: skp.versi,
    status: skp.status,
    form: src.form,
    pendekatan: skp.pendekatan,
    periode: { tahun: skp.periode.tahun, mulai: skp.periode.mulai, selesai: skp.periode.selesai },
    instansi: src.instansiNama,
    unit: src.unitNama,
    pegawai: src.pegawai,
    penilai: src.penilai,
    rhk: [...src.rhk].sort(rhkOrder).map((r) => ({
      id: r.id,
      jenis: r.jenis,
      urutan: r.urutan,
      teks: r.teks,
      intervensi: (r.intervensiRhkId ? src.atasanRhkTeks.get(r.intervensiRhkId) : null) ?? r.intervensiPerjanjianKinerja ?? null,
      perspektif: r.perspektif,
      indikator: r.indikator.map((i) => ({ aspek: ASPEK_IKI_LABEL[i.aspek], teks: i.teks, target: formatTarget(i.target) })),
    })),
    perilaku: normalizePerilaku(skp.perilaku),
    lampiran: {
      dukunganSumberDaya: [...skp.lampiran.dukunganSumberDaya],
      skemaPertanggungjawaban: [...skp.lampiran.skemaPertanggungjawaban],
      konsekuensi: [...skp.lampiran.konsekuensi],
    },
    langkah: skp.riwayat.map((e) => ({
      action: e.action,
      at: e.at,
      oleh: src.namaPengguna.get(e.actorUserId) ?? '',
      // Signed by its author (issue 8) when a command id and key version were recorded with it.
      ditandatangani: typeof e.commandId === 'string' && typeof e.keyVersion === 'number',
      atasNama: e.delegasi ? (src.namaPegawai.get(e.delegasi.penilaiPegawaiId) ?? null) : null,
    })),
    tanggal: skp.approvedAt ?? last?.at ?? null,
  };
}

/** Kind, id, version and the hash over the data: what the code and the QR identify. */
export function skpIdentity(data: SkpDocumentData): DocumentIdentity {
  return { kind: 'skp', id: data.id, versi: data.versi, hash: canonicalHash(data) };
}
