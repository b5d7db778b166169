/**
 * Paper and margins of printed forms: an instansi setting (issue 11). A4 and F4/folio (215 × 330
 * mm, common in government offices) are offered; margins in millimetres.
 */
export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Width × height in millimetres, portrait. */
export const PAPER_MM = { A4: { w: 210, h: 297 }, F4: { w: 215, h: 330 } } as const satisfies Record<PaperSize, { w: number; h: number }>;

export type Margins = { atas: number; kanan: number; bawah: number; kiri: number };

export type PrintSettings = {
  kertas: PaperSize;
  marginMm: Margins;
  /** Place written before the date in signature blocks ("Kabupaten Uji, 3 Maret 2025"); may be empty. */
  tempat: string;
};

/** Margins outside this range leave no room for the form or put text where printers cannot reach. */
export const MARGIN_MM = { min: 5, max: 40 } as const;
export const TEMPAT_MAX = 80;

/** The left margin is wider: forms are bound on the left. */
export const DEFAULT_PRINT_SETTINGS: PrintSettings = { kertas: 'A4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: '' };
