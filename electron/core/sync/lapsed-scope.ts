import type { Trx } from '../db/repositories/changes.js';

/** server_row.read_only for a row of the scope that is only read here (units above, atasan chain, penilai accounts). */
const SCOPE_READ_ONLY = 1;

type Shadow = { entity: string; id: string; row: Record<string, unknown> | null };
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Read-only scope rows the server's current rows no longer put in this desk's scope: jabatan off
 * the atasan chain of the subtree, pegawai and SKP (with RHK) held on such jabatan, accounts of
 * people who are no longer penilai or atasan penilai of anyone here, structurally or by a penilai
 * override (server/services/pull/scope.ts
 * and closure.ts give the same rules). A jabatan move or an atasan change records no exit for
 * every row it takes out of a desk's view, so the desk works it out from the server's rows it
 * holds (the shadows, never its own pending edits). Each such row then leaves like a closure row:
 * unless something here still refers to it (closure-gc.ts).
 */
export async function lapsedReadOnly(trx: Trx): Promise<Set<string>> {
  const all = await trx.selectFrom('serverRow').select(['entity', 'id', 'row', 'readOnly']).execute();
  const readOnly = new Set(all.filter((s) => s.readOnly === SCOPE_READ_ONLY).map((s) => `${s.entity}:${s.id}`));
  if (readOnly.size === 0) return new Set();
  const shadows: Shadow[] = all.map((s) => ({ entity: s.entity, id: s.id, row: s.row === null ? null : (JSON.parse(s.row) as Record<string, unknown>) }));
  const writable = new Set(all.filter((s) => s.entity === 'unit_kerja' && s.readOnly === 0).map((u) => u.id));
  const of = (entity: string): Shadow[] => shadows.filter((s) => s.entity === entity && s.row !== null);
  const atasan = new Map(of('jabatan').map((j) => [j.id, str(j.row?.atasanJabatanId)]));
  const inW = (s: Shadow): boolean => writable.has(str(s.row?.unitId) ?? '');

  const jabatanUnit = new Map(of('jabatan').map((j) => [j.id, str(j.row?.unitId) ?? '']));
  const chain = new Set<string>();
  const subtreeJabatan = of('jabatan').filter(inW);
  for (const j of subtreeJabatan) {
    const walked = new Set<string>();
    for (let up = atasan.get(j.id) ?? null; up !== null && !walked.has(up); up = atasan.get(up) ?? null) {
      walked.add(up);
      if (jabatanUnit.has(up) && !writable.has(jabatanUnit.get(up) ?? '')) chain.add(up);
    }
  }
  const inScope = (s: Shadow): boolean => inW(s) || chain.has(str(s.row?.jabatanId) ?? '');
  // Penilai: holders of the jabatan one and two steps above the subtree's jabatan and those its pegawai hold.
  const held = new Set([...subtreeJabatan.map((j) => j.id), ...of('pegawai').filter(inW).flatMap((p) => str(p.row?.jabatanId) ?? [])]);
  const rating = new Set<string>();
  for (const j of held) {
    const a1 = atasan.get(j) ?? null;
    if (a1 === null) continue;
    rating.add(a1);
    const a2 = atasan.get(a1) ?? null;
    if (a2 !== null) rating.add(a2);
  }
  // And the acting penilai of the subtree's penilai overrides that are not withdrawn (a Plt. rates here).
  const acting = new Set(of('penilai_override').flatMap((o) => (inW(o) && o.row?.dibatalkan !== true ? (str(o.row?.penilaiPegawaiId) ?? []) : [])));
  const pegawaiJabatan = new Map(of('pegawai').map((p) => [p.id, str(p.row?.jabatanId)]));
  const skpKept = new Set(of('skp').filter(inScope).map((s) => s.id));

  const lapsed = new Set<string>();
  for (const s of shadows) {
    const k = `${s.entity}:${s.id}`;
    if (!readOnly.has(k) || s.row === null) continue;
    const keep =
      s.entity === 'jabatan'
        ? inW(s) || chain.has(s.id)
        : s.entity === 'pegawai' || s.entity === 'skp'
          ? inScope(s)
          : s.entity === 'rhk'
            ? skpKept.has(str(s.row.skpId) ?? '')
            : s.entity === 'user'
              ? inW(s) || rating.has(pegawaiJabatan.get(str(s.row.pegawaiId) ?? '') ?? '') || acting.has(str(s.row.pegawaiId) ?? '')
              : true;
    if (!keep) lapsed.add(k);
  }
  return lapsed;
}
