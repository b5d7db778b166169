/**
 * The one reference map: for every synced entity, every field (column or path inside JSON) that
 * holds the id of another synced row, and the entity it points at. First-connect merge re-points
 * ids through it, push finds dependent commands with it, the server's scope closure follows it, and
 * the desk's dangling check reads it. A test walks `syncRowSchemas` and fails when an id field is
 * neither here nor in `OWN_ID_PATHS`.
 *
 * Paths: dot-separated field names; `[]` after a name means "every element of this array".
 */
import type { SyncEntity } from './sync-protocol.js';

export type Reference = { readonly path: string; readonly to: SyncEntity };

export const REFERENCE_MAP = {
  instansi: [],
  unit_kerja: [
    { path: 'instansiId', to: 'instansi' },
    { path: 'parentId', to: 'unit_kerja' },
  ],
  jabatan: [
    { path: 'unitId', to: 'unit_kerja' },
    { path: 'atasanJabatanId', to: 'jabatan' },
  ],
  pegawai: [
    { path: 'jabatanId', to: 'jabatan' },
    { path: 'unitId', to: 'unit_kerja' },
  ],
  user: [
    { path: 'unitId', to: 'unit_kerja' },
    { path: 'pegawaiId', to: 'pegawai' },
  ],
  skp: [
    { path: 'pegawaiId', to: 'pegawai' },
    { path: 'jabatanId', to: 'jabatan' },
    { path: 'unitId', to: 'unit_kerja' },
    { path: 'previousVersionId', to: 'skp' },
    { path: 'penilai.penilaiPegawaiId', to: 'pegawai' },
    { path: 'penilai.penilaiJabatanId', to: 'jabatan' },
    { path: 'penilai.atasanPenilaiPegawaiId', to: 'pegawai' },
    { path: 'penilai.atasanPenilaiJabatanId', to: 'jabatan' },
    { path: 'approvedByUserId', to: 'user' },
    { path: 'delegasi.penilaiPegawaiId', to: 'pegawai' },
    { path: 'riwayat[].actorUserId', to: 'user' },
    { path: 'riwayat[].delegasi.penilaiPegawaiId', to: 'pegawai' },
  ],
  rhk: [
    { path: 'skpId', to: 'skp' },
    { path: 'intervensiRhkId', to: 'rhk' },
    { path: 'asalRhkId', to: 'rhk' },
  ],
  skp_template: [{ path: 'jabatanId', to: 'jabatan' }],
  pengaturan_kinerja: [{ path: 'instansiId', to: 'instansi' }],
  penilai_override: [
    { path: 'pegawaiId', to: 'pegawai' },
    { path: 'unitId', to: 'unit_kerja' },
    { path: 'penilaiPegawaiId', to: 'pegawai' },
  ],
  realisasi: [
    { path: 'skpId', to: 'skp' },
    { path: 'items[].rhkId', to: 'rhk' },
  ],
  laporan_harian: [
    { path: 'skpId', to: 'skp' },
    { path: 'rhkId', to: 'rhk' },
  ],
  umpan_balik: [
    { path: 'skpId', to: 'skp' },
    { path: 'rhkId', to: 'rhk' },
    { path: 'authorUserId', to: 'user' },
  ],
  evaluasi: [
    { path: 'skpId', to: 'skp' },
    { path: 'penilaiPegawaiId', to: 'pegawai' },
    { path: 'riwayat[].actorUserId', to: 'user' },
  ],
  predikat_organisasi: [{ path: 'unitId', to: 'unit_kerja' }],
} as const satisfies Record<SyncEntity, readonly Reference[]>;

/** Id fields that name the row itself or a part living inside it, not another synced row. */
export const OWN_ID_PATHS: Readonly<Record<SyncEntity, readonly string[]>> = {
  instansi: ['id'],
  unit_kerja: ['id'],
  jabatan: ['id'],
  pegawai: ['id'],
  user: ['id'],
  // A riwayat step names the sync command that recorded it (signed-step proof), not a synced row.
  skp: ['id', 'riwayat[].commandId'],
  rhk: ['id', 'indikator[].id'],
  skp_template: ['id', 'rhk[].indikator[].id'],
  pengaturan_kinerja: ['id'],
  penilai_override: ['id'],
  // An indikator lives inside its RHK row: it names a part of that row, not a synced row.
  realisasi: ['id', 'items[].indikatorId'],
  laporan_harian: ['id'],
  umpan_balik: ['id'],
  // A riwayat step names the signed command that recorded it, as on the SKP.
  evaluasi: ['id', 'riwayat[].commandId'],
  predikat_organisasi: ['id'],
};

export function referencesOf(entity: SyncEntity): readonly Reference[] {
  return REFERENCE_MAP[entity];
}

/** Top-level reference fields (plain columns on both sides) pointing at `target`. */
export function columnsReferring(target: SyncEntity): { entity: SyncEntity; field: string }[] {
  const out: { entity: SyncEntity; field: string }[] = [];
  for (const [entity, refs] of Object.entries(REFERENCE_MAP) as [SyncEntity, readonly Reference[]][]) {
    for (const r of refs) if (r.to === target && !r.path.includes('.') && !r.path.includes('[]')) out.push({ entity, field: r.path });
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Segment = { name: string; each: boolean };
const parsed = new Map<string, Segment[]>();
function segments(path: string): Segment[] {
  let s = parsed.get(path);
  if (!s) {
    s = path.split('.').map((p) => (p.endsWith('[]') ? { name: p.slice(0, -2), each: true } : { name: p, each: false }));
    parsed.set(path, s);
  }
  return s;
}

/** Every string value at `path` in `value` (none when a step is null or missing). */
function valuesAt(value: unknown, segs: readonly Segment[], out: string[]): void {
  const [head, ...rest] = segs;
  if (!head) {
    if (typeof value === 'string') out.push(value);
    return;
  }
  if (!isRecord(value)) return;
  const next = value[head.name];
  if (head.each) {
    if (Array.isArray(next)) for (const el of next) valuesAt(el, rest, out);
  } else valuesAt(next, rest, out);
}

/** The value with every string at `path` passed through `f` (copies only what changes). */
function mapAt(value: unknown, segs: readonly Segment[], f: (id: string) => string): unknown {
  const [head, ...rest] = segs;
  if (!head) return typeof value === 'string' ? f(value) : value;
  if (!isRecord(value) || !(head.name in value)) return value;
  const next = value[head.name];
  const mapped = head.each ? (Array.isArray(next) ? next.map((el) => mapAt(el, rest, f)) : next) : mapAt(next, rest, f);
  return mapped === next ? value : { ...value, [head.name]: mapped };
}

export type RowReference = { path: string; to: SyncEntity; id: string };

/**
 * The ids a row refers to, with where they sit.
 *
 * @example
 * refsOf('pegawai', { id: 'p1', jabatanId: 'j1', unitId: 'u1', ... });
 * // [{ path: 'jabatanId', to: 'jabatan', id: 'j1' }, { path: 'unitId', to: 'unit_kerja', id: 'u1' }]
 */
export function refsOf(entity: SyncEntity, row: unknown): RowReference[] {
  const out: RowReference[] = [];
  for (const r of REFERENCE_MAP[entity]) {
    const ids: string[] = [];
    valuesAt(row, segments(r.path), ids);
    for (const id of ids) out.push({ path: r.path, to: r.to, id });
  }
  return out;
}

/** True when the row refers to `id` anywhere (a column or inside JSON). */
export function refersTo(entity: SyncEntity, row: unknown, id: string): boolean {
  return refsOf(entity, row).some((r) => r.id === id);
}

export type IdRow = Record<string, unknown> & { id: string };

/**
 * The row with its own id and every id it refers to translated through `idMap` (ids not in the
 * map stay). Inside JSON too: skp.penilai, skp.delegasi, riwayat[].actorUserId, …
 */
export function repoint(entity: SyncEntity, row: IdRow, idMap: ReadonlyMap<string, string>): IdRow {
  const f = (id: string): string => idMap.get(id) ?? id;
  let out: unknown = { ...row, id: f(row.id) };
  for (const r of REFERENCE_MAP[entity]) out = mapAt(out, segments(r.path), f);
  return isRecord(out) && typeof out['id'] === 'string' ? { ...out, id: out['id'] } : row;
}
