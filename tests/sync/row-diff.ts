/**
 * Where a desk's rows differ from what it should hold, by entity and id, with the differing
 * fields: a failure says what went wrong without dumping both replicas.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Rows } from './replica-rows.js';

type Row = { id: string } & Record<string, unknown>;

/** A short handle on a row (its kode or name and what it hangs from), no secrets. */
function label(r: Row): string {
  const pickKeys = ['kode', 'nama', 'unitId', 'jabatanId', 'pegawaiId', 'atasanJabatanId', 'status'];
  return JSON.stringify(Object.fromEntries(pickKeys.filter((k) => k in r).map((k) => [k, r[k]])));
}

export function rowDiff(actual: Rows, expected: Rows): string[] {
  const out: string[] = [];
  for (const entity of Object.keys(expected) as (keyof Rows)[]) {
    const mine = new Map((actual[entity] as Row[]).map((r) => [r.id, r]));
    const theirs = new Map((expected[entity] as Row[]).map((r) => [r.id, r]));
    for (const [id, r] of theirs) {
      const m = mine.get(id);
      if (!m) out.push(`${entity} ${id}: missing on the desk`);
      else if (!isDeepStrictEqual(m, r)) {
        const fields = [...new Set([...Object.keys(m), ...Object.keys(r)])].filter((k) => !isDeepStrictEqual(m[k], r[k]));
        out.push(`${entity} ${id}: differs in ${fields.map((f) => `${f} (desk ${JSON.stringify(m[f])?.slice(0, 80)}, server ${JSON.stringify(r[f])?.slice(0, 80)})`).join(', ')}`);
      }
    }
    for (const [id, r] of mine) if (!theirs.has(id)) out.push(`${entity} ${id} ${label(r)}: on the desk but not in its scope on the server`);
  }
  return out;
}
