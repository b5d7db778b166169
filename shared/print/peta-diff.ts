/**
 * What changed between the peta cascading a paper was printed from and the map now, in words a
 * kepala kantor can check against the paper ("Analis … (Siti …), RHK A.2: rencana hasil kerja
 * diubah"). Holders are matched by NIP (a vacant jabatan by its name), RHK by their number within
 * the holder's SKP: that is what the paper shows, and a perubahan SKP gives its RHK new ids.
 */
import { SKP_STATUS_LABEL } from '../domain/skp/types.js';
import { canonicalJson } from './canonical.js';
import { rhkNo, type PetaDocumentData, type PetaPemangkuCetak, type PetaRhkCetak } from './peta-document.js';

const keyOf = (p: PetaPemangkuCetak) => (p.pegawai ? `nip:${p.pegawai.nip}` : `lowong:${p.jabatan}`);
const who = (p: PetaPemangkuCetak) => (p.pegawai ? `${p.jabatan} (${p.pegawai.nama})` : `${p.jabatan} (tanpa pemangku)`);

function rhkChanges(label: string, a: readonly PetaRhkCetak[], b: readonly PetaRhkCetak[]): string[] {
  const out: string[] = [];
  const after = new Map(b.map((r) => [rhkNo(r), r]));
  for (const r of a) {
    const n = after.get(rhkNo(r));
    if (!n) {
      out.push(`${label}, RHK ${rhkNo(r)} dihapus: ${r.teks}`);
      continue;
    }
    const what: string[] = [];
    if (r.teks !== n.teks) what.push('rencana hasil kerja diubah');
    // By text: a renumbered atasan (a holder added above) is reported once, on the atasan's row.
    if ((r.intervensi?.teks ?? null) !== (n.intervensi?.teks ?? null)) what.push('RHK pimpinan yang diintervensi diubah');
    if (r.jenisIntervensi !== n.jenisIntervensi) what.push('jenis intervensi diubah');
    if (what.length > 0) out.push(`${label}, RHK ${rhkNo(r)}: ${what.join(', ')}`);
  }
  const before = new Set(a.map(rhkNo));
  for (const r of b) if (!before.has(rhkNo(r))) out.push(`${label}, RHK ${rhkNo(r)} ditambahkan: ${r.teks}`);
  return out;
}

function skpChanges(label: string, a: PetaPemangkuCetak['skp'], b: PetaPemangkuCetak['skp']): string[] {
  if (a === null || b === null) return a === b ? [] : [`${label}: ${b === null ? 'SKP tidak ada lagi' : 'SKP baru dibuat'}`];
  const out: string[] = [];
  if (a.versi !== b.versi) out.push(`${label}: SKP versi ${a.versi} → ${b.versi}`);
  if (a.status !== b.status) out.push(`${label}: status SKP ${SKP_STATUS_LABEL[a.status]} → ${SKP_STATUS_LABEL[b.status]}`);
  return out;
}

/**
 * @example
 * diffPetaDocument(printed, now); // ['Jabatan STAF (Siti …), RHK A.1: rencana hasil kerja diubah']
 */
export function diffPetaDocument(a: PetaDocumentData, b: PetaDocumentData): string[] {
  const out: string[] = [];
  if (a.unit !== b.unit || a.instansi !== b.instansi) out.push('Nama instansi atau unit diubah');
  if (canonicalJson(a.periode) !== canonicalJson(b.periode)) out.push('Periode diubah');
  if (a.final !== b.final) out.push(b.final ? 'Semua SKP kini sudah disetujui' : 'Ada SKP yang kini belum disetujui');
  const after = new Map(b.pemangku.map((p) => [keyOf(p), p]));
  for (const p of a.pemangku) {
    const n = after.get(keyOf(p));
    if (!n) {
      out.push(`${who(p)} tidak ada lagi pada peta`);
      continue;
    }
    const label = who(p);
    if (p.jabatan !== n.jabatan || p.no !== n.no) out.push(`${label}: jabatan atau letaknya pada peta berubah (${p.no} → ${n.no})`);
    if (p.pegawai && n.pegawai && p.pegawai.nama !== n.pegawai.nama) out.push(`${label}: nama diubah`);
    out.push(...skpChanges(label, p.skp, n.skp), ...rhkChanges(label, p.rhk, n.rhk));
  }
  const before = new Set(a.pemangku.map(keyOf));
  for (const p of b.pemangku) if (!before.has(keyOf(p))) out.push(`${who(p)} ditambahkan pada peta`);
  if (out.length === 0 && canonicalJson(a) !== canonicalJson(b)) out.push('Data dokumen berubah');
  return out;
}

const NAMED = 20;

/** The SKP the map rests on, in words (verification answer and the paper's verification block). */
export function petaStatusLines(d: PetaDocumentData): string[] {
  const holders = d.pemangku.filter((p) => p.pegawai !== null);
  const approved = holders.filter((p) => p.skp?.status === 'disetujui').length;
  const without = holders.filter((p) => p.skp === null).length;
  const lines = [`${holders.length} pemangku jabatan: ${approved} SKP disetujui, ${holders.length - approved - without} belum disetujui, ${without} belum memiliki SKP.`];
  // Only those that keep the map a draft are named: on a large unit the approved ones are hundreds.
  const open = holders.filter((x) => x.skp?.status !== 'disetujui');
  for (const p of open.slice(0, NAMED)) {
    lines.push(`${p.no} ${who(p)}: ${p.skp ? `SKP versi ${p.skp.versi} ${SKP_STATUS_LABEL[p.skp.status].toLowerCase()}` : 'belum ada SKP'}`);
  }
  if (open.length > NAMED) lines.push(`… dan ${open.length - NAMED} pemangku lainnya.`);
  return lines;
}
