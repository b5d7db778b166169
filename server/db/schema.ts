/**
 * Table types of the central database. Column names are camelCase here and snake_case in SQL
 * (Kysely's CamelCasePlugin maps them). Every table carries `instansi_id` (the instansi table's own
 * `id` is that value), so the data can be distributed by instansi on Citus (see server/README.md).
 */
import type { ColumnType, Generated } from 'kysely';
import type { SyncRow } from '../../shared/sync-protocol.js';

/** bigint columns come back as decimal strings (pg's default; the PGlite driver is set to match). */
type Int8 = ColumnType<string, string | bigint, string | bigint>;
type CreatedAt = ColumnType<Date, Date | string, never>;
type Stamp = ColumnType<Date, Date | string, Date | string>;

/** Columns every synced row has besides its own data. */
export interface SyncColumns {
  /** Bumped by one on every accepted change; the desk sends it back as `baseVersion`. */
  version: number;
  /** Position in the change feed (global sequence `change_seq`); also bumped when a row is re-sent. */
  seq: Int8;
  deleted: Generated<boolean>;
  createdAt: CreatedAt;
  updatedAt: Stamp;
  updatedByDevice: string | null;
}

export interface InstansiTable extends SyncColumns {
  id: string;
  kode: string;
  nama: string;
  isDemo: boolean;
}

export interface UnitKerjaTable extends SyncColumns {
  instansiId: string;
  id: string;
  parentId: string | null;
  kode: string;
  nama: string;
}

export interface JabatanTable extends SyncColumns {
  instansiId: string;
  id: string;
  unitId: string;
  kode: string;
  nama: string;
  jenis: string;
  atasanJabatanId: string | null;
  kelas: number | null;
}

export interface PegawaiTable extends SyncColumns {
  instansiId: string;
  id: string;
  nip: string;
  gelarDepan: string;
  nama: string;
  gelarBelakang: string;
  jenisAsn: 'PNS' | 'PPPK';
  golongan: string;
  jabatanId: string | null;
  unitId: string;
  /** YYYY-MM-DD kept as text, so it round-trips exactly whatever the time zone. */
  tmtMulai: string | null;
  tmtSelesai: string | null;
}

export interface UserTable extends SyncColumns {
  instansiId: string;
  id: string;
  nip: string;
  nama: string;
  roles: string[];
  unitId: string;
  pegawaiId: string | null;
  aktif: boolean;
  passwordHash: string;
  /** SigningKey[] (shared/sync-protocol), oldest first, append-only. */
  signingKeys: ColumnType<unknown, string | undefined, string>;
  /** WrappedKey of the newest key, or null. */
  wrappedKey: ColumnType<unknown, string | null | undefined, string | null>;
  /** Server-side sign-in bookkeeping (device enrollment); not synced. */
  failedAttempts: Generated<number>;
  lockedUntil: Date | null;
}

/** jsonb: written as JSON text, read back parsed (checked again by the repository). */
type Json = ColumnType<unknown, string, string>;

/** SKP (issue 5); nested parts as jsonb, the desk's ISO datetimes as text. */
export interface SkpTable extends SyncColumns {
  instansiId: string;
  id: string;
  pegawaiId: string;
  jabatanId: string;
  unitId: string;
  periode: Json;
  pendekatan: SyncRow<'skp'>['pendekatan'];
  status: SyncRow<'skp'>['status'];
  versi: number;
  previousVersionId: string | null;
  penilai: Json | null;
  perilaku: Json;
  lampiran: Json;
  returnNote: string | null;
  approvedAt: string | null;
  approvedByUserId: string | null;
  delegasi: Json | null;
  riwayat: Json;
}

export interface RhkTable extends SyncColumns {
  instansiId: string;
  id: string;
  skpId: string;
  jenis: SyncRow<'rhk'>['jenis'];
  urutan: number;
  teks: string;
  intervensiRhkId: string | null;
  jenisIntervensi: SyncRow<'rhk'>['jenisIntervensi'];
  intervensiPerjanjianKinerja: string | null;
  perspektif: string | null;
  returnNote: string | null;
  asalRhkId: string | null;
  indikator: Json;
}

export interface SkpTemplateTable extends SyncColumns {
  instansiId: string;
  id: string;
  jabatanId: string;
  pendekatan: SyncRow<'skp_template'>['pendekatan'];
  rhk: Json;
  lampiran: Json;
  /** The wire row's `updatedAt` (`updated_at` is the sync column). */
  diubahPada: string;
}

/**
 * Evaluation rows (issue 10): the key columns of EVALUASI_STORAGE (shared/sync-rows-evaluasi.ts)
 * plus the whole wire row as jsonb `data`, which the repository parses with the wire schema.
 */
interface DocColumns extends SyncColumns {
  instansiId: string;
  id: string;
  data: Json;
}
export type PengaturanKinerjaTable = DocColumns;
export interface PenilaiOverrideTable extends DocColumns {
  pegawaiId: string;
  unitId: string;
}
export interface RealisasiTable extends DocColumns {
  skpId: string;
  periode: string;
}
export interface LaporanHarianTable extends DocColumns {
  skpId: string;
  tanggal: string;
}
export interface UmpanBalikTable extends DocColumns {
  skpId: string;
}
export interface EvaluasiTable extends DocColumns {
  skpId: string;
  periode: string;
}
export interface PredikatOrganisasiTable extends DocColumns {
  unitId: string;
  tahun: number;
}

/** A bukti dukung file, content-addressed by the sha-256 of its bytes. */
export interface BuktiFileTable {
  instansiId: string;
  sha256: string;
  mime: string;
  ukuran: number;
  data: Buffer;
  createdAt: CreatedAt;
}

/** An issued print uploaded by a desk (issue 11). `data`: the canonical JSON as printed (jsonb). */
export interface PrintRegistryTable {
  instansiId: string;
  code: string;
  kind: string;
  docId: string;
  versi: number;
  hash: string;
  data: ColumnType<unknown, string, string>;
  printedAt: Date;
  uploadedByDevice: string | null;
  createdAt: CreatedAt;
}

export interface DeviceTable {
  instansiId: string;
  id: string;
  unitId: string;
  userId: string;
  name: string;
  /** SHA-256 of the random device secret (high entropy, so a fast hash suffices). */
  secretHash: string;
  createdAt: CreatedAt;
  lastSeenAt: Date | null;
  revokedAt: Date | null;
}

export interface AppliedCommandTable {
  instansiId: string;
  id: string;
  deviceId: string;
  /** The CommandOutcome returned the first time; replays get exactly this. */
  outcome: ColumnType<unknown, string, string>;
  appliedAt: CreatedAt;
}

/** One row per instansi: the lock that orders its writes, and the versions of its trees. */
export interface SyncHeadTable {
  instansiId: string;
  /**
   * Seq of the last change to the unit tree or to an account (what scope and permission checks
   * read), and to the jabatan graph: keys of the in-memory caches and of optimistic commands.
   */
  orgSeq: Int8;
  jabatanSeq: Int8;
}

/** A row left the scope it was in (moved unit, jabatan, ...), so devices that had it drop it. */
export interface ScopeExitTable {
  instansiId: string;
  seq: Int8;
  entity: string;
  entityId: string;
  fromUnitId: string | null;
  fromJabatanId: string | null;
}

export interface ServerSettingTable {
  key: string;
  value: string;
}

export interface ServerDatabase {
  instansi: InstansiTable;
  unitKerja: UnitKerjaTable;
  jabatan: JabatanTable;
  pegawai: PegawaiTable;
  user: UserTable;
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
  buktiFile: BuktiFileTable;
  printRegistry: PrintRegistryTable;
  device: DeviceTable;
  appliedCommand: AppliedCommandTable;
  syncHead: SyncHeadTable;
  scopeExit: ScopeExitTable;
  serverSetting: ServerSettingTable;
}
