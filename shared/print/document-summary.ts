/**
 * What a verification answer says about a printed document, taken from the data it was printed
 * from: the people as printed (name, NIP, jabatan), the period, version, status and steps in
 * words. One place for the desk's verify-service and the central GET /v1/verify/:code, so both
 * describe a paper alike and show nothing the paper does not.
 */
import { SKP_STATUS_LABEL } from '../domain/skp/types.js';
import { formatPeriod } from '../format/tanggal.js';
import { langkahEvaluasiText } from './evaluasi-diff.js';
import type { EvaluasiDocumentData } from './evaluasi-document.js';
import { langkahText } from './langkah.js';
import { petaStatusLines } from './peta-diff.js';
import type { PetaDocumentData } from './peta-document.js';
import type { OrangCetak, SkpDocumentData } from './skp-document.js';

export type OrangRingkas = { nama: string; nip: string; jabatan: string };

export type DocumentSummary = {
  /** For a peta cascading, which names a unit and no person: the unit as `nama`, no NIP or jabatan. */
  pegawai: OrangRingkas;
  penilai: OrangRingkas | null;
  /** "1 Januari – 31 Desember 2025"; for an evaluation with its period's name first. */
  periode: string;
  versi: number;
  statusLabel: string;
  langkah: string[];
};

function ringkas(o: OrangCetak): OrangRingkas;
function ringkas(o: OrangCetak | null): OrangRingkas | null;
function ringkas(o: OrangCetak | null): OrangRingkas | null {
  return o ? { nama: o.nama, nip: o.nip, jabatan: o.jabatan } : null;
}

/**
 * @example
 * summarizeSkp(data).statusLabel; // 'Disetujui'
 */
export function summarizeSkp(d: SkpDocumentData): DocumentSummary {
  return {
    pegawai: ringkas(d.pegawai),
    penilai: ringkas(d.penilai),
    periode: formatPeriod(d.periode.mulai, d.periode.selesai, 'id'),
    versi: d.versi,
    statusLabel: SKP_STATUS_LABEL[d.status],
    langkah: d.langkah.map(langkahText),
  };
}

/**
 * @example
 * summarizeEvaluasi(data).periode; // 'TRIWULAN I (1 Januari – 31 Maret 2025)'
 */
export function summarizeEvaluasi(d: EvaluasiDocumentData): DocumentSummary {
  return {
    pegawai: ringkas(d.pegawai),
    penilai: ringkas(d.penilai),
    periode: `${d.periode.label} (${formatPeriod(d.periode.mulai, d.periode.selesai, 'id')})`,
    versi: d.versi,
    statusLabel: d.terkunci ? 'Terkunci' : 'Belum dikunci',
    langkah: d.langkah.map(langkahEvaluasiText),
  };
}

/**
 * A peta cascading names a unit, not a person: the unit stands where the pegawai does, with no NIP,
 * jabatan or penilai. The holders' names and NIP on the paper are left out of the answer's header;
 * the steps name only the holders that keep the map a draft, as the paper's verification block does.
 *
 * @example
 * summarizePeta(data).statusLabel; // 'Semua SKP disetujui'
 */
export function summarizePeta(d: PetaDocumentData): DocumentSummary {
  return {
    pegawai: { nama: d.unit, nip: '', jabatan: '' },
    penilai: null,
    periode: `Tahun ${d.tahun} (${formatPeriod(d.periode.mulai, d.periode.selesai, 'id')})`,
    versi: d.versi,
    statusLabel: d.final ? 'Semua SKP disetujui' : 'Ada SKP belum disetujui (DRAF)',
    langkah: petaStatusLines(d),
  };
}
