/**
 * The rows a preview can dry-run while the file still has errors: rows without errors whose
 * references still resolve once the rows with errors are left out. The counts then show what the
 * good part of the file would do; a commit never uses this (it needs zero errors).
 */

type Node = { key: string; parent: string | null; selfOk: boolean };

/**
 * Keys whose own row is fine and whose parent chain ends at the top or at a database row. A parent
 * that is also in the database resolves even when its file row is dropped (the writer then keeps
 * the database row). Iterative with memo: O(n), safe for deep or looping chains.
 *
 * @example
 * resolvableKeys([{ key: 'b', parent: 'a', selfOk: true }], (k) => k === 'a'); // Set {'b'}
 */
export function resolvableKeys(nodes: readonly Node[], inDb: (key: string) => boolean): Set<string> {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const memo = new Map<string, boolean>();
  // One set reused for every walk: walks are short on average (memo), allocations are not free.
  const seen = new Set<string>();
  for (const start of nodes) {
    if (memo.has(start.key)) continue;
    // Every node on the walked path has the answer of the node where the walk stops: it only
    // climbs while a node's fate is its parent's.
    const path: Node[] = [];
    seen.clear();
    let cur: Node | undefined = start;
    let answer = false;
    while (cur) {
      const known = memo.get(cur.key);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(cur);
      if (!cur.selfOk || seen.has(cur.key)) break;
      seen.add(cur.key);
      if (cur.parent === null || inDb(cur.parent)) {
        answer = true;
        break;
      }
      cur = byKey.get(cur.parent);
    }
    for (const n of path) memo.set(n.key, answer);
  }
  return new Set([...memo].filter(([, v]) => v).map(([k]) => k));
}
