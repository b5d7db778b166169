/**
 * Entity names in `data/changed` events that SKP screens reload on (local edits and pulls from
 * sync). Jabatan and pegawai count too: a move in the tree changes penilai, readiness and peta.
 */
export const SKP_ENTITIES: readonly string[] = ['skp', 'rhk', 'skp_template', 'jabatan', 'pegawai'];
