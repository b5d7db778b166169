/**
 * The shapes the core returns to the renderer. Plain data, camelCase, dates as ISO text.
 */
import type { JenisJabatan } from './domain/jabatan.js';

export type Role = 'admin' | 'operator' | 'pegawai';
export const ROLES: readonly Role[] = ['admin', 'operator', 'pegawai'];
export type JenisAsn = 'PNS' | 'PPPK';

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

export type AppInfo = {
  version: string;
  mode: 'electron' | 'browser';
  isSetUp: boolean;
  instansi: Instansi | null;
};

export type SheetName = 'unit' | 'jabatan' | 'pegawai';

export type RowError = {
  sheet: SheetName;
  /** 1-based row number as the spreadsheet program shows it. */
  row: number;
  column: string;
  message: string;
};

export type SheetCounts = { insert: number; update: number; unchanged: number };

export type ImportPreview = {
  previewId: string;
  fileName: string;
  counts: Record<SheetName, SheetCounts>;
  errors: RowError[];
  /** Errors beyond what is listed (long lists are cut to keep the screen usable). */
  errorsOmitted: number;
  canCommit: boolean;
};

export type ImportSummary = { counts: Record<SheetName, SheetCounts> };

export type FileDownload = { fileName: string; base64: string; mimeType: string };

export type ProgressEvent = {
  operation: 'sheets/preview' | 'sheets/commit' | 'setup/loadDemo';
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
