import {
  SYNC_PROTOCOL_VERSION,
  type EnrollResponse,
  type PullResponse,
  type PushCommand,
  type PushResponse,
  type TokenResponse,
} from '../../../shared/sync-protocol.js';
import type { BuktiMissingResponse, PutBuktiResponse } from '../../../shared/bukti-wire.js';
import type { IssuedPrintWire, UploadPrintsResponse } from '../../../shared/print-wire.js';
import { NetworkError, type SyncReply, type SyncRequest, type SyncTransport } from './transport.js';

/** The server answered with an error: not retried blindly (a wrong password stays wrong). */
export class ServerRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(reply: SyncReply): T {
  const b = reply.body;
  if (reply.status >= 200 && reply.status < 300) {
    // The server may wrap successes as { ok: true, value }; accept both shapes.
    if (typeof b === 'object' && b !== null && 'ok' in b && b.ok === true && 'value' in b) return b.value as T;
    return b as T;
  }
  const err = typeof b === 'object' && b !== null && 'error' in b && typeof b.error === 'object' && b.error !== null ? b.error : {};
  const code = 'code' in err && typeof err.code === 'string' ? err.code : `HTTP_${reply.status}`;
  const message = 'message' in err && typeof err.message === 'string' ? err.message : `Server menolak permintaan (${reply.status}).`;
  if (reply.status >= 500) throw new NetworkError(message);
  throw new ServerRefusal(reply.status, code, message);
}

export type DeviceCredentials = { deviceId: string; deviceSecret: string };

/**
 * Typed calls to the central server. Access tokens are short-lived: fetched with the device
 * credentials, reused until shortly before expiry, and fetched again once on a 401.
 */
export class SyncApiClient {
  private token: { value: string; expiresAt: number } | null = null;

  constructor(
    private readonly transport: SyncTransport,
    private readonly credentials: () => DeviceCredentials | null,
    private readonly now: () => number = Date.now,
  ) {}

  async enroll(nip: string, password: string, deviceName: string): Promise<EnrollResponse> {
    return unwrap(await this.transport({ method: 'POST', path: '/v1/devices/enroll', body: { nip, password, deviceName } }));
  }

  async bootstrap(body: unknown): Promise<EnrollResponse> {
    return unwrap(await this.transport({ method: 'POST', path: '/v1/devices/bootstrap', body }));
  }

  async push(commands: PushCommand[]): Promise<PushResponse> {
    return this.authed({ method: 'POST', path: '/v1/sync/push', body: { protocol: SYNC_PROTOCOL_VERSION, commands } });
  }

  async pull(cursor: string, limit: number): Promise<PullResponse> {
    return this.authed({ method: 'GET', path: `/v1/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}` });
  }

  /** Which of these evidence files the server lacks. */
  async missingFiles(sha256: string[]): Promise<string[]> {
    return (await this.authed<BuktiMissingResponse>({ method: 'POST', path: '/v1/files/missing', body: { sha256 } })).missing;
  }

  /** Sends issued verification codes (the server keeps a known code as it was). */
  async uploadPrints(prints: IssuedPrintWire[]): Promise<UploadPrintsResponse> {
    return this.authed({ method: 'POST', path: '/v1/prints', body: { prints } });
  }

  /** Uploads one evidence file (idempotent: the server keeps one copy per content). */
  async putFile(sha256: string, mime: string, bytes: Uint8Array): Promise<PutBuktiResponse> {
    return this.authed({ method: 'PUT', path: `/v1/files/${sha256}`, raw: { bytes, contentType: mime } });
  }

  /** Downloads one evidence file; the caller verifies its hash before storing it. */
  async getFile(sha256: string): Promise<Buffer> {
    const reply = await this.authedReply({ method: 'GET', path: `/v1/files/${sha256}`, binary: true });
    if (reply.status === 200 && reply.bytes) return reply.bytes;
    return unwrap<never>(reply);
  }

  private async accessToken(force: boolean): Promise<string> {
    if (!force && this.token && this.token.expiresAt > this.now()) return this.token.value;
    const creds = this.credentials();
    if (!creds) throw new ServerRefusal(401, 'NOT_ENROLLED', 'Perangkat ini belum terdaftar di server.');
    const t = unwrap<TokenResponse>(await this.transport({ method: 'POST', path: '/v1/auth/token', body: creds }));
    // Renew a little early so a request never leaves with a token about to expire.
    this.token = { value: t.accessToken, expiresAt: this.now() + Math.max(0, t.expiresInSeconds - 30) * 1000 };
    return t.accessToken;
  }

  private async authedReply(req: Omit<SyncRequest, 'token'>): Promise<SyncReply> {
    const reply = await this.transport({ ...req, token: await this.accessToken(false) });
    return reply.status === 401 ? this.transport({ ...req, token: await this.accessToken(true) }) : reply;
  }

  private async authed<T>(req: Omit<SyncRequest, 'token'>): Promise<T> {
    return unwrap<T>(await this.authedReply(req));
  }
}
