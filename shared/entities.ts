/**
 * The shapes the core returns to the renderer. Plain data, camelCase, dates as ISO text.
 */
import type { JenisJabatan } from './domain/jabatan.js';

// Coherent groups live beside this file; every `import … from './entities.js'` still finds them here.
export * from './entities-skp.js';
export * from './entities-accounts.js';

export type Role = 'admin' | 'operator' | 'pegawai';
export const ROLES: readonly Role[] = ['admin', 'operator', 'pegawai'];
export type JenisAsn = 'PNS' | 'PPPK';

/** Columns the pegawai list can be ordered by (name first: the default). */
export const PEGAWAI_SORT = ['nama', 'nip', 'jabatan', 'unit'] as const;
export type PegawaiSort = (typeof PEGAWAI_SORT)[number];

export type Instansi = { id: string; kode: string; nama: string; isDemo: boolean };

export type UnitKerja = {
  id: string;
  instansiId: string;
  parentId: string | null;
  kode: string;
  nama: string;
};

export type Jabatan = {
  id: string;
  unitId: string;
  kode: string;
  nama: string;
  jenis: JenisJabatan;
  atasanJabatanId: string | null;
  kelas: number | null;
};

export type JabatanRef = { id: string; kode: string; nama: string };

/** A jabatan as the list shows it: with its unit, its atasan chain (direct atasan first) and holders. */
export type JabatanRow = Jabatan & {
  unitNama: string;
  atasanChain: JabatanRef[];
  holderCount: number;
};

export type Pegawai = {
  id: string;
  nip: string;
  gelarDepan: string;
  nama: string;
  gelarBelakang: string;
  jenisAsn: JenisAsn;
  golongan: string;
  jabatanId: string | null;
  unitId: string;
  tmtMulai: string | null;
  tmtSelesai: string | null;
};

export type PegawaiRow = {
  id: string;
  nip: string;
  namaLengkap: string;
  jenisAsn: JenisAsn;
  golongan: string;
  jabatanNama: string | null;
  unitNama: string;
  aktif: boolean;
};

export type PersonRef = { pegawaiId: string; nip: string; namaLengkap: string; jabatanNama: string };

export type PegawaiDetail = {
  pegawai: Pegawai;
  namaLengkap: string;
  jabatan: Jabatan | null;
  unit: UnitKerja;
  atasanChain: JabatanRef[];
  /** Holder(s) of the direct atasan jabatan: the pejabat penilai kinerja. */
  pejabatPenilai: PersonRef[];
  /** Holder(s) of the atasan's atasan jabatan. */
  atasanPejabatPenilai: PersonRef[];
};

export type UserAccount = {
  id: string;
  nip: string;
  nama: string;
  roles: Role[];
  unitId: string;
  pegawaiId: string | null;
  aktif: boolean;
  lockedUntil: string | null;
};

export type SessionInfo = {
  token: string;
  user: UserAccount;
  /** Derived from the jabatan tree: this person's jabatan is the atasan of another jabatan. */
  isAtasan: boolean;
  instansi: Instansi;
  idleTimeoutMinutes: number;
  /**
   * The account's signing key on this desk: 'provisional' when it was made from a password an
   * admin set (the person should change their password before approving or returning an SKP),
   * 'none' when the account has no key here (its edits cannot be signed).
   */
  signingKey: 'ok' | 'provisional' | 'none';
};

export type AuditEntry = {
  id: string;
  at: string;
  actorUserId: string | null;
  actorNama: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
};

/** What Riwayat can filter on; the audit log's entity codes. */
export const AUDIT_ENTITY_KINDS = ['pegawai', 'skp', 'rhk', 'user', 'unit_kerja', 'jabatan', 'skp_template', 'instansi'] as const;
export type AuditEntityKind = (typeof AUDIT_ENTITY_KINDS)[number];

/**
 * One Riwayat line in words: who (a name, or null for the system), about what (the entity's name
 * as people know it: "Cecep Permana 2026" for an SKP) and what changed. No ids: they are resolved
 * in the core. `subjectState`: 'deleted' when the row is gone (its name comes from the entry
 * itself), 'unknown' when nothing names it.
 */
export type AuditItem = {
  id: string;
  at: string;
  /** 'system': no person (setup, sync); 'deleted': an account no longer on this desk. */
  actorState: 'user' | 'system' | 'deleted';
  actorNama: string | null;
  actorNip: string | null;
  entity: string;
  action: string;
  subject: string | null;
  subjectState: 'ok' | 'deleted' | 'unknown';
  fields: FieldChange[];
};

export type AuditPage = { total: number; rows: AuditItem[] };

/** Someone who appears in the audit log the caller may read (the person filter). */
export type AuditActor = { id: string; nama: string };

export type AppInfo = {
  version: string;
  mode: 'electron' | 'browser';
  isSetUp: boolean;
  instansi: Instansi | null;
};

/** A copy of the desk's database taken before a migration (file name as id; local date and time). */
export type BackupCopy = { id: string; takenAt: string; label: string };

/**
 * Whether the database failed to migrate at start (the app then shows only the recovery screen),
 * why, and the pre-migration copies it can be restored from (newest first).
 */
export type RecoveryInfo = { failed: boolean; reason: string | null; copies: BackupCopy[] };

export type SheetName = 'unit' | 'jabatan' | 'pegawai';

export type RowError = {
  sheet: SheetName;
  /** 1-based row number as the spreadsheet program shows it. */
  row: number;
  column: string;
  message: string;
};

export type SheetCounts = { insert: number; update: number; unchanged: number };

/**
 * One field as it changes, with display values (names, not ids; golongan as written; dates as ISO
 * `YYYY-MM-DD` with `kind: 'date'` so the screen formats them). null: empty.
 */
export type FieldChange = { field: string; old: string | null; new: string | null; kind: 'text' | 'date' };

/** A row a commit would insert or update: its key (kode or NIP), its name and, for updates, what changes. */
export type RowChange = { sheet: SheetName; row: number; kind: 'insert' | 'update'; key: string; nama: string; fields: FieldChange[] };

/** Who a row of the file is (kode or NIP, and name as typed), so error lists can say it. */
export type RowName = { sheet: SheetName; row: number; key: string; nama: string };

export type ImportPreview = {
  previewId: string;
  fileName: string;
  counts: Record<SheetName, SheetCounts>;
  errors: RowError[];
  /** Errors beyond what is listed (long lists are cut to keep the screen usable). */
  errorsOmitted: number;
  /** Key and name of each row that has a listed error. */
  errorRows: RowName[];
  /** Every insert and update, in sheet and row order (the screen pages through them). */
  changes: RowChange[];
  canCommit: boolean;
};

export type ImportSummary = { counts: Record<SheetName, SheetCounts> };

export type FileDownload = { fileName: string; base64: string; mimeType: string };

export type ProgressEvent = {
  operation: 'sheets/preview' | 'sheets/commit' | 'setup/loadDemo' | 'users/bulkCreate' | 'tpp/importPreview' | 'tpp/importCommit' | 'print/batch';
  /** The background job reporting (cancel it with `jobs/cancel`); absent for work that cannot be cancelled. */
  jobId?: string;
  phase: string;
  done: number;
  total: number;
};

export type SyncState = 'standalone' | 'idle' | 'syncing' | 'offline' | 'error';

export type SyncStatus = {
  state: SyncState;
  serverUrl: string | null;
  lastSyncAt: string | null;
  /** Local edits not yet accepted by the server ("belum tersinkron"). */
  pending: number;
  /** Conflicts waiting for a person to resolve. */
  conflicts: number;
  lastError: string | null;
  /** Rows received so far during a long pull (initial sync progress). */
  received: number;
};

export type SyncConflict = {
  id: string;
  command: string;
  entity: string;
  entityId: string;
  /** The person's edit, verbatim. */
  localPayload: unknown;
  serverPayload: unknown;
  code: string;
  message: string;
  createdAt: string;
  actorNama: string | null;
};

export type MergeCounts = {
  /** Same on both sides. */
  same: number;
  /** On both sides but different here: this desk's version will update the server. */
  update: number;
  /** Only on this desk: will be uploaded. */
  upload: number;
  /** Only on the server: will be downloaded. */
  download: number;
};

/** What connecting this desk to a server that already has its instansi will do, per kind of row. */
export type MergePreview = { counts: Record<'instansi' | 'unit_kerja' | 'jabatan' | 'pegawai' | 'user', MergeCounts> };
