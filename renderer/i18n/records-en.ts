/** English strings of the import preview rows, the file drop zone and Riwayat (see records-id.ts). */
import type { AuditWords } from '../../shared/domain/audit-words.js';
import type { recordsId } from './records-id.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ENTITY: Record<string, string> = {
  instansi: 'Agency',
  unit_kerja: 'Work unit',
  jabatan: 'Position',
  pegawai: 'Employee',
  user: 'User',
  skp: 'SKP',
  rhk: 'RHK',
  skp_template: 'SKP template',
};

const VERB: Record<string, string> = {
  create: 'created',
  update: 'changed',
  delete: 'deleted',
  'sign-in': 'signed in',
  'sign-in-failed': 'sign-in failed',
  'lock-out': 'account locked',
  'skp/create': 'created',
  'skp/update': 'changed',
  'skp/ajukan': 'submitted',
  'skp/setujui': 'approved',
  'skp/kembalikan': 'returned',
  'skp/perbaiki': 'reopened as draft',
  'skp/mulaiPerubahan': 'revision started',
  'skp/salinPeriodeLalu': 'copied from last period',
  'skp/demo': 'Demo SKP loaded',
  'rhk/create': 'RHK added',
  'rhk/update': 'RHK changed',
  'rhk/delete': 'RHK deleted',
  'rhk/urutan': 'RHK order changed',
  'rhk/link': 'RHK linked to superior RHK',
  'rhk/relink': 'RHK link moved',
  'rhk/catatan': 'RHK note changed',
  'rhk/perubahan': 'RHK copied to new version',
  'rhk/terapkanMassal': 'RHK applied in bulk',
  'rhk/demo': 'Demo RHK loaded',
  'skpTemplate/create': 'created',
  'skpTemplate/update': 'changed',
};

const FIELDS: Record<string, string> = {
  nip: 'NIP',
  gelarDepan: 'Title (before)',
  nama: 'Name',
  gelarBelakang: 'Title (after)',
  jenisAsn: 'ASN type',
  golongan: 'Grade',
  jabatanId: 'Position',
  unitId: 'Work unit',
  tmtMulai: 'Start date',
  tmtSelesai: 'End date',
  kode: 'Code',
  parentId: 'Parent unit',
  jenis: 'Position type',
  atasanJabatanId: 'Superior position',
  kelas: 'Position class',
  roles: 'Roles',
  aktif: 'Active',
  teks: 'Text',
};

const WORDS: AuditWords = {
  entity: (c) => ENTITY[c] ?? 'Record',
  verb: (c) => VERB[c] ?? 'changed',
  field: (f) => (FIELDS[f] ?? f).toLowerCase(),
  empty: '(empty)',
  date: (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
    return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
  },
  deleted: 'deleted',
  unknown: 'unknown record',
  created: (entity, subject) => `${entity} ${subject} created`,
};

export const recordsEn: typeof recordsId = {
  drop: {
    idle: 'Drag an .xlsx file here, or click to choose one',
    hint: 'One file, at most 50 MB. The file is checked first; data changes only after "Save import".',
    accept: 'Drop to check this file',
    reject: 'Only .xlsx files can be imported',
    chosen: (name, size) => `File chosen: ${name} (${size})`,
    none: 'No file chosen yet.',
  },
  preview: {
    changesTitle: (n) => `Changes in detail (${n} rows)`,
    filterUpdate: (n) => `Changed (${n})`,
    filterInsert: (n) => `New (${n})`,
    noChanges: 'No new or changed rows.',
    colRow: 'Row',
    colKey: 'NIP / Code',
    colNama: 'Name',
    colWhat: 'Change',
    newRow: 'New record',
    arrow: '→',
    empty: '(empty)',
    shown: (from, to, total) => `Rows ${from}–${to} of ${total}`,
  },
  fields: FIELDS,
  audit: {
    intro: 'Who changed what and when, newest first.',
    filterActor: 'User',
    filterActorAll: 'All users',
    filterEntity: 'Record type',
    filterEntityAll: 'All record types',
    filterFrom: 'From date',
    filterTo: 'To date',
    datePlaceholder: 'DD/MM/YYYY',
    reset: 'Clear filters',
    export: 'Export xlsx',
    exported: (fileName) => `History downloaded as ${fileName}.`,
    total: (n) => `${n} entries`,
    shown: (from, to, total) => `Entries ${from}–${to} of ${total}`,
    colAt: 'Time',
    colActor: 'User',
    colWhat: 'Change',
    system: 'System',
    deletedUser: 'Deleted user',
    empty: 'No history matches the filters.',
    entities: ENTITY,
    words: WORDS,
  },
};
