/**
 * The envelope every call across a boundary (IPC, HTTP, sync) returns. Nothing throws across a
 * boundary: failures travel as stable codes with an Indonesian message the UI can show as is.
 *
 * @example
 * const r = await api.invoke('pegawai/get', { id });
 * if (!r.ok) notify(r.error.message); else show(r.value);
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Stable error codes; the renderer may branch on them, so never rename one. */
export const ERROR_MESSAGES = {
  VALIDATION: 'Data yang dikirim tidak valid.',
  UNKNOWN_CHANNEL: 'Perintah tidak dikenal.',
  UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
  SESSION_EXPIRED: 'Sesi berakhir karena tidak aktif. Silakan masuk kembali.',
  FORBIDDEN: 'Anda tidak berwenang melakukan tindakan ini.',
  NOT_FOUND: 'Data tidak ditemukan.',
  CONFLICT: 'Data bentrok dengan data yang sudah ada.',
  BAD_CREDENTIALS: 'NIP atau kata sandi salah.',
  LOCKED_OUT: 'Akun terkunci sementara karena terlalu banyak percobaan masuk yang gagal.',
  ALREADY_SET_UP: 'Aplikasi sudah disiapkan.',
  NOT_SET_UP: 'Aplikasi belum disiapkan.',
  INVALID_NIP: 'NIP tidak valid.',
  INVALID_SHEET: 'Berkas lembar kerja tidak dapat dibaca.',
  SHEET_HAS_ERRORS: 'Lembar kerja masih memuat kesalahan; tidak ada data yang diubah.',
  PREVIEW_EXPIRED: 'Pratinjau impor sudah kedaluwarsa. Silakan unggah ulang berkasnya.',
  ILLEGAL_TRANSITION: 'Langkah alur kerja ini tidak diperbolehkan.',
  LOCKED: 'Periode ini sudah dikunci karena evaluasinya telah selesai. Hanya pejabat penilai yang dapat membukanya kembali, dengan alasan.',
  PAYLOAD_TOO_LARGE: 'Data yang dikirim terlalu besar.',
  CANCELLED: 'Pekerjaan dibatalkan; tidak ada data yang diubah.',
  INTERNAL: 'Terjadi kesalahan internal. Data Anda tidak berubah.',
  PASSWORD_CHANGE_REQUIRED: 'Anda harus mengganti kata sandi awal terlebih dahulu sebelum dapat melanjutkan.',
  MIGRATION_FAILED: 'Pembaruan basis data gagal saat aplikasi dimulai. Pulihkan dari salinan atau hubungi admin.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export type FieldIssue = { path: string; message: string };

export type AppError = {
  code: ErrorCode;
  /** Indonesian, ready to show. */
  message: string;
  /** Per-field problems, e.g. from schema validation. */
  issues?: FieldIssue[];
};

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message?: string, issues?: FieldIssue[]): { ok: false; error: AppError } {
  const error: AppError = { code, message: message ?? ERROR_MESSAGES[code] };
  if (issues && issues.length > 0) error.issues = issues;
  return { ok: false, error };
}

/**
 * Thrown inside the core to abort a transaction with a user-facing error; the dispatcher turns it
 * into a `Result`. It never crosses a boundary itself.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message ?? ERROR_MESSAGES[code]);
  }
}
