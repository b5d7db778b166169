/**
 * Cross-row rules: a kode or NIP used twice in the file, references that resolve neither in the
 * file nor in the database, and parent/atasan chains that loop once the file is laid over the
 * database.
 */
import type { RowError, SheetName } from '../../../../shared/entities.js';
import type { KeyRows } from './validate-rows.js';

/**
 * One error per row of a key used more than once, naming every row that uses it.
 *
 * @example
 * duplicateErrors('pegawai', 'NIP', 'NIP', new Map([['1985…', [3, 7]]]), errors); // rows 3 and 7
 */
export function duplicateErrors(sheet: SheetName, column: string, label: string, keys: KeyRows, errors: RowError[]): void {
  for (const [key, rows] of keys) {
    if (rows.length < 2) continue;
    const message = `${label} "${key}" dipakai lebih dari sekali di berkas ini (baris ${rows.join(', ')}).`;
    for (const row of rows) errors.push({ sheet, row, column, message });
  }
}

/** What a reference may point at: a row of the file (even one with errors) or a database row. */
export type Known = { file: KeyRows; db: ReadonlySet<string> };

export function isKnown(k: Known, key: string): boolean {
  return k.file.has(key) || k.db.has(key);
}

/**
 * Every cycle in a parent map (child -> parent, null at the top), each as its members in parent
 * order. One pass, O(n): walks up from each node and stops at nodes already settled. Dangling
 * parents end the walk.
 *
 * @example
 * allCycles(new Map([['a', 'b'], ['b', 'a'], ['c', 'a']])); // [['a', 'b']]
 */
export function allCycles(parentOf: ReadonlyMap<string, string | null>): string[][] {
  const settled = new Set<string>();
  const cycles: string[][] = [];
  const onPath = new Map<string, number>();
  for (const start of parentOf.keys()) {
    if (settled.has(start)) continue;
    const path: string[] = [];
    onPath.clear();
    let cur: string | null | undefined = start;
    while (cur !== null && cur !== undefined && !settled.has(cur) && parentOf.has(cur)) {
      const at = onPath.get(cur);
      if (at !== undefined) {
        cycles.push(path.slice(at));
        break;
      }
      onPath.set(cur, path.length);
      path.push(cur);
      cur = parentOf.get(cur);
    }
    for (const id of path) settled.add(id);
  }
  return cycles;
}

/**
 * Reports each file row that sits on a cycle of the merged parent map. `rowOf` gives the file row
 * of a key (undefined for database-only keys, which are not the file's fault).
 */
export function cycleErrors(
  sheet: SheetName,
  column: string,
  what: { chain: string; noun: string },
  parentOf: ReadonlyMap<string, string | null>,
  rowOf: (key: string) => number | undefined,
  errors: RowError[],
): void {
  for (const cycle of allCycles(parentOf)) {
    const shown = cycle.length > 6 ? [...cycle.slice(0, 5), '…'] : cycle;
    const message = `${what.chain} berputar: ${[...shown, cycle[0]].join(' → ')}. Sebuah ${what.noun} tidak boleh berada di bawah dirinya sendiri.`;
    for (const key of cycle) {
      const row = rowOf(key);
      if (row !== undefined) errors.push({ sheet, row, column, message });
    }
  }
}

/**
 * The merged parent map: database links first, then the file's rows laid over them (a file row
 * replaces the database row with the same key).
 */
export function mergedParents(
  dbRows: readonly { key: string; parent: string | null }[],
  fileRows: readonly { key: string; parent: string | null }[],
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const r of dbRows) out.set(r.key, r.parent);
  for (const r of fileRows) out.set(r.key, r.parent);
  return out;
}
