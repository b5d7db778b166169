/**
 * The versioned wire format between a desk's sync engine and the central server (`server/`).
 * Both sides import these schemas, so a field cannot drift between them.
 *
 * Model: every local write is a command with a client-generated UUIDv7, recorded in the desk's
 * outbox in the same transaction as its local effect. Push sends commands in order; the server
 * re-executes each with the same `shared/domain` rules and the sender's permissions, exactly once
 * (idempotent by command id). Pull returns rows changed in the device's scope since a cursor
 * (the server's global sequence), paged; cursor '0' is the full snapshot, resumable page by page.
 */
import { z } from 'zod';
import { JENIS_JABATAN } from './domain/jabatan.js';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './domain/skp/berakhlak.js';
import type { SkpTemplate } from './domain/skp/template.js';
import { ASPEK_IKI, JENIS_INTERVENSI, JENIS_RHK, PENDEKATAN, SKP_ACTIONS, SKP_STATUSES, type Rhk, type Skp } from './domain/skp/types.js';
import type { ErrorCode, FieldIssue } from './result.js';
import { EVALUASI_COMMAND_ENTITY, EVALUASI_SYNC_ROWS } from './sync-rows-evaluasi.js';

export const SYNC_PROTOCOL_VERSION = 1;

const id = z.uuid();
const isoDate = z.iso.date();

// ---------------------------------------------------------------------------------------------
// SKP rows (issue 5), part of `syncRowSchemas` below. Shapes equal the domain types
// (shared/domain/skp/types.ts): indikator live inside the rhk row, perilaku, lampiran and riwayat
// inside the skp row, all as JSON.

const skpText = z.string().max(2000);
const targetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kuantitatif'), nilai: z.number().min(0).max(1e12), satuan: z.string().min(1).max(60) }),
  z.strictObject({ kind: z.literal('kualitatif'), teks: skpText }),
]);
const indikatorSchema = z.strictObject({ id, aspek: z.enum(ASPEK_IKI), teks: skpText, target: targetSchema, lowerIsBetter: z.boolean().optional() });
const lampiranSchema = z.strictObject({
  dukunganSumberDaya: z.array(z.string().max(1000)).max(50),
  skemaPertanggungjawaban: z.array(z.string().max(1000)).max(50),
  konsekuensi: z.array(z.string().max(1000)).max(50),
});
const delegasiSchema = z.strictObject({ penilaiPegawaiId: id, referensi: z.string().min(1).max(200) });
const isoDateTime = z.iso.datetime({ offset: true });

export const SKP_SYNC_ROWS = {
  skp: z.strictObject({
    id,
    pegawaiId: id,
    jabatanId: id,
    unitId: id,
    periode: z.strictObject({ tahun: z.int().min(2000).max(2100), mulai: isoDate, selesai: isoDate }),
    pendekatan: z.enum(PENDEKATAN),
    status: z.enum(SKP_STATUSES),
    versi: z.int().min(1),
    previousVersionId: id.nullable(),
    penilai: z
      .strictObject({
        penilaiPegawaiId: id.nullable(),
        penilaiJabatanId: id.nullable(),
        atasanPenilaiPegawaiId: id.nullable(),
        atasanPenilaiJabatanId: id.nullable(),
      })
      .nullable(),
    perilaku: z.array(z.strictObject({ nilai: z.enum(NILAI_BERAKHLAK as [NilaiBerakhlak, ...NilaiBerakhlak[]]), ekspektasiKhusus: skpText })).max(7),
    lampiran: lampiranSchema,
    returnNote: skpText.nullable(),
    approvedAt: isoDateTime.nullable(),
    approvedByUserId: id.nullable(),
    delegasi: delegasiSchema.nullable(),
    riwayat: z
      .array(
        z.strictObject({
          at: isoDateTime,
          action: z.enum(SKP_ACTIONS),
          from: z.enum(SKP_STATUSES),
          to: z.enum(SKP_STATUSES),
          actorUserId: id,
          delegasi: delegasiSchema.nullable(),
          catatan: skpText.nullable(),
          commandId: id.nullable().optional(),
          keyVersion: z.int().min(1).max(10_000).nullable().optional(),
        }),
      )
      .max(500),
  }) satisfies z.ZodType<Skp>,
  rhk: z.strictObject({
    id,
    skpId: id,
    jenis: z.enum(JENIS_RHK),
    urutan: z.int().min(1).max(100),
    teks: z.string().min(1).max(2000),
    intervensiRhkId: id.nullable(),
    jenisIntervensi: z.enum(JENIS_INTERVENSI).nullable(),
    intervensiPerjanjianKinerja: skpText.nullable(),
    perspektif: z.string().max(200).nullable(),
    returnNote: skpText.nullable(),
    asalRhkId: id.nullable(),
    indikator: z.array(indikatorSchema).max(8),
  }) satisfies z.ZodType<Rhk>,
  skp_template: z.strictObject({
    id,
    jabatanId: id,
    pendekatan: z.enum(PENDEKATAN),
    rhk: z
      .array(
        z.strictObject({
          jenis: z.enum(JENIS_RHK),
          teks: z.string().min(1).max(2000),
          perspektif: z.string().max(200).nullable(),
          indikator: z.array(indikatorSchema).max(8),
        }),
      )
      .max(100),
    lampiran: lampiranSchema,
    updatedAt: isoDateTime,
  }) satisfies z.ZodType<SkpTemplate>,
} as const;

/**
 * SKP command names -> entity. Upserts carry the whole row. `rhk/delete` carries `{ id }` only
 * (`rhkDeletePayloadSchema`); its dependants' re-links travel first as `rhk/upsert` commands, and
 * the server refuses the delete while any RHK still intervenes it (no dangling links).
 */
export const SKP_COMMAND_ENTITY = {
  'skp/upsert': 'skp',
  'rhk/upsert': 'rhk',
  'rhk/delete': 'rhk',
  'skpTemplate/upsert': 'skp_template',
} as const satisfies Record<string, keyof typeof SKP_SYNC_ROWS>;
export type SkpCommandName = keyof typeof SKP_COMMAND_ENTITY;
export const rhkDeletePayloadSchema = z.strictObject({ id });

/**
 * One version of an account's Ed25519 signing key (public half, raw 32 bytes as base64url, the
 * JWK `x`). Provisional keys were made from a password someone other than the owner may know
 * (an admin set it): the server refuses SKP approvals and returns signed with one.
 */
export const signingKeySchema = z.strictObject({
  version: z.int().min(1).max(10_000),
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  provisional: z.boolean(),
});
export type SigningKey = z.infer<typeof signingKeySchema>;

/**
 * The private half of key `keyVersion`, AES-256-GCM-encrypted under a key derived from the
 * account's password with argon2id (`salt`); `data` is ciphertext + 16-byte tag, base64.
 */
export const wrappedKeySchema = z.strictObject({
  keyVersion: z.int().min(1).max(10_000),
  salt: z.string().min(16).max(64),
  iv: z.string().min(16).max(32),
  data: z.string().min(40).max(200),
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

/** Synced row shapes (camelCase, as the desk's repositories hold them). */
export const syncRowSchemas = {
  instansi: z.strictObject({ id, kode: z.string().min(1).max(40), nama: z.string().min(1).max(200), isDemo: z.boolean() }),
  unit_kerja: z.strictObject({ id, instansiId: id, parentId: id.nullable(), kode: z.string().min(1).max(40), nama: z.string().min(1).max(200) }),
  jabatan: z.strictObject({
    id,
    unitId: id,
    kode: z.string().min(1).max(40),
    nama: z.string().min(1).max(200),
    jenis: z.enum(JENIS_JABATAN),
    atasanJabatanId: id.nullable(),
    kelas: z.int().min(1).max(17).nullable(),
  }),
  pegawai: z.strictObject({
    id,
    nip: z.string().min(1).max(40),
    gelarDepan: z.string().max(60),
    nama: z.string().min(1).max(120),
    gelarBelakang: z.string().max(60),
    jenisAsn: z.enum(['PNS', 'PPPK']),
    golongan: z.string().min(1).max(10),
    jabatanId: id.nullable(),
    unitId: id,
    tmtMulai: isoDate.nullable(),
    tmtSelesai: isoDate.nullable(),
  }),
  user: z.strictObject({
    id,
    nip: z.string().min(1).max(40),
    nama: z.string().min(1).max(120),
    roles: z.array(z.enum(['admin', 'operator', 'pegawai'])).min(1).max(3),
    unitId: id,
    pegawaiId: id.nullable(),
    aktif: z.boolean(),
    /**
     * argon2id PHC string; accounts must sign in on every desk of the unit. Null in a user stub
     * (an account outside the desk's scope, see USER_PRIVATE_FIELDS): a stub cannot sign in.
     */
    passwordHash: z.string().min(1).max(400).nullable(),
    /** Every public key the account ever had, oldest first (see SigningKey). Append-only. */
    signingKeys: z.array(signingKeySchema).max(200),
    /** The newest key's private half, wrapped with the account's password; null in a stub. */
    wrappedKey: wrappedKeySchema.nullable(),
  }),
  ...SKP_SYNC_ROWS,
  ...EVALUASI_SYNC_ROWS,
} as const;

export type SyncEntity = keyof typeof syncRowSchemas;

export type SyncRow<E extends SyncEntity> = z.infer<(typeof syncRowSchemas)[E]>;

/**
 * User fields that only the account's own scope may hold: a user stub (an account a desk only
 * needs to name, outside its scope) carries them as null. Never the password hash or wrapped key
 * outside the scope.
 */
export const USER_PRIVATE_FIELDS = ['passwordHash', 'wrappedKey'] as const satisfies readonly (keyof SyncRow<'user'>)[];

/** Command names the server executes, each bound to the entity whose row it upserts (or, for `rhk/delete`, removes). */
export const COMMAND_ENTITY = {
  'instansi/upsert': 'instansi',
  'unit/upsert': 'unit_kerja',
  'jabatan/upsert': 'jabatan',
  'pegawai/upsert': 'pegawai',
  'user/upsert': 'user',
  /** The owner's own password change: the whole row, differing only in hash, a new key and its wrapping. */
  'user/changePassword': 'user',
  ...SKP_COMMAND_ENTITY,
  ...EVALUASI_COMMAND_ENTITY,
} as const satisfies Record<string, SyncEntity>;
export type CommandName = keyof typeof COMMAND_ENTITY;


export const pushCommandSchema = z.strictObject({
  id,
  name: z.enum(Object.keys(COMMAND_ENTITY) as [CommandName, ...CommandName[]]),
  entityId: id,
  /** The row after the edit; validated by the server against `syncRowSchemas[entity]`. */
  payload: z.unknown(),
  /** The server version of the row this edit was made on; null for a row the server has not seen. */
  baseVersion: z.int().min(0).nullable(),
  /** The account that made the edit on the desk (its permissions are checked again). */
  actorUserId: id.nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  /** The version of the actor's signing key that signed; null (refused) when the desk had no key. */
  keyVersion: z.int().min(1).max(10_000).nullable(),
  /** Ed25519 signature (base64) of `commandSigningText` (shared/signing.ts); null is refused. */
  signature: z.string().min(1).max(200).nullable(),
});
export type PushCommand = z.infer<typeof pushCommandSchema>;

export const MAX_PUSH_COMMANDS = 500;
export const pushRequestSchema = z.strictObject({
  protocol: z.literal(SYNC_PROTOCOL_VERSION),
  commands: z.array(pushCommandSchema).min(1).max(MAX_PUSH_COMMANDS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export type CommandOutcome =
  | { id: string; status: 'accepted'; version: number; seq: string }
  | {
      id: string;
      status: 'rejected';
      /** Stable code (see shared/result.ts ERROR_MESSAGES and 'STALE' for a version conflict). */
      code: string;
      /** Indonesian, shown to the person who made the edit. */
      message: string;
      /** The server's current row when the edit lost a conflict, so both texts can be shown. */
      current?: unknown;
      currentVersion?: number;
    };
export type PushResponse = { outcomes: CommandOutcome[] };

export const pullQuerySchema = z.strictObject({
  /** Server sequence already applied by the desk, as a decimal string ('0' = snapshot from scratch). */
  cursor: z.string().regex(/^\d{1,19}$/),
  limit: z.coerce.number().int().min(1).max(5000),
});

export type PulledChange = {
  entity: SyncEntity;
  id: string;
  version: number;
  seq: string;
  /** The row, or null when it was deleted on the server. */
  row: unknown;
  /** True for rows outside the device's writable scope (e.g. the atasan chain above the unit). */
  readOnly: boolean;
  /**
   * True for a row outside the device's scope sent only because a row in scope refers to it
   * (scope closure; always read-only). The desk drops it once nothing it holds refers to it.
   */
  closure?: boolean;
};
export type PullResponse = { changes: PulledChange[]; cursor: string; hasMore: boolean };

export const enrollRequestSchema = z.strictObject({
  nip: z.string().min(1).max(40),
  password: z.string().min(1).max(200),
  deviceName: z.string().min(1).max(120),
});
export type EnrollResponse = { deviceId: string; deviceSecret: string; instansiId: string; unitId: string };

export const tokenRequestSchema = z.strictObject({ deviceId: id, deviceSecret: z.string().min(20).max(200) });
export type TokenResponse = { accessToken: string; expiresInSeconds: number };

/** The stored/returned outcome of one command, as a schema so either side can check what it reads. */
export const commandOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({ id, status: z.literal('accepted'), version: z.int().min(1), seq: z.string().regex(/^\d{1,19}$/) }),
  z.strictObject({
    id,
    status: z.literal('rejected'),
    code: z.string().min(1),
    message: z.string(),
    current: z.unknown().optional(),
    currentVersion: z.int().min(0).optional(),
  }),
]) satisfies z.ZodType<CommandOutcome>;

/** Codes only the sync API uses (shared codes and messages are in shared/result.ts). */
export const SYNC_ERROR_MESSAGES = {
  STALE: 'Data ini sudah diubah di perangkat lain sejak terakhir Anda ambil. Periksa kedua versinya.',
  TOKEN_EXPIRED: 'Token akses sudah kedaluwarsa. Minta token baru.',
  DEVICE_REVOKED: 'Akses perangkat ini sudah dicabut. Daftarkan ulang perangkat ini.',
  DEVICE_ACCOUNT_INACTIVE:
    'Akun yang mendaftarkan perangkat ini sudah nonaktif atau tidak lagi berperan operator/admin, sehingga perangkat ini tidak dapat sinkronisasi. Daftarkan ulang perangkat ini dengan akun operator atau admin yang aktif.',
  RATE_LIMITED: 'Terlalu banyak permintaan. Coba lagi sebentar lagi.',
  REPLAYED_ELSEWHERE: 'Perintah ini sudah pernah dikirim dari perangkat lain; tidak ada yang diubah.',
  BAD_SIGNATURE: 'Tanda tangan perubahan ini tidak sah atau kunci penandatangannya tidak dikenal server; perubahan tidak diterapkan.',
  PROVISIONAL_KEY: 'Perubahan ini ditandatangani dengan kunci dari kata sandi yang ditetapkan admin. Ubah kata sandi Anda dahulu (hanya itu yang boleh ditandatangani kunci sementara), lalu ulangi langkah ini.',
  NOT_OWNER: 'Kata sandi akun hanya dapat diubah oleh pemilik akun itu sendiri.',
  BOOTSTRAP_DISABLED: 'Pendaftaran instansi baru dari aplikasi meja tidak diaktifkan di server ini.',
} as const;
export type SyncErrorCode = keyof typeof SYNC_ERROR_MESSAGES;

/** Every error the sync API answers with (HTTP status >= 400). */
export type SyncErrorBody = {
  ok: false;
  error: { code: ErrorCode | SyncErrorCode; message: string; issues?: FieldIssue[] };
};

/**
 * A desk that ran standalone and connects to a server that does not know its instansi yet: it
 * uploads the instansi, its top unit and its admin account (with the admin's pegawai row when the
 * account is linked to one), with the server's bootstrap secret, and is enrolled in the same step.
 */
export const bootstrapRequestSchema = z.strictObject({
  bootstrapSecret: z.string().min(1).max(200),
  instansi: syncRowSchemas.instansi,
  unit: syncRowSchemas.unit_kerja,
  user: syncRowSchemas.user,
  pegawai: syncRowSchemas.pegawai.nullable().optional(),
  deviceName: z.string().min(1).max(120),
});
export type BootstrapRequest = z.infer<typeof bootstrapRequestSchema>;

/** How long an access token lives; the desk asks for a new one before that. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

/** One enrolled device as an admin sees it (`GET /v1/devices`). */
export type DeviceInfo = {
  id: string;
  name: string;
  unitId: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
};
