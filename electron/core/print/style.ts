/** Type sizes and spacing of the forms, in points: one place, so every document looks alike. */
import { rgb } from 'pdf-lib';

export const TYPE = {
  title: 12,
  subtitle: 10,
  body: 9,
  table: 8,
  small: 7,
} as const;

/** Line height as a multiple of the type size: room for diacritics above and descenders below. */
export const LEADING = 1.3;
/** Where the baseline sits below a line's top, as a multiple of the type size (DejaVu's ascent ≈ 0.93). */
export const BASELINE = 0.98;

export const CELL_PAD_X = 3;
export const CELL_PAD_Y = 3;

export const INK = rgb(0, 0, 0);
export const RULE = rgb(0, 0, 0);
export const HEADER_FILL = rgb(0.88, 0.88, 0.88);
export const GROUP_FILL = rgb(0.95, 0.95, 0.95);
export const RULE_WIDTH = 0.5;
