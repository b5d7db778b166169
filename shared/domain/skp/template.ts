/**
 * Bulk help for operators: an SKP template per jabatan (the plan follows the position), a draft
 * copied from last period's SKP or from the template, and one RHK applied to many SKP at once.
 * Pure: ids come from `newId` (the core passes uuidv7).
 */
import { perilakuAwal } from './berakhlak.js';
import { copyRhk } from './workflow.js';
import type { Lampiran, Pendekatan, Rhk, Skp } from './types.js';

/** An RHK as a template holds it: no SKP, no link (links belong to one period's atasan SKP). */
export type RhkTemplate = Pick<Rhk, 'jenis' | 'teks' | 'perspektif' | 'indikator'>;

export type SkpTemplate = {
  id: string;
  jabatanId: string;
  pendekatan: Pendekatan;
  rhk: RhkTemplate[];
  lampiran: Lampiran;
  updatedAt: string;
};

export type NewSkpFields = Pick<Skp, 'id' | 'pegawaiId' | 'jabatanId' | 'unitId' | 'periode' | 'pendekatan'>;

/**
 * A fresh draft, versi 1, with the seven perilaku rows and empty lampiran.
 *
 * @example
 * newSkp({ id, pegawaiId, jabatanId, unitId, periode, pendekatan: 'kuantitatif' }).status; // 'draft'
 */
export function newSkp(f: NewSkpFields): Skp {
  return {
    ...f,
    periode: { ...f.periode },
    status: 'draft',
    versi: 1,
    previousVersionId: null,
    penilai: null,
    perilaku: perilakuAwal(),
    lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] },
    returnNote: null,
    approvedAt: null,
    approvedByUserId: null,
    delegasi: null,
    riwayat: [],
  };
}

function numbered(rhk: Rhk[]): Rhk[] {
  const next = { utama: 0, tambahan: 0 };
  return rhk.map((r) => ({ ...r, urutan: (next[r.jenis] += 1) }));
}

/**
 * "Copy last period's SKP as a draft": RHK, indikator and lampiran are copied for the new
 * period; atasan links are cleared (they point at last period's atasan RHK), so the UTAMA rows
 * wait for the new atasan RHK. Ekspektasi khusus pimpinan start empty (the atasan writes them anew).
 *
 * @example
 * const { skp, rhk } = draftFromPrevious(last, lastRhk, { ...fields, periode: periodeTahunan(2026) }, uuidv7);
 */
export function draftFromPrevious(source: Skp, sourceRhk: readonly Rhk[], f: NewSkpFields, newId: () => string): { skp: Skp; rhk: Rhk[] } {
  const skp = { ...newSkp(f), lampiran: cloneLampiran(source.lampiran) };
  const rhk = numbered(sourceRhk.filter((r) => r.skpId === source.id).map((r) => copyRhk(r, skp.id, newId, false)));
  return { skp, rhk };
}

/** A draft from the jabatan's template (a pegawai moved into the jabatan starts from it). */
export function draftFromTemplate(t: SkpTemplate, f: Omit<NewSkpFields, 'pendekatan'>, newId: () => string): { skp: Skp; rhk: Rhk[] } {
  const skp = { ...newSkp({ ...f, pendekatan: t.pendekatan }), lampiran: cloneLampiran(t.lampiran) };
  const rhk = numbered(t.rhk.map((r) => rhkFromTemplate(r, skp.id, newId)));
  return { skp, rhk };
}

/** The template an SKP would make (operator: "simpan sebagai templat jabatan"). */
export function templateFromSkp(skp: Skp, rhk: readonly Rhk[], id: string, updatedAt: string): SkpTemplate {
  return {
    id,
    jabatanId: skp.jabatanId,
    pendekatan: skp.pendekatan,
    rhk: rhk
      .filter((r) => r.skpId === skp.id)
      .map((r) => ({ jenis: r.jenis, teks: r.teks, perspektif: r.perspektif, indikator: r.indikator.map((i) => ({ ...i, target: { ...i.target } })) })),
    lampiran: cloneLampiran(skp.lampiran),
    updatedAt,
  };
}

export function rhkFromTemplate(r: RhkTemplate, skpId: string, newId: () => string): Rhk {
  return {
    id: newId(),
    skpId,
    jenis: r.jenis,
    urutan: 0,
    teks: r.teks,
    intervensiRhkId: null,
    jenisIntervensi: null,
    intervensiPerjanjianKinerja: null,
    perspektif: r.perspektif,
    returnNote: null,
    asalRhkId: null,
    indikator: r.indikator.map((i) => ({ ...i, id: newId(), target: { ...i.target } })),
  };
}

/**
 * "Apply the same RHK to many pegawai of one jabatan": one new row at the end of its group in
 * each target SKP. The caller checks each SKP is editable (checkEdit) and skips those that are not.
 *
 * @example
 * applyRhkToMany(rhkTemplate, [{ skpId: 'a', existing: rhkOfA }], uuidv7); // [{ ...new rhk, skpId: 'a', urutan: 3 }]
 */
export function applyRhkToMany(
  r: RhkTemplate,
  targets: readonly { skpId: string; existing: readonly Pick<Rhk, 'jenis' | 'urutan'>[] }[],
  newId: () => string,
): Rhk[] {
  return targets.map((t) => {
    const last = t.existing.filter((e) => e.jenis === r.jenis).reduce((m, e) => Math.max(m, e.urutan), 0);
    return { ...rhkFromTemplate(r, t.skpId, newId), urutan: last + 1 };
  });
}

function cloneLampiran(l: Lampiran): Lampiran {
  return { dukunganSumberDaya: [...l.dukunganSumberDaya], skemaPertanggungjawaban: [...l.skemaPertanggungjawaban], konsekuensi: [...l.konsekuensi] };
}

