/**
 * Entity names in `data/changed` events the evaluation screens reload on (local edits and pulls);
 * the SKP ones count too (an approved SKP brings periods, a move changes the penilai).
 */
import { SKP_ENTITIES } from '../skp/skp-entities.js';

export const EVALUASI_ENTITIES: readonly string[] = [
  ...SKP_ENTITIES,
  'realisasi',
  'laporan_harian',
  'umpan_balik',
  'evaluasi',
  'predikat_organisasi',
  'pengaturan_kinerja',
  'penilai_override',
];
