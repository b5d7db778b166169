/**
 * Scope rules of an import: an operator changes only what lies in their unit subtree. Existing rows
 * outside it are refused; new units must hang under a unit in reach; only the existing top unit may
 * be without a parent.
 */
import type { RowError, UnitKerja } from '../../../../shared/entities.js';
import { headerOf } from './layout.js';
import type { JabatanIn, PegawaiIn, UnitIn } from './validate-rows.js';

const OUTSIDE = 'berada di luar wewenang akun Anda';

/**
 * Whether a unit kode will be inside the actor's subtree: an existing unit by its current place,
 * a new unit (from the file) by its parent's reach. Memoised and iterative, so a deep or looping
 * chain costs O(n) and cannot overflow the stack.
 */
export class Reach {
  private readonly memo = new Map<string, boolean>();

  constructor(
    private readonly scope: ReadonlySet<string>,
    private readonly dbByKode: ReadonlyMap<string, UnitKerja>,
    private readonly fileParent: ReadonlyMap<string, string | null>,
  ) {}

  has(kode: string): boolean {
    const path: string[] = [];
    const seen = new Set<string>();
    let cur: string | null | undefined = kode;
    let answer = false;
    while (cur !== null && cur !== undefined) {
      const known = this.memo.get(cur);
      if (known !== undefined) {
        answer = known;
        break;
      }
      const db = this.dbByKode.get(cur);
      if (db) {
        answer = this.scope.has(db.id);
        path.push(cur);
        break;
      }
      if (seen.has(cur)) break;
      seen.add(cur);
      path.push(cur);
      cur = this.fileParent.get(cur);
    }
    for (const k of path) this.memo.set(k, answer);
    return answer;
  }
}

export type ScopeState = {
  scope: ReadonlySet<string>;
  reach: Reach;
  unitByKode: ReadonlyMap<string, UnitKerja>;
  unitKodeById: ReadonlyMap<string, string>;
  jabatanUnitByKode: ReadonlyMap<string, string>;
  pegawaiUnitByNip: ReadonlyMap<string, string>;
  unitKnown: (kode: string) => boolean;
};

export function unitScopeErrors(rows: readonly UnitIn[], s: ScopeState, errors: RowError[]): void {
  const push = (row: number, column: string, message: string): void => {
    errors.push({ sheet: 'unit', row, column, message });
  };
  for (const u of rows) {
    const existing = s.unitByKode.get(u.kode);
    if (existing && !s.scope.has(existing.id)) {
      push(u.row, headerOf('unit', 'kode'), `Unit "${u.kode}" ${OUTSIDE}.`);
      continue;
    }
    const oldParent = existing?.parentId ? (s.unitKodeById.get(existing.parentId) ?? null) : null;
    if (existing && u.parentKode === oldParent) continue;
    if (u.parentKode === null) {
      push(u.row, headerOf('unit', 'parentKode'), existing ? 'Hanya unit teratas yang sudah ada yang boleh tanpa unit induk.' : 'Unit baru harus memiliki unit induk; hanya unit teratas yang sudah ada yang boleh tanpa induk.');
    } else if (s.unitKnown(u.parentKode) && !s.reach.has(u.parentKode)) {
      push(u.row, headerOf('unit', 'parentKode'), `Unit induk "${u.parentKode}" ${OUTSIDE}.`);
    }
  }
}

export function jabatanScopeErrors(rows: readonly JabatanIn[], s: ScopeState, errors: RowError[]): void {
  for (const j of rows) {
    const unitId = s.jabatanUnitByKode.get(j.kode);
    if (unitId !== undefined && !s.scope.has(unitId)) {
      errors.push({ sheet: 'jabatan', row: j.row, column: headerOf('jabatan', 'kode'), message: `Jabatan "${j.kode}" ${OUTSIDE}.` });
    } else if (s.unitKnown(j.unitKode) && !s.reach.has(j.unitKode)) {
      errors.push({ sheet: 'jabatan', row: j.row, column: headerOf('jabatan', 'unitKode'), message: `Unit "${j.unitKode}" ${OUTSIDE}.` });
    }
  }
}

export function pegawaiScopeErrors(rows: readonly PegawaiIn[], s: ScopeState, errors: RowError[]): void {
  for (const p of rows) {
    const unitId = s.pegawaiUnitByNip.get(p.nip);
    if (unitId !== undefined && !s.scope.has(unitId)) {
      errors.push({ sheet: 'pegawai', row: p.row, column: headerOf('pegawai', 'nip'), message: `Pegawai dengan NIP ini terdaftar di unit yang ${OUTSIDE}.` });
    } else if (s.unitKnown(p.unitKode) && !s.reach.has(p.unitKode)) {
      errors.push({ sheet: 'pegawai', row: p.row, column: headerOf('pegawai', 'unitKode'), message: `Unit "${p.unitKode}" ${OUTSIDE}.` });
    }
  }
}
