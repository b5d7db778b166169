/**
 * Riwayat in Indonesian words: what each audit code and field is called, and one sentence per
 * entry ("SKP Cecep Permana 2026: diajukan", "Pegawai Siti Nurjanah: golongan III/a → III/b",
 * "Pengguna Andi Baso dibuat"). The screen's Indonesian strings and the xlsx export both read
 * these, so they say the same thing.
 */
import type { AuditItem, FieldChange } from '../entities.js';
import { formatDate } from '../format/tanggal.js';

export const AUDIT_ENTITY_LABEL: Record<string, string> = {
  instansi: 'Instansi',
  unit_kerja: 'Unit kerja',
  jabatan: 'Jabatan',
  pegawai: 'Pegawai',
  user: 'Pengguna',
  skp: 'SKP',
  rhk: 'RHK',
  skp_template: 'Templat SKP',
};

/** What happened, as the end of a sentence about the entity. Unknown codes fall back to "diubah". */
export const AUDIT_ACTION_VERB: Record<string, string> = {
  create: 'dibuat',
  update: 'diubah',
  delete: 'dihapus',
  'sign-in': 'masuk',
  'sign-in-failed': 'gagal masuk',
  'lock-out': 'akun terkunci',
  'skp/create': 'dibuat',
  'skp/update': 'diubah',
  'skp/ajukan': 'diajukan',
  'skp/setujui': 'disetujui',
  'skp/kembalikan': 'dikembalikan',
  'skp/perbaiki': 'diperbaiki (kembali ke draf)',
  'skp/mulaiPerubahan': 'perubahan dimulai',
  'skp/salinPeriodeLalu': 'disalin dari periode lalu',
  'skp/demo': 'SKP demo dimuat',
  'rhk/create': 'RHK ditambah',
  'rhk/update': 'RHK diubah',
  'rhk/delete': 'RHK dihapus',
  'rhk/urutan': 'urutan RHK diubah',
  'rhk/link': 'RHK ditautkan ke RHK atasan',
  'rhk/relink': 'tautan RHK dipindahkan',
  'rhk/konversiTarget': 'target RHK dikonversi',
  'rhk/kosongkanTarget': 'target RHK dikosongkan',
  'rhk/catatan': 'catatan RHK diubah',
  'rhk/perubahan': 'RHK disalin ke versi baru',
  'rhk/terapkanMassal': 'RHK diterapkan massal',
  'rhk/demo': 'RHK demo dimuat',
  'skpTemplate/create': 'dibuat',
  'skpTemplate/update': 'diubah',
};

/** Field names as a sentence uses them (lower case). */
export const AUDIT_FIELD_LABEL: Record<string, string> = {
  nip: 'NIP',
  gelarDepan: 'gelar depan',
  nama: 'nama',
  gelarBelakang: 'gelar belakang',
  jenisAsn: 'jenis ASN',
  golongan: 'golongan',
  jabatanId: 'jabatan',
  unitId: 'unit kerja',
  tmtMulai: 'TMT mulai',
  tmtSelesai: 'TMT selesai',
  kode: 'kode',
  parentId: 'unit induk',
  jenis: 'jenis jabatan',
  atasanJabatanId: 'jabatan atasan',
  kelas: 'kelas jabatan',
  roles: 'peran',
  aktif: 'aktif',
  teks: 'teks',
};

/**
 * "2026-03-01" → "1 Maret 2026"; anything else as given.
 *
 * @example
 * tanggalPanjang('2026-01-01'); // '1 Januari 2026'
 */
export function tanggalPanjang(iso: string): string {
  return formatDate(iso, 'id');
}

/** The parts of a sentence a language supplies (Indonesian here, English in the renderer). */
export type AuditWords = {
  entity: (code: string) => string;
  verb: (code: string) => string;
  field: (name: string) => string;
  empty: string;
  date: (iso: string) => string;
  deleted: string;
  unknown: string;
  /** "Pengguna Andi Baso dibuat": a creation reads without a colon. */
  created: (entity: string, subject: string) => string;
};

export const AUDIT_WORDS_ID: AuditWords = {
  entity: (c) => AUDIT_ENTITY_LABEL[c] ?? 'Data',
  verb: (c) => AUDIT_ACTION_VERB[c] ?? 'diubah',
  field: (f) => AUDIT_FIELD_LABEL[f] ?? f,
  empty: '(kosong)',
  date: tanggalPanjang,
  deleted: 'sudah dihapus',
  unknown: 'data tidak dikenal',
  created: (entity, subject) => `${entity} ${subject} dibuat`,
};

function fieldText(f: FieldChange, w: AuditWords): string {
  const v = (x: string | null): string => (x === null ? w.empty : f.kind === 'date' ? w.date(x) : x);
  return `${w.field(f.field)} ${v(f.old)} → ${v(f.new)}`;
}

/**
 * One entry as a sentence.
 *
 * @example
 * describeAudit({ entity: 'skp', action: 'skp/ajukan', subject: 'Cecep Permana 2026', subjectState: 'ok', fields: [] , …});
 * // 'SKP Cecep Permana 2026: diajukan'
 */
export function describeAudit(item: Pick<AuditItem, 'entity' | 'action' | 'subject' | 'subjectState' | 'fields'>, w: AuditWords = AUDIT_WORDS_ID): string {
  // An RHK is a row of an SKP, and named by it: "SKP Cecep Permana 2026: RHK ditambah".
  const entity = w.entity(item.entity === 'rhk' ? 'skp' : item.entity);
  const subject = item.subjectState === 'unknown' || item.subject === null ? `(${w.unknown})` : item.subjectState === 'deleted' ? `${item.subject} (${w.deleted})` : item.subject;
  const creation = item.action === 'create' || item.action.endsWith('/create');
  if (item.action === 'skp/demo' || item.action === 'rhk/demo') return w.verb(item.action);
  if (creation && item.entity !== 'rhk') return w.created(entity, subject);
  const fields = item.fields.map((f) => fieldText(f, w)).join('; ');
  const isUpdate = item.action === 'update' || item.action.endsWith('/update');
  if (item.entity === 'rhk') return `${entity} ${subject}: ${w.verb(item.action)}${isUpdate && fields ? ` (${fields})` : ''}`;
  return `${entity} ${subject}: ${isUpdate && fields ? fields : w.verb(item.action)}`;
}
