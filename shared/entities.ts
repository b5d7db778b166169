/**
 * The shapes the core returns to the renderer. Plain data, camelCase, dates as ISO text.
 */
import type { JenisJabatan } from './domain/jabatan.js';
import type { NilaiBerakhlak } from './domain/skp/berakhlak.js';
import type { SkpPart } from './domain/skp/editable.js';
import type { PetaHolder, PetaTotals } from './domain/skp/peta.js';
import type { Bottleneck, JabatanReadiness, ReadinessStatus } from './domain/skp/readiness.js';
import type { SkpTemplate } from './domain/skp/template.js';
import type { Indikator, JenisRhk, Pendekatan, Periode, Rhk, Skp, SkpActionType, SkpStatus, SkpStatusEvent } from './domain/skp/types.js';

export type Role = 'admin' | 'operator' | 'pegawai';
export const ROLES: readonly Role[] = ['admin', 'operator', 'pegawai'];
export type JenisAsn = 'PNS' | 'PPPK';

/** Columns the pegawai list can be ordered by (name first: the default). */
export const PEGAWAI_SORT = ['nama', 'nip', 'jabatan', 'unit'] as const;
export type PegawaiSort = (typeof PEGAWAI_SORT)[number];

/** Columns SKP lists can be ordered by (pegawai name first: the default). */
export const SKP_SORT = ['nama', 'jabatan', 'unit', 'status'] as const;
export type SkpSort = (typeof SKP_SORT)[number];

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

// ---------------------------------------------------------------------------------------------
// SKP (issue 5). Stored shapes and rules live in shared/domain/skp; these are the views the core
// returns for the screens (lists, detail, picker, inbox, readiness board, peta cascading).

/** One SKP in a list or the atasan's inbox. */
export type SkpSummary = {
  id: string;
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanId: string;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  periode: Periode;
  pendekatan: Pendekatan;
  status: SkpStatus;
  versi: number;
  rhkCount: number;
  /** UTAMA RHK still waiting for their atasan RHK. */
  menungguCount: number;
  /** When it was last submitted (the inbox sorts on it); null if never. */
  diajukanAt: string | null;
  updatedAt: string;
};

/** The atasan RHK an RHK intervenes, as the side-by-side view shows it. */
export type IntervensiRef = {
  rhkId: string;
  skpId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  indikator: Indikator[];
  pemilikNama: string;
  /** The target is in an older version of the atasan SKP (a perubahan replaced it): re-link. */
  versiLama: boolean;
};

export type RhkView = Rhk & {
  menungguRhkAtasan: boolean;
  intervensi: IntervensiRef | null;
  /** Subordinate RHK intervening this one (deleting it needs re-linking them). */
  diintervensiOleh: number;
  /** Local revision, sent back as `baseVersion` on rhk/save. */
  rowVersion: number;
};

export type PerilakuView = { nilai: NilaiBerakhlak; nama: string; panduan: readonly string[]; ekspektasiKhusus: string };

/**
 * `signed`: the step names the signed command that recorded it and this desk is connected to the
 * server, which accepts a step only from that command ("ditandatangani oleh …"); otherwise the
 * step was made on a standalone desk and cannot be verified ("belum terverifikasi").
 */
export type SkpHistoryEntry = SkpStatusEvent & { actorNama: string | null; delegasiPenilaiNama: string | null; signed: boolean };

export type SkpVersionInfo = {
  id: string;
  versi: number;
  status: SkpStatus;
  previousVersionId: string | null;
  approvedAt: string | null;
  /** The newest approved version: the plan in force. */
  berlaku: boolean;
  createdAt: string;
};

/** Everything the SKP screen shows, in one call. */
export type SkpDetail = {
  skp: Skp;
  /** Local revision of the SKP row, sent back as `baseVersion` on skp/update. */
  rowVersion: number;
  pegawai: PersonRef & { golongan: string; pangkat: string | null; unitNama: string };
  /** Frozen snapshot once approved; before that, resolved from the jabatan tree (with Plt./Plh.). */
  penilai: PersonRef | null;
  atasanPenilai: PersonRef | null;
  /** The owner heads the unit: RHK name the Perjanjian Kinerja instead of an atasan RHK. */
  isPuncak: boolean;
  /** JPT form (Perspektif column). */
  isJpt: boolean;
  rhk: RhkView[];
  perilaku: PerilakuView[];
  riwayat: SkpHistoryEntry[];
  versions: SkpVersionInfo[];
  /**
   * What the signed-in user may do now (from transition / checkEdit), to show or hide buttons.
   * `needsDelegation`: approving or returning is offered only on the pejabat penilai's recorded
   * instruction (an operator who is not the penilai); the call must then carry `delegasi`.
   */
  allowed: { actions: SkpActionType[]; editable: SkpPart[]; needsDelegation: boolean };
};

/** One row of the atasan RHK picker. */
export type AtasanRhkOption = {
  rhkId: string;
  skpId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  indikator: Indikator[];
  /** How many subordinate RHK already intervene it. */
  diintervensiOleh: number;
};

export type AtasanRhkPicker = {
  /** The pejabat penilai's SKP the options come from; null when there is none yet. */
  atasanSkp: { skpId: string; status: SkpStatus; versi: number; pemilikNama: string; jabatanNama: string } | null;
  options: AtasanRhkOption[];
  /** Options matching the query beyond `options` (the list is cut at `limit`). */
  more: number;
  isPuncak: boolean;
  /** Why the list is empty, in Indonesian (e.g. the atasan has no SKP yet); null otherwise. */
  notice: string | null;
};

export type ReadinessRow = JabatanReadiness & { kode: string; nama: string; unitNama: string; atasanJabatanId: string | null };
export type BottleneckRow = Bottleneck & { kode: string; nama: string; pemegang: string[] };
export type ReadinessBoard = {
  tahun: number;
  rows: ReadinessRow[];
  bottlenecks: BottleneckRow[];
  totals: Record<ReadinessStatus, number>;
};

export type PetaHolderView = PetaHolder & { namaLengkap: string };
/** `children` stops at the requested depth; `childCount` > `children.length` means it can be opened. */
export type PetaNodeView = { jabatanId: string; kode: string; nama: string; holders: PetaHolderView[]; childCount: number; children: PetaNodeView[] };
/** `totals` covers the caller's whole reach (whatever the root); null unless asked for. */
export type PetaCascading = { tahun: number; roots: PetaNodeView[]; totals: PetaTotals | null };

export type SkpTemplateView = SkpTemplate & { jabatanNama: string };

/** Outcome of a bulk operator action: what was made and what was skipped, with why. */
export type BulkSkpResult = {
  done: SkpSummary[];
  skipped: { pegawaiId: string; namaLengkap: string; message: string }[];
};

// ---------------------------------------------------------------------------------------------
// Accounts in bulk and the Pengguna list (issue 9 item 4).

/** One row of the Pengguna list: the account with where it sits and whether its owner must change the password. */
export type UserListRow = UserAccount & {
  unitNama: string;
  jabatanNama: string | null;
  /** The account's current key is provisional or missing: its owner changes the password at the next sign-in. */
  mustChangePassword: boolean;
};

/** Who a bulk account creation would reach: the pegawai matched, and those already with an account. */
export type BulkAccountsPreview = {
  matched: number;
  withAccount: number;
  toCreate: number;
  /** The largest number of accounts one run creates. */
  maxPerRun: number;
};

/** One new account with its initial password, shown once (slips and the xlsx). */
export type InitialPasswordSlip = { userId: string; nama: string; nip: string; unitNama: string; jabatanNama: string | null; password: string };

export type BulkAccountsResult = {
  created: InitialPasswordSlip[];
  /** Pegawai left out because they already have an account (by NIP or link). */
  skipped: { nama: string; nip: string }[];
  /** The same slips as a workbook (NIP as text), for printing elsewhere or handing out. */
  xlsx: FileDownload;
  /** How long the run took, for the operator's record and the report. */
  elapsedMs: number;
};
