/**
 * Field-by-field comparison of a conflict's two versions of a row ("Versi Anda" against
 * "Versi server"). Pure: unit-tested in tests/renderer.
 */

export type FieldDiff = {
  key: string;
  mine: unknown;
  /** undefined when the server has no such row (or no such field). */
  theirs: unknown;
  /** Only when both versions exist: with no server row there is nothing to compare against. */
  differs: boolean;
};

/** Never shown: a password hash is a secret, and the row id is the same on both sides. */
const HIDDEN = new Set(['passwordHash', 'id']);

/** Fields in the order a person reads a row; others follow alphabetically. */
const ORDER = [
  'kode',
  'nip',
  'gelarDepan',
  'nama',
  'gelarBelakang',
  'jenisAsn',
  'golongan',
  'jenis',
  'kelas',
  'unitId',
  'parentId',
  'jabatanId',
  'atasanJabatanId',
  'tmtMulai',
  'tmtSelesai',
  'roles',
  'aktif',
  'pegawaiId',
  'instansiId',
  'isDemo',
];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function rank(key: string): number {
  const i = ORDER.indexOf(key);
  return i === -1 ? ORDER.length : i;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Every visible field of either version, known fields first.
 *
 * @example
 * comparePayloads({ id, nama: 'Siti A' }, { id, nama: 'Siti B' });
 * // [{ key: 'nama', mine: 'Siti A', theirs: 'Siti B', differs: true }]
 */
export function comparePayloads(local: unknown, server: unknown): FieldDiff[] {
  const mine = isRecord(local) ? local : {};
  const theirs = isRecord(server) ? server : null;
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs ?? {})]);
  return [...keys]
    .filter((k) => !HIDDEN.has(k))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({ key, mine: mine[key], theirs: theirs?.[key], differs: theirs !== null && !same(mine[key], theirs[key]) }));
}

/** The first block of a UUID: enough to tell rows apart on screen. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/**
 * What a person calls the row: its name, with the kode for units and jabatan.
 *
 * @example
 * conflictTitle({ kode: '01', nama: 'Sekretariat' }, null); // '01 Sekretariat'
 */
export function conflictTitle(local: unknown, server: unknown): string | null {
  const row = isRecord(local) ? local : isRecord(server) ? server : null;
  if (!row) return null;
  const nama = typeof row.nama === 'string' ? row.nama : null;
  const kode = typeof row.kode === 'string' ? row.kode : null;
  if (nama && kode) return `${kode} ${nama}`;
  return nama ?? kode;
}
