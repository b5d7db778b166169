/**
 * The one typed contract between the renderer and the core: every call `area/verb` with its
 * argument schema (zod, strict: unknown fields are refused) and its result type, and every event
 * the core pushes. Preload, IPC, the browser-mode HTTP host and the handlers all use this file;
 * a channel name is written nowhere else.
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
  Pegawai,
  PegawaiDetail,
  PegawaiRow,
  ProgressEvent,
  SessionInfo,
  UnitKerja,
  UserAccount,
  SyncStatus,
  SyncConflict,
  MergePreview,
} from './entities.js';

const id = z.uuid();
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max);
/** NIP is checked in depth by the service (shared/domain/nip); here only its outer shape. */
const nip = z.string().trim().min(1).max(40);
const password = z.string().min(8).max(200);
const role = z.enum(['admin', 'operator', 'pegawai']);
const jenisAsn = z.enum(['PNS', 'PPPK']);
const isoDate = z.iso.date();
const empty = z.strictObject({});

/** 50 MB spreadsheets are the largest accepted; base64 grows by 4/3. */
export const MAX_SHEET_BYTES = 50 * 1024 * 1024;
const base64File = z.string().max(Math.ceil((MAX_SHEET_BYTES * 4) / 3) + 4);

export const argSchemas = {
  'app/info': empty,

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

  'users/list': empty,
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

  'sync/status': empty,
  'sync/now': empty,
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

export type Channel = keyof typeof argSchemas;
export type ArgsOf<C extends Channel> = z.input<(typeof argSchemas)[C]>;
export type ParsedArgsOf<C extends Channel> = z.output<(typeof argSchemas)[C]>;

/** What each channel returns inside `Result.value`. */
export type ResultOf<C extends Channel> = ChannelResults[C];

export type ChannelResults = {
  'app/info': AppInfo;
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
  'users/list': UserAccount[];
  'users/save': UserAccount;
  'audit/list': AuditEntry[];
  'sheets/template': FileDownload;
  'sheets/export': FileDownload;
  'sheets/preview': ImportPreview;
  'sheets/commit': ImportSummary;
  'sync/status': SyncStatus;
  'sync/now': SyncStatus;
  'sync/connect': SyncStatus;
  'sync/connectPreview': MergePreview;
  'sync/conflicts': SyncConflict[];
  'sync/resolveConflict': null;
};

/** Channels callable without a session (everything else needs a signed-in user). */
export const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app/info',
  'setup/init',
  'setup/loadDemo',
  'auth/signIn',
  // Public so a new, empty desk can join its unit from the setup screen; with local data the
  // service requires a signed-in admin.
  'sync/connect',
]);

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(argSchemas, name);
}

/** Events the core pushes to the renderer. */
export type EventPayloads = {
  progress: ProgressEvent;
  'session/expired': { reason: 'idle' | 'signed-out' };
  /** `fromSync`: the change came from the server (does not itself trigger another push). */
  'data/changed': { entities: string[]; fromSync?: boolean };
  'sync/status': SyncStatus;
};
export type EventName = keyof EventPayloads;
export type CoreEvent = { [E in EventName]: { name: E; payload: EventPayloads[E] } }[EventName];

export { IPC_INVOKE, IPC_EVENT, HTTP_INVOKE_PATH, HTTP_EVENTS_PATH } from './transport.js';

// Compile-time check: results and schemas name the same channels.
type _SameKeys = [Exclude<Channel, keyof ChannelResults>, Exclude<keyof ChannelResults, Channel>] extends [never, never] ? true : never;
export const CONTRACT_IS_COMPLETE: _SameKeys = true;
