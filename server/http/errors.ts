import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_MESSAGES, type ErrorCode, type FieldIssue } from '../../shared/result.js';
import { SYNC_ERROR_MESSAGES, type SyncErrorBody, type SyncErrorCode } from '../../shared/sync-protocol.js';

export type ApiErrorCode = ErrorCode | SyncErrorCode;

function isSyncCode(code: ApiErrorCode): code is SyncErrorCode {
  return Object.hasOwn(SYNC_ERROR_MESSAGES, code);
}

export function messageOf(code: ApiErrorCode): string {
  return isSyncCode(code) ? SYNC_ERROR_MESSAGES[code] : ERROR_MESSAGES[code];
}

/** Thrown by services and routes; the error handler turns it into `{ ok: false, error }`. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message?: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message ?? messageOf(code));
  }
}

export function errorBody(code: ApiErrorCode, message?: string, issues?: FieldIssue[]): SyncErrorBody {
  const error: SyncErrorBody['error'] = { code, message: message ?? messageOf(code) };
  if (issues && issues.length > 0) error.issues = issues;
  return { ok: false, error };
}

function isFastifyError(e: unknown): e is FastifyError {
  return e instanceof Error && 'code' in e;
}

/** Fastify's own failures (body parsing, limits) mapped to our codes and Indonesian messages. */
function fromFastify(e: FastifyError): HttpFailure | null {
  const status = e.statusCode ?? 500;
  if (status === 413) return new HttpFailure(413, 'PAYLOAD_TOO_LARGE');
  if (status === 429) return new HttpFailure(429, 'RATE_LIMITED');
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new HttpFailure(415, 'VALIDATION', 'Jenis konten tidak didukung; kirim JSON.');
  if (status === 400) return new HttpFailure(400, 'VALIDATION', 'Data yang dikirim bukan JSON yang valid atau tidak lengkap.');
  return null;
}

/** The one error handler: known failures keep their status, anything else is a 500 with no details. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const known = error instanceof HttpFailure ? error : isFastifyError(error) ? fromFastify(error) : null;
  if (known) {
    void reply.status(known.status).send(errorBody(known.code, known.message, known.issues));
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send(errorBody('INTERNAL'));
}
