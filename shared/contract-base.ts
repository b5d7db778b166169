/**
 * The base channel groups of the contract: app and recovery, first setup, sign-in, organisation
 * (units, jabatan), pegawai, accounts, audit, spreadsheet import/export, jobs and sync. Joined with
 * the other groups in contract.ts, which is what callers import.
 */
import { z } from 'zod';
import { JENIS_JABATAN } from './domain/jabatan.js';
import type {
  AppInfo,
  AuditEntry,
  FileDownload,
  ImportPreview,
  ImportSummary,
  JabatanRow,
  Jabatan,
  MergePreview,
  Pegawai,
  PegawaiDetail,
  PegawaiRow,
  RecoveryInfo,
  SessionInfo,
  SyncConflict,
  SyncStatus,
  UnitKerja,
  UserAccount,
  UserListRow,
} from './entities.js';
import { PEGAWAI_SORT } from './entities.js';
import { empty, id, isoDate, optionalText, text } from './contract-fields.js';

/** NIP is checked in depth by the service (shared/domain/nip); here only its outer shape. */
const nip = z.string().trim().min(1).max(40);
/** The shortest password any account may get (the UI checks it beside the field too). */
export const PASSWORD_MIN_LENGTH = 8;
const password = z.string().min(PASSWORD_MIN_LENGTH).max(200);
const role = z.enum(['admin', 'operator', 'pegawai']);
const jenisAsn = z.enum(['PNS', 'PPPK']);

/** 50 MB spreadsheets are the largest accepted; base64 grows by 4/3. */
export const MAX_SHEET_BYTES = 50 * 1024 * 1024;
const base64File = z.string().max(Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 4);

export const baseArgSchemas = {
  'app/info': empty,
  'recovery/status': empty,
  'recovery/restore': z.strictObject({ id: z.string().min(1).max(200) }),

  'setup/init': z.strictObject({
    instansi: z.strictObject({ kode: text(40), nama: text(200) }),
    unit: z.strictObject({ kode: text(40), nama: text(200) }),
    admin: z.strictObject({
      nip,
      jenisAsn,
      gelarDepan: optionalText(60),
      nama: text(120),
      gelarBelakang: optionalText(60),
      golongan: text(10),
      password,
    }),
  }),
  'setup/loadDemo': z.strictObject({ pegawaiCount: z.int().min(5).max(20000) }),

  'auth/signIn': z.strictObject({ nip, password: z.string().min(1).max(200) }),
  'auth/signOut': empty,
  'auth/me': empty,
  'auth/changePassword': z.strictObject({ oldPassword: z.string().min(1).max(200), newPassword: password }),

  'org/units': empty,
  'org/unitSave': z.strictObject({
    id: id.optional(),
    parentId: id.nullable(),
    kode: text(40),
    nama: text(200),
  }),
  'org/jabatanList': z.strictObject({ unitId: id.optional(), query: optionalText(100).optional() }),
  'org/jabatanSave': z.strictObject({
    id: id.optional(),
    unitId: id,
    kode: text(40),
    nama: text(200),
    jenis: z.enum(JENIS_JABATAN),
    atasanJabatanId: id.nullable(),
    kelas: z.int().min(1).max(17).nullable(),
  }),

  'pegawai/search': z.strictObject({
    query: optionalText(100),
    unitId: id.optional(),
    jenisAsn: jenisAsn.optional(),
    aktif: z.boolean().optional(),
    offset: z.int().min(0).max(1_000_000),
    limit: z.int().min(1).max(500),
    /** Order of the list; by name when absent. */
    sort: z.enum(PEGAWAI_SORT).optional(),
    desc: z.boolean().optional(),
  }),
  'pegawai/get': z.strictObject({ id }),
  'pegawai/save': z.strictObject({
    id: id.optional(),
    nip,
    gelarDepan: optionalText(60),
    nama: text(120),
    gelarBelakang: optionalText(60),
    jenisAsn,
    golongan: text(10),
    jabatanId: id.nullable(),
    unitId: id,
    tmtMulai: isoDate.nullable(),
    tmtSelesai: isoDate.nullable(),
  }),

  /** Pengguna: every word of `query` in name or NIP, any order; `unitId` takes its sub-units too. */
  'users/list': z.strictObject({
    query: optionalText(100).optional(),
    unitId: id.optional(),
    offset: z.int().min(0).max(1_000_000).default(0),
    limit: z.int().min(1).max(500).default(100),
  }),
  'users/save': z.strictObject({
    id: id.optional(),
    nip,
    nama: text(120),
    roles: z.array(role).min(1).max(3),
    unitId: id,
    aktif: z.boolean(),
    /** Required for a new account; for an existing one, sets a new password. */
    password: password.optional(),
  }),

  'audit/list': z.strictObject({ entityId: id.optional(), limit: z.int().min(1).max(500) }),

  'sheets/template': empty,
  'sheets/export': empty,
  'sheets/preview': z.strictObject({ fileName: text(255), base64: base64File }),
  'sheets/commit': z.strictObject({ previewId: id }),
  /** Stops a long job of the caller (its id comes with its `progress` events); nothing it did stays. */
  'jobs/cancel': z.strictObject({ jobId: id }),

  'sync/status': empty,
  /** Admins: the one data problem this desk has with what the server sent (parked rows), if any. */
  'sync/problem': empty,
  'sync/now': empty,
  /** The window saw the network come back (the browser's `online` event): retry at once. */
  'sync/networkReturned': empty,
  'sync/connect': z.strictObject({
    serverUrl: z.url({ protocol: /^https?$/ }).max(300),
    nip,
    password: z.string().min(1).max(200),
    deviceName: text(120),
    bootstrapSecret: z.string().min(1).max(200).optional(),
    /** Carry out the merge shown by `sync/connectPreview` (a desk with data, a server that has its instansi). */
    confirmMerge: z.boolean().optional(),
  }),
  'sync/connectPreview': z.strictObject({
    serverUrl: z.url({ protocol: /^https?$/ }).max(300),
    nip,
    password: z.string().min(1).max(200),
    deviceName: text(120),
  }),
  'sync/conflicts': empty,
  'sync/resolveConflict': z.strictObject({ id, choice: z.enum(['mine', 'theirs']) }),
} as const;

export type BaseChannelResults = {
  'app/info': AppInfo;
  'recovery/status': RecoveryInfo;
  'recovery/restore': RecoveryInfo;
  'setup/init': SessionInfo;
  'setup/loadDemo': SessionInfo & { demoPassword: string };
  'auth/signIn': SessionInfo;
  'auth/signOut': null;
  'auth/me': SessionInfo;
  'auth/changePassword': null;
  'org/units': UnitKerja[];
  'org/unitSave': UnitKerja;
  'org/jabatanList': JabatanRow[];
  'org/jabatanSave': Jabatan;
  'pegawai/search': { total: number; rows: PegawaiRow[] };
  'pegawai/get': PegawaiDetail;
  'pegawai/save': Pegawai;
  'users/list': { total: number; rows: UserListRow[] };
  'users/save': UserAccount;
  'audit/list': AuditEntry[];
  'sheets/template': FileDownload;
  'sheets/export': FileDownload;
  'sheets/preview': ImportPreview;
  'sheets/commit': ImportSummary;
  /** False when the job had already ended (or is not the caller's). */
  'jobs/cancel': { cancelled: boolean };
  'sync/status': SyncStatus;
  'sync/problem': { message: string | null };
  'sync/now': SyncStatus;
  'sync/networkReturned': null;
  'sync/connect': SyncStatus;
  'sync/connectPreview': MergePreview;
  'sync/conflicts': SyncConflict[];
  'sync/resolveConflict': null;
};
