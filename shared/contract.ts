/**
 * The one typed contract between the renderer and the core: every call `area/verb` with its
 * argument schema (zod, strict: unknown fields are refused) and its result type, and every event
 * the core pushes. Preload, IPC, the browser-mode HTTP host and the handlers all use this file;
 * a channel name is written nowhere else.
 */
import { z } from 'zod';
import { JENIS_JABATAN } from './domain/jabatan.js';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './domain/skp/berakhlak.js';
import { PETA_DEPTH } from './domain/skp/peta.js';
import { SKP_RULES } from './domain/skp/rules.js';
import { ASPEK_IKI, JENIS_INTERVENSI, JENIS_RHK, PENDEKATAN, SKP_STATUSES } from './domain/skp/types.js';
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
  RecoveryInfo,
  SessionInfo,
  UnitKerja,
  UserAccount,
  SyncStatus,
  SyncConflict,
  MergePreview,
  AtasanRhkPicker,
  BulkSkpResult,
  PetaCascading,
  ReadinessBoard,
  SkpDetail,
  SkpSummary,
  SkpTemplateView,
  SkpVersionInfo,
  UserListRow,
} from './entities.js';
import { INBOX_TABS, type InboxCounts } from './home.js';
import { empty, id, isoDate, optionalText, tahun } from './contract-fields.js';
import { accountArgSchemas, type AccountChannelResults } from './contract-accounts.js';
import { homeArgSchemas, type HomeChannelResults } from './contract-home.js';
import { recordsArgSchemas, type RecordsChannelResults } from './contract-records.js';
import { evaluasiArgSchemas, type EvaluasiChannelResults } from './contract-evaluasi.js';
import { printArgSchemas, type PrintChannelResults } from './contract-print.js';
import { tppArgSchemas, type TppChannelResults } from './contract-tpp.js';
import { rekapArgSchemas, type RekapChannelResults } from './contract-rekap.js';

export { accountArgSchemas, PASSWORD_CHANGE_CHANNELS } from './contract-accounts.js';
export { homeArgSchemas } from './contract-home.js';
export { evaluasiArgSchemas } from './contract-evaluasi.js';
export { tppArgSchemas, pengaturanTppSchema } from './contract-tpp.js';
export { JENIS_REKAP, JENIS_REKAP_LABEL, rekapArgSchemas, type JenisRekap } from './contract-rekap.js';
export { MAX_AUDIT_EXPORT, recordsArgSchemas } from './contract-records.js';
export { MAX_VERIFY_PDF_BYTES, printArgSchemas } from './contract-print.js';
import { PEGAWAI_SORT, SKP_SORT } from './entities.js';

const text = (max: number) => z.string().trim().min(1).max(max);
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

const baseArgSchemas = {
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

// ---------------------------------------------------------------------------------------------
// SKP channels (issue 5).

const periode = z.strictObject({ tahun, mulai: isoDate, selesai: isoDate });
const skpText = text(SKP_RULES.maxTeks);
const catatan = text(SKP_RULES.maxCatatan);
const target = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kuantitatif'), nilai: z.number().min(0).max(1e12), satuan: text(60) }),
  z.strictObject({ kind: z.literal('kualitatif'), teks: skpText }),
]);
/** An indikator; `id` absent for a new one (the core makes it). */
const indikator = z.strictObject({
  id: id.optional(),
  aspek: z.enum(ASPEK_IKI),
  teks: skpText,
  target,
  /** "Lower is better" (complaints, days late): capaian is inverted (issue 10). */
  lowerIsBetter: z.boolean().optional(),
});
const indikatorList = z.array(indikator).min(1).max(SKP_RULES.maxIndikatorPerRhk);
const lampiranList = z.array(text(1000)).max(SKP_RULES.maxLampiranItems);
const lampiran = z.strictObject({ dukunganSumberDaya: lampiranList, skemaPertanggungjawaban: lampiranList, konsekuensi: lampiranList });
const perilaku = z
  .array(z.strictObject({ nilai: z.enum(NILAI_BERAKHLAK as [NilaiBerakhlak, ...NilaiBerakhlak[]]), ekspektasiKhusus: optionalText(SKP_RULES.maxTeks) }))
  .length(NILAI_BERAKHLAK.length)
  .refine((rows) => new Set(rows.map((r) => r.nilai)).size === rows.length, { message: 'Setiap nilai BerAKHLAK hanya sekali.' });
/** An operator acting for the pejabat penilai names the penilai and the instruction (recorded). */
const delegasi = z.strictObject({ penilaiPegawaiId: id, referensi: text(200) });
/** The row revision the edit was made on (`rowVersion` from skp/get); a stale one is refused. */
const baseVersion = z.int().min(0);
const perspektif = optionalText(200).nullable();
const rhkTemplate = z.strictObject({ jenis: z.enum(JENIS_RHK), teks: skpText, perspektif, indikator: indikatorList });
const page = { offset: z.int().min(0).max(1_000_000), limit: z.int().min(1).max(500) };

export const skpArgSchemas = {
  /** SKP of the actor's scope; filters combine. */
  'skp/list': z.strictObject({
    tahun,
    unitId: id.optional(),
    /** One pegawai's SKP; narrows the caller's reach, never widens it (others' ids give an empty list). */
    pegawaiId: id.optional(),
    status: z.array(z.enum(SKP_STATUSES)).min(1).max(SKP_STATUSES.length).optional(),
    /** Only SKP with UTAMA RHK still waiting for their atasan RHK. */
    menunggu: z.boolean().optional(),
    query: optionalText(100).optional(),
    ...page,
    /** Order of the list; by pegawai name when absent. */
    sort: z.enum(SKP_SORT).optional(),
    desc: z.boolean().optional(),
  }),
  'skp/get': z.strictObject({ id }),
  /** New draft for the pegawai's current jabatan; `dariTemplat` starts from the jabatan's template. */
  'skp/create': z.strictObject({ pegawaiId: id, periode, pendekatan: z.enum(PENDEKATAN), dariTemplat: z.boolean().optional() }),
  /** Header, perilaku (ekspektasi khusus pimpinan) and/or lampiran; at least one part. */
  'skp/update': z
    .strictObject({
      id,
      baseVersion,
      periode: periode.optional(),
      pendekatan: z.enum(PENDEKATAN).optional(),
      perilaku: perilaku.optional(),
      lampiran: lampiran.optional(),
      /**
       * Changing `pendekatan` while RHK exist invalidates every target: the call is refused unless
       * it says what happens to them — 'convert' each target to the new kind, or 'clear' them.
       */
      konversiTarget: z.enum(['convert', 'clear']).optional(),
    })
    .refine((a) => a.periode !== undefined || a.pendekatan !== undefined || a.perilaku !== undefined || a.lampiran !== undefined, {
      message: 'Tidak ada bagian SKP yang diubah.',
    }),
  /** Create (no `id`) or edit one RHK with its indikator. Links are set with rhk/link. */
  'rhk/save': z.strictObject({
    id: id.optional(),
    skpId: id,
    /** Required when `id` is given. */
    baseVersion: baseVersion.optional(),
    jenis: z.enum(JENIS_RHK),
    /** Position within its jenis group; absent = at the end / unchanged. */
    urutan: z.int().min(1).max(SKP_RULES.maxRhk).optional(),
    teks: skpText,
    /** Head of the unit only: the Perjanjian Kinerja / organisational goal served. */
    intervensiPerjanjianKinerja: optionalText(SKP_RULES.maxTeks).nullable(),
    perspektif,
    indikator: indikatorList,
  }),
  /** Refused while other RHK intervene it, unless `pindahKeRhkId` (same SKP) takes over their links. */
  'rhk/delete': z.strictObject({ id, pindahKeRhkId: id.nullable() }),
  /** Set or clear the atasan RHK this RHK intervenes. */
  'rhk/link': z
    .strictObject({ id, intervensiRhkId: id.nullable(), jenisIntervensi: z.enum(JENIS_INTERVENSI).nullable() })
    .refine((a) => (a.intervensiRhkId === null) === (a.jenisIntervensi === null), {
      message: 'Jenis intervensi diisi tepat bila RHK atasan dipilih.',
      path: ['jenisIntervensi'],
    }),
  'skp/submit': z.strictObject({ id }),
  'skp/approve': z.strictObject({ id, delegasi: delegasi.nullable() }),
  /** At least one note (whole SKP or per RHK) — the domain refuses a return without one. */
  'skp/return': z.strictObject({
    id,
    catatan: catatan.nullable(),
    catatanRhk: z.array(z.strictObject({ rhkId: id, catatan })).max(SKP_RULES.maxRhk),
    delegasi: delegasi.nullable(),
  }),
  /** Opens a new draft version of an approved SKP; the old version is kept. */
  'skp/startPerubahan': z.strictObject({ id }),
  /** Every version of the chain the given SKP belongs to. */
  'skp/versions': z.strictObject({ id }),
  /** The picker for one RHK of SKP `skpId`: the pejabat penilai's RHK matching `query`. */
  'skp/atasanRhkOptions': z.strictObject({ skpId: id, query: optionalText(100), limit: z.int().min(1).max(200) }),
  /**
   * Persetujuan: submitted SKP, newest version only, never the caller's own. Tab `menungguSaya`:
   * where the caller holds the pejabat penilai's jabatan; `diUnitSaya` (operators/admins): every
   * one in their units. `query` (name/NIP) and `unitId` (its subtree) narrow the page and `total`.
   */
  'skp/inbox': z.strictObject({
    tahun: tahun.optional(),
    tab: z.enum(INBOX_TABS).default('menungguSaya'),
    query: optionalText(100).optional(),
    unitId: id.optional(),
    offset: page.offset.default(0),
    limit: page.limit.default(50),
  }),
  'skp/readiness': z.strictObject({ tahun, unitId: id.optional() }),
  /**
   * depth: levels below the root(s) shown at once (a 10,000-pegawai unit is opened level by level);
   * totals: also count the summary over the caller's whole reach (slower: asked for on its own).
   */
  'skp/peta': z.strictObject({
    tahun,
    unitId: id.optional(),
    rootJabatanId: id.optional(),
    depth: z.int().min(0).max(PETA_DEPTH.max).optional(),
    totals: z.boolean().optional(),
  }),
  /** Operators: a draft for each pegawai copied from their SKP of `dariTahun` (links cleared). */
  'skp/copyLastPeriod': z.strictObject({ pegawaiIds: z.array(id).min(1).max(500), dariTahun: tahun, periode }),
  'skp/templateGet': z.strictObject({ jabatanId: id }),
  'skp/templateSave': z.strictObject({
    jabatanId: id,
    pendekatan: z.enum(PENDEKATAN),
    rhk: z.array(rhkTemplate).max(SKP_RULES.maxRhk),
    lampiran,
  }),
  /** Operators: add one RHK to the editable SKP of `tahun` of the jabatan's holders (all, or those listed). */
  'skp/applyRhkToMany': z.strictObject({ jabatanId: id, tahun, rhk: rhkTemplate, pegawaiIds: z.array(id).min(1).max(5000).optional() }),
} as const;

export const argSchemas = {
  ...baseArgSchemas,
  ...skpArgSchemas,
  ...homeArgSchemas,
  ...recordsArgSchemas,
  ...accountArgSchemas,
  ...evaluasiArgSchemas,
  ...printArgSchemas,
  ...tppArgSchemas,
  ...rekapArgSchemas,
} as const;

type SkpChannelResults = {
  'skp/list': { total: number; rows: SkpSummary[] };
  'skp/get': SkpDetail;
  'skp/create': SkpDetail;
  'skp/update': SkpDetail;
  'rhk/save': SkpDetail;
  'rhk/delete': SkpDetail;
  'rhk/link': SkpDetail;
  'skp/submit': SkpDetail;
  'skp/approve': SkpDetail;
  'skp/return': SkpDetail;
  /** The new version. */
  'skp/startPerubahan': SkpDetail;
  'skp/versions': SkpVersionInfo[];
  'skp/atasanRhkOptions': AtasanRhkPicker;
  /** `counts`: every tab's total for `tahun` without query/unit (the same as the Beranda counts). */
  'skp/inbox': { total: number; rows: SkpSummary[]; counts: InboxCounts };
  'skp/readiness': ReadinessBoard;
  'skp/peta': PetaCascading;
  'skp/copyLastPeriod': BulkSkpResult;
  'skp/templateGet': SkpTemplateView | null;
  'skp/templateSave': SkpTemplateView;
  'skp/applyRhkToMany': BulkSkpResult;
};

export type Channel = keyof typeof argSchemas;
export type ArgsOf<C extends Channel> = z.input<(typeof argSchemas)[C]>;
export type ParsedArgsOf<C extends Channel> = z.output<(typeof argSchemas)[C]>;

/** What each channel returns inside `Result.value`. */
export type ResultOf<C extends Channel> = ChannelResults[C];

export type ChannelResults = SkpChannelResults &
  HomeChannelResults &
  RecordsChannelResults &
  AccountChannelResults &
  EvaluasiChannelResults &
  PrintChannelResults &
  TppChannelResults &
  RekapChannelResults & {
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

/** Channels callable without a session (everything else needs a signed-in user). */
export const PUBLIC_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'app/info',
  // The recovery screen shows before anyone can sign in (the database did not open); restoring
  // is refused unless a migration failed at this start.
  'recovery/status',
  'recovery/restore',
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
