/**
 * The single source of table types for the local SQLite database. Column names are camelCase here
 * and snake_case in SQL (Kysely's CamelCasePlugin maps them). Every id is a UUIDv7 made where the
 * row is created, because rows sync between machines later.
 */
import type { Generated } from 'kysely';

/** ISO-8601 timestamps and YYYY-MM-DD dates are stored as text. */
type Timestamp = string;

export interface InstansiTable {
  id: string;
  kode: string;
  nama: string;
  /** 1 when the row came from the demo generator, so the UI can mark it clearly. */
  isDemo: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UnitKerjaTable {
  id: string;
  instansiId: string;
  parentId: string | null;
  kode: string;
  nama: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface JabatanTable {
  id: string;
  unitId: string;
  kode: string;
  nama: string;
  jenis: string;
  /** The jabatan whose holder rates this one (pejabat penilai); null for the head. */
  atasanJabatanId: string | null;
  kelas: number | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface PegawaiTable {
  id: string;
  nip: string;
  gelarDepan: string;
  nama: string;
  gelarBelakang: string;
  jenisAsn: 'PNS' | 'PPPK';
  golongan: string;
  jabatanId: string | null;
  unitId: string;
  tmtMulai: string | null;
  tmtSelesai: string | null;
  /** Lower-cased full name + NIP, kept by the repository, so search is one indexed-ish LIKE. */
  searchText: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface UserTable {
  id: string;
  nip: string;
  pegawaiId: string | null;
  nama: string;
  /** argon2id hash; '' for a user stub (an account outside this desk's scope), which cannot sign in. */
  passwordHash: string;
  /** JSON array of SigningKey (shared/sync-protocol), oldest first. */
  signingKeys: Generated<string>;
  /** JSON WrappedKey, or null (a stub, or an account made before keys). */
  wrappedKey: string | null;
  /** JSON array of roles, e.g. ["admin","operator"]. */
  roles: string;
  /** Root of the unit subtree this account may see and change. */
  unitId: string;
  aktif: number;
  failedAttempts: number;
  lockedUntil: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface AuditLogTable {
  id: string;
  at: Timestamp;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

export interface OutboxTable {
  /** Monotonic local order; push drains by it. */
  seq: Generated<number>;
  /** Client-generated command id (UUIDv7): the server applies each id once. */
  id: string;
  command: string;
  entity: string;
  entityId: string;
  payload: string;
  actorUserId: string | null;
  createdAt: Timestamp;
  status: 'pending' | 'sent' | 'accepted' | 'rejected';
  error: string | null;
  /** The server version this edit was made on (null: a row the server has not seen). */
  baseVersion: number | null;
  /** Set instead of baseVersion when the edit was made on top of a still-pending command. */
  baseCommandId: string | null;
  /** The signing key version and Ed25519 signature (base64) of the command, null when unsigned. */
  keyVersion: number | null;
  signature: string | null;
}

export interface ServerRowTable {
  entity: string;
  id: string;
  version: number;
  /** JSON of the row as the server holds it; null when the server deleted it. */
  row: string | null;
  readOnly: number;
}

export interface SyncInboxTable {
  seq: string;
  entity: string;
  id: string;
  version: number;
  row: string | null;
  readOnly: number;
}

export interface SyncConflictTable {
  id: string;
  commandId: string;
  command: string;
  entity: string;
  entityId: string;
  /** The person's edit, verbatim: never dropped. */
  localPayload: string;
  serverPayload: string | null;
  serverVersion: number | null;
  code: string;
  message: string;
  actorUserId: string | null;
  createdAt: Timestamp;
  resolvedAt: Timestamp | null;
  resolution: 'mine' | 'theirs' | null;
}

export interface SettingTable {
  key: string;
  value: string;
}

/** One SKP version (shared/domain/skp Skp); nested parts are JSON text. */
export interface SkpTable {
  id: string;
  pegawaiId: string;
  jabatanId: string;
  unitId: string;
  tahun: number;
  periodeMulai: string;
  periodeSelesai: string;
  pendekatan: string;
  status: string;
  versi: number;
  previousVersionId: string | null;
  /** JSON PenilaiSnapshot, frozen on approval. */
  penilai: string | null;
  /** JSON PerilakuKerja[]. */
  perilaku: string;
  /** JSON Lampiran. */
  lampiran: string;
  returnNote: string | null;
  approvedAt: Timestamp | null;
  approvedByUserId: string | null;
  /** JSON Delegasi. */
  delegasi: string | null;
  /** JSON SkpStatusEvent[]. */
  riwayat: string;
  /** When it was last submitted (from riwayat), for the inbox order. */
  diajukanAt: Timestamp | null;
  /** Local revision for optimistic concurrency (`baseVersion`). */
  rowVersion: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface RhkTable {
  id: string;
  skpId: string;
  jenis: string;
  urutan: number;
  teks: string;
  intervensiRhkId: string | null;
  jenisIntervensi: string | null;
  intervensiPerjanjianKinerja: string | null;
  perspektif: string | null;
  returnNote: string | null;
  asalRhkId: string | null;
  /** JSON Indikator[]. */
  indikator: string;
  rowVersion: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SkpTemplateTable {
  id: string;
  jabatanId: string;
  pendekatan: string;
  /** JSON RhkTemplate[]. */
  rhk: string;
  /** JSON Lampiran. */
  lampiran: string;
  rowVersion: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/**
 * An evaluation row (issue 10): its key columns plus the whole wire row as JSON `data`
 * (shared/sync-rows-evaluasi.ts EVALUASI_STORAGE says which keys each table has).
 */
interface EvaluasiDocColumns {
  id: string;
  /** JSON of the wire row (shared/sync-rows-evaluasi.ts). */
  data: string;
  rowVersion: number;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}
export interface PengaturanKinerjaTable extends EvaluasiDocColumns {
  instansiId: string;
}
export interface PenilaiOverrideTable extends EvaluasiDocColumns {
  pegawaiId: string;
  unitId: string;
}
export interface RealisasiTable extends EvaluasiDocColumns {
  skpId: string;
  periode: string;
}
export interface LaporanHarianTable extends EvaluasiDocColumns {
  skpId: string;
  tanggal: string;
}
export interface UmpanBalikTable extends EvaluasiDocColumns {
  skpId: string;
}
export interface EvaluasiTable extends EvaluasiDocColumns {
  skpId: string;
  periode: string;
}
export interface PredikatOrganisasiTable extends EvaluasiDocColumns {
  unitId: string;
  tahun: number;
}

/** One issued print: a verification code with the data and settings it was printed from. */
export interface PrintRegistryTable {
  code: string;
  kind: string;
  docId: string;
  versi: number;
  hash: string;
  data: string;
  settings: string;
  firstPrintedAt: string;
  firstPrintedBy: string | null;
  lastPrintedAt: string;
  printCount: Generated<number>;
  /** When the code was sent to the central server; null until then (migration 0008). */
  uploadedAt: Generated<string | null>;
  /** Why the server will not take it (too large, refused); null while it may be sent (migration 0009). */
  uploadRefused: Generated<string | null>;
}

/** A fingerprint record of one pegawai on one day (desk-only, never synced). */
export interface KehadiranTable {
  id: string;
  pegawaiId: string;
  tanggal: string;
  /** Minutes since midnight; null: no scan. */
  masuk: number | null;
  pulang: number | null;
  sumber: string;
  importedAt: Timestamp;
  importedByUserId: string | null;
}

/** An excused absence (cuti, dinas luar, sakit) of one pegawai (desk-only, never synced). */
export interface IzinPegawaiTable {
  id: string;
  pegawaiId: string;
  jenis: string;
  mulai: string;
  selesai: string;
  keterangan: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  updatedByUserId: string | null;
}

export interface Database {
  instansi: InstansiTable;
  unitKerja: UnitKerjaTable;
  jabatan: JabatanTable;
  pegawai: PegawaiTable;
  user: UserTable;
  auditLog: AuditLogTable;
  outbox: OutboxTable;
  setting: SettingTable;
  serverRow: ServerRowTable;
  syncInbox: SyncInboxTable;
  syncConflict: SyncConflictTable;
  skp: SkpTable;
  rhk: RhkTable;
  skpTemplate: SkpTemplateTable;
  pengaturanKinerja: PengaturanKinerjaTable;
  penilaiOverride: PenilaiOverrideTable;
  realisasi: RealisasiTable;
  laporanHarian: LaporanHarianTable;
  umpanBalik: UmpanBalikTable;
  evaluasi: EvaluasiTable;
  predikatOrganisasi: PredikatOrganisasiTable;
  printRegistry: PrintRegistryTable;
  kehadiran: KehadiranTable;
  izinPegawai: IzinPegawaiTable;
}
