/**
 * Rekap spreadsheets (issue 11, item 4); joined in contract.ts. Operators and admins only, inside
 * their unit subtree (checked by the core): predikat per unit and period, SKP status per pegawai,
 * realisasi per indikator.
 */
import { z } from 'zod';
import type { FileDownload } from './entities.js';
import { id, tahun } from './contract-fields.js';
import { periodeKeySchema } from './sync-rows-evaluasi.js';

export const JENIS_REKAP = ['predikat', 'status_skp', 'realisasi'] as const;
export type JenisRekap = (typeof JENIS_REKAP)[number];

export const JENIS_REKAP_LABEL = {
  predikat: 'Rekap predikat kinerja',
  status_skp: 'Rekap status SKP',
  realisasi: 'Rekap realisasi per indikator',
} as const satisfies Record<JenisRekap, string>;

export const rekapArgSchemas = {
  /** One workbook for the unit's subtree; `periode` is read by the predikat and realisasi rekap. */
  'rekap/export': z.strictObject({ jenis: z.enum(JENIS_REKAP), unitId: id, tahun, periode: periodeKeySchema }),
} as const;

export type RekapChannelResults = {
  'rekap/export': FileDownload;
};
