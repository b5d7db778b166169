/**
 * First connect of a desk that ran standalone to a server that already holds its instansi: rows
 * are matched by their natural keys (kode, NIP), never by id (the two sides made their own ids).
 * Pure: it decides, it does not write.
 */
import { repoint } from '../../../shared/references.js';
import type { CommandName, SyncEntity } from '../../../shared/sync-protocol.js';

export type Row = Record<string, unknown> & { id: string };
export type Side = Record<SyncEntity, Row[]>;

/** The command that carries a whole row of each entity to the server. */
export const UPSERT_COMMAND: Record<SyncEntity, CommandName> = {
  instansi: 'instansi/upsert',
  unit_kerja: 'unit/upsert',
  jabatan: 'jabatan/upsert',
  pegawai: 'pegawai/upsert',
  user: 'user/upsert',
  skp: 'skp/upsert',
  rhk: 'rhk/upsert',
  skp_template: 'skpTemplate/upsert',
  pengaturan_kinerja: 'pengaturanKinerja/upsert',
  penilai_override: 'penilaiOverride/upsert',
  realisasi: 'realisasi/upsert',
  laporan_harian: 'laporanHarian/upsert',
  umpan_balik: 'umpanBalik/create',
  evaluasi: 'evaluasi/upsert',
  predikat_organisasi: 'predikatOrganisasi/upsert',
};

/**
 * What makes two rows "the same" across desks. SKP and RHK match by id only: a standalone desk
 * made them itself, so the server cannot hold them under another id (they are uploaded, their
 * references re-pointed at the matched org rows). Templates match by jabatan (one per jabatan).
 */
export const NATURAL_KEY: Record<SyncEntity, string> = {
  instansi: 'kode',
  unit_kerja: 'kode',
  jabatan: 'kode',
  pegawai: 'nip',
  user: 'nip',
  skp: 'id',
  rhk: 'id',
  skp_template: 'jabatanId',
  // Evaluation rows were made on this desk (or have ids derived from their SKP and period).
  pengaturan_kinerja: 'id',
  penilai_override: 'id',
  realisasi: 'id',
  laporan_harian: 'id',
  umpan_balik: 'id',
  evaluasi: 'id',
  predikat_organisasi: 'id',
};

/** In reference order: a row's targets are planned (and uploaded) before it. */
export const MERGE_ENTITIES: readonly SyncEntity[] = [
  'instansi',
  'unit_kerja',
  'jabatan',
  'pegawai',
  'user',
  'skp',
  'rhk',
  'skp_template',
  'pengaturan_kinerja',
  'penilai_override',
  'realisasi',
  'laporan_harian',
  'umpan_balik',
  'evaluasi',
  'predikat_organisasi',
];

export type { MergeCounts } from '../../../shared/entities.js';
import type { MergeCounts } from '../../../shared/entities.js';

export type MergePlan = {
  /** Local id → server id for every matched row whose ids differ. */
  idMap: Map<string, string>;
  /** Local rows (already re-pointed at server ids) the desk will send: changed or new. */
  updates: { entity: SyncEntity; row: Row }[];
  uploads: { entity: SyncEntity; row: Row }[];
  counts: Record<SyncEntity, MergeCounts>;
};

function keyOf(entity: SyncEntity, r: Row): string {
  return String(r[NATURAL_KEY[entity]] ?? '');
}

/** The row with its id and every reference (columns and ids inside JSON) translated through the map. */
export function remap(entity: SyncEntity, r: Row, idMap: ReadonlyMap<string, string>): Row {
  return repoint(entity, r, idMap);
}

function same(a: Row, b: Row): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * @example
 * const plan = planMerge(localRows, serverRows);
 * plan.counts.pegawai; // { same: 9800, update: 150, upload: 50, download: 3 }
 */
export function planMerge(local: Side, server: Side): MergePlan {
  const idMap = new Map<string, string>();
  const matches: { entity: SyncEntity; local: Row; server: Row }[] = [];
  const localOnly: { entity: SyncEntity; row: Row }[] = [];
  const counts = {} as Record<SyncEntity, MergeCounts>;
  for (const entity of MERGE_ENTITIES) {
    const byKey = new Map(server[entity].map((r) => [keyOf(entity, r), r]));
    const matchedServer = new Set<string>();
    for (const l of local[entity]) {
      const s = byKey.get(keyOf(entity, l));
      if (s) {
        matches.push({ entity, local: l, server: s });
        matchedServer.add(s.id);
        if (s.id !== l.id) idMap.set(l.id, s.id);
      } else localOnly.push({ entity, row: l });
    }
    counts[entity] = { same: 0, update: 0, upload: 0, download: server[entity].filter((s) => !matchedServer.has(s.id)).length };
  }
  const updates: MergePlan['updates'] = [];
  for (const m of matches) {
    const mine = remap(m.entity, m.local, idMap);
    if (same(mine, m.server)) counts[m.entity].same += 1;
    else {
      counts[m.entity].update += 1;
      updates.push({ entity: m.entity, row: mine });
    }
  }
  const uploads = localOnly.map((u) => {
    counts[u.entity].upload += 1;
    return { entity: u.entity, row: remap(u.entity, u.row, idMap) };
  });
  return { idMap, updates, uploads, counts };
}
