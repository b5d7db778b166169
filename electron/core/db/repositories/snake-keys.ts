const cache = new Map<string, string>();

function snake(k: string): string {
  let s = cache.get(k);
  if (s === undefined) {
    s = k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    cache.set(k, s);
  }
  return s;
}

/** A row keyed by snake_case column names (for insertJsonRows), from the camelCase row Kysely uses. */
export function snakeKeys(row: Record<string, string | number | null | undefined>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const k in row) out[snake(k)] = row[k] ?? null;
  return out;
}
