/** Prints one figure in the format scripts read: `BENCH <group>.<name> <value> <unit>`. */
export function report(group: string, name: string, value: number, unit: string): void {
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(2);
  console.log(`BENCH ${group}.${name} ${shown} ${unit}`);
}

/** The p-th percentile (0–100) of a list of samples, nearest-rank. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}
