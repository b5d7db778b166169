/**
 * Page geometry from the instansi's print setting: the paper in points and the frame the content
 * may use (inside the margins, above the footer band that carries the page number and code).
 */
import { PAPER_MM, type PrintSettings } from '../../../shared/print/settings.js';

export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number): number => v * PT_PER_MM;

/** PDF coordinates: origin bottom-left, y grows upwards. */
export type Frame = { left: number; right: number; top: number; bottom: number };

export type PageGeometry = {
  size: [number, number];
  /** Where body content goes. */
  body: Frame;
  /** The footer band inside the bottom margin box (page numbers, verification code). */
  footer: Frame;
};

/** Room for one footer line and a gap above it. */
const FOOTER_PT = 16;

/**
 * @example
 * geometry({ kertas: 'F4', marginMm: { atas: 15, kanan: 15, bawah: 15, kiri: 20 }, tempat: '' }).size; // [609.4, 935.4]
 */
export function geometry(s: PrintSettings): PageGeometry {
  const paper = PAPER_MM[s.kertas];
  const w = mm(paper.w);
  const h = mm(paper.h);
  const m = s.marginMm;
  const inner: Frame = { left: mm(m.kiri), right: w - mm(m.kanan), top: h - mm(m.atas), bottom: mm(m.bawah) };
  return {
    size: [w, h],
    body: { ...inner, bottom: inner.bottom + FOOTER_PT },
    footer: { ...inner, top: inner.bottom + FOOTER_PT - 4 },
  };
}
