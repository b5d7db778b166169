/** Clock times as minutes since midnight; the settings and the exports write them `HH:MM`. */

/**
 * Minutes since midnight of `HH:MM`, `HH.MM` (the Indonesian way of writing times) or with
 * seconds (`07:31:05`, as many fingerprint machines export). Seconds are dropped, not rounded:
 * 07:30:59 is not yet a minute late. Null for anything that is not a real time of day.
 *
 * @example
 * menitDariJam('07.45'); // 465
 * menitDariJam('25:10'); // null
 */
export function menitDariJam(text: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])];
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 60 + min;
}

/**
 * @example
 * jamDariMenit(465); // '07:45'
 */
export function jamDariMenit(menit: number): string {
  return `${String(Math.floor(menit / 60)).padStart(2, '0')}:${String(menit % 60).padStart(2, '0')}`;
}
