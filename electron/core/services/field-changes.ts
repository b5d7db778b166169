/**
 * "field: old → new" for the import preview and Riwayat: which fields of an entity a person cares
 * about, and their display values (a unit or jabatan by name, never by id; dates as ISO dates the
 * screen formats; golongan as written). Fields not listed (ids, revisions, hashes) never show.
 */
import { JENIS_JABATAN_LABEL, type JenisJabatan } from '../../../shared/domain/jabatan.js';
import type { FieldChange } from '../../../shared/entities.js';

/** Resolves ids to names; null when the row is not (or no longer) there. */
export type NameLookup = { unit: (id: string) => string | null; jabatan: (id: string) => string | null };

type Shown = 'text' | 'date' | 'unit' | 'jabatan' | 'jenisJabatan' | 'roles' | 'yesNo';

/** Per entity, the fields shown and how; the order is the order on screen. */
const FIELDS: Record<string, readonly (readonly [string, Shown])[]> = {
  pegawai: [
    ['nip', 'text'],
    ['gelarDepan', 'text'],
    ['nama', 'text'],
    ['gelarBelakang', 'text'],
    ['jenisAsn', 'text'],
    ['golongan', 'text'],
    ['jabatanId', 'jabatan'],
    ['unitId', 'unit'],
    ['tmtMulai', 'date'],
    ['tmtSelesai', 'date'],
  ],
  unit_kerja: [
    ['kode', 'text'],
    ['nama', 'text'],
    ['parentId', 'unit'],
  ],
  jabatan: [
    ['kode', 'text'],
    ['nama', 'text'],
    ['jenis', 'jenisJabatan'],
    ['unitId', 'unit'],
    ['atasanJabatanId', 'jabatan'],
    ['kelas', 'text'],
  ],
  user: [
    ['nip', 'text'],
    ['nama', 'text'],
    ['roles', 'roles'],
    ['unitId', 'unit'],
    ['aktif', 'yesNo'],
  ],
  rhk: [['teks', 'text']],
};

const ROLE_LABEL: Record<string, string> = { admin: 'Admin', operator: 'Operator', pegawai: 'Pegawai' };

function isJenisJabatan(v: string): v is JenisJabatan {
  return v in JENIS_JABATAN_LABEL;
}

function display(v: unknown, shown: Shown, names: NameLookup): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (shown === 'yesNo') return v === true || v === 1 ? 'Ya' : 'Tidak';
  if (shown === 'roles') return Array.isArray(v) ? v.map((r) => ROLE_LABEL[String(r)] ?? String(r)).join(', ') : String(v);
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v);
  if (shown === 'unit') return names.unit(s) ?? 'unit yang sudah dihapus';
  if (shown === 'jabatan') return names.jabatan(s) ?? 'jabatan yang sudah dihapus';
  if (shown === 'jenisJabatan') return isJenisJabatan(s) ? JENIS_JABATAN_LABEL[s] : s;
  return s;
}

/** Plain object view of a row or of an audit entry's JSON; anything else counts as empty. */
export function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * The shown fields that differ between `before` and `after` (an insert: `before` empty).
 *
 * @example
 * fieldChanges('pegawai', { golongan: 'III/a' }, { golongan: 'III/b' }, names);
 * // [{ field: 'golongan', old: 'III/a', new: 'III/b', kind: 'text' }]
 */
export function fieldChanges(entity: string, before: unknown, after: unknown, names: NameLookup): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const out: FieldChange[] = [];
  for (const [field, shown] of FIELDS[entity] ?? []) {
    if (!(field in a) && !(field in b)) continue;
    const old = display(b[field], shown, names);
    const next = display(a[field], shown, names);
    if (old === next) continue;
    out.push({ field, old, new: next, kind: shown === 'date' ? 'date' : 'text' });
  }
  return out;
}
