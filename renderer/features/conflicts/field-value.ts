/** How one field of a conflicting row reads on screen (ids become names where known). Pure. */
import { JENIS_JABATAN_LABEL } from '../../../shared/domain/jabatan.js';
import { ROLES, type Role } from '../../../shared/entities.js';
import { dateParts, formatDateTime, type Lang } from '../../../shared/format/tanggal.js';
import { formatNip } from '../../lib/format.js';
import { shortId } from './payload-diff.js';

export type Lookups = {
  /** Unit id → nama (from org/units). */
  units: ReadonlyMap<string, string>;
  /** Jabatan id → nama (from org/jabatanList). */
  jabatan: ReadonlyMap<string, string>;
};

/** `lang` writes dates the app's way ("1 Januari 2026"); without it they stay as stored. */
export type ValueWords = { yes: string; no: string; none: string; roles: Record<Role, string>; lang?: Lang };

const UNIT_KEYS = new Set(['unitId', 'parentId']);
const JABATAN_KEYS = new Set(['jabatanId', 'atasanJabatanId']);

function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

function isJenis(v: string): v is keyof typeof JENIS_JABATAN_LABEL {
  return Object.prototype.hasOwnProperty.call(JENIS_JABATAN_LABEL, v);
}

/**
 * @example
 * formatFieldValue('unitId', 'a1b2…', { units: new Map([['a1b2…', 'Sekretariat']]), jabatan: new Map() }, words); // 'Sekretariat'
 */
export function formatFieldValue(key: string, value: unknown, lookups: Lookups, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.none;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? words.none : value.map((v) => (isRole(v) ? words.roles[v] : String(v))).join(', ');
  if (typeof value !== 'string') return JSON.stringify(value);
  if (UNIT_KEYS.has(key)) return lookups.units.get(value) ?? shortId(value);
  if (JABATAN_KEYS.has(key)) return lookups.jabatan.get(value) ?? shortId(value);
  if (key === 'nip') return formatNip(value);
  if (key === 'jenis' && isJenis(value)) return JENIS_JABATAN_LABEL[value];
  if (key === 'id' || key.endsWith('Id')) return shortId(value);
  if (words.lang && dateParts(value)) return formatDateTime(value, words.lang);
  return value;
}
