import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { v7 } from 'uuid';
import type { CommandName, EnrollResponse, PullResponse, PushCommand, PushResponse, TokenResponse } from '../../shared/sync-protocol.js';
import { PASSWORD } from './fixtures.js';
import { signed } from './keys.js';

export type Device = EnrollResponse & { token: string };

/** A push command as a desk would build it, signed with its actor's registered key (tests/server/keys.ts). */
export function command(name: CommandName, payload: { id: string; [field: string]: unknown }, baseVersion: number | null, actorUserId: string | null): PushCommand {
  return signed({ id: v7(), name, entityId: payload.id, payload, baseVersion, actorUserId, createdAt: '2025-01-06T08:00:00.000+07:00' });
}

/** The API as a desk's sync engine uses it, over `app.inject` (no sockets). */
export class TestClient {
  constructor(readonly app: FastifyInstance) {}

  enroll(nip: string, password = PASSWORD, deviceName = 'Meja uji'): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url: '/v1/devices/enroll', payload: { nip, password, deviceName } });
  }

  token(deviceId: string, deviceSecret: string): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'POST', url: '/v1/auth/token', payload: { deviceId, deviceSecret } });
  }

  /** Enrolls with the account's NIP and fetches a token; fails the test on any refusal. */
  async device(nip: string): Promise<Device> {
    const e = await this.enroll(nip);
    if (e.statusCode !== 200) throw new Error(`enroll ${e.statusCode}: ${e.body}`);
    const enrolled = e.json<EnrollResponse>();
    const t = await this.token(enrolled.deviceId, enrolled.deviceSecret);
    if (t.statusCode !== 200) throw new Error(`token ${t.statusCode}: ${t.body}`);
    return { ...enrolled, token: t.json<TokenResponse>().accessToken };
  }

  /** A string payload is sent as is (malformed JSON tests); anything else as JSON. */
  pushRaw(token: string, payload: unknown): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  }

  async push(d: Device, commands: PushCommand[]): Promise<PushResponse['outcomes']> {
    const r = await this.pushRaw(d.token, { protocol: 1, commands });
    if (r.statusCode !== 200) throw new Error(`push ${r.statusCode}: ${r.body}`);
    return r.json<PushResponse>().outcomes;
  }

  pullRaw(token: string, cursor: string, limit: number): Promise<LightMyRequestResponse> {
    return this.app.inject({ method: 'GET', url: `/v1/sync/pull?cursor=${cursor}&limit=${limit}`, headers: { authorization: `Bearer ${token}` } });
  }

  async pull(d: Device, cursor: string, limit = 1000): Promise<PullResponse> {
    const r = await this.pullRaw(d.token, cursor, limit);
    if (r.statusCode !== 200) throw new Error(`pull ${r.statusCode}: ${r.body}`);
    return r.json<PullResponse>();
  }

  /** Every page from `cursor` to the end, as a desk's initial sync does. */
  async pullAll(d: Device, cursor = '0', limit = 1000): Promise<{ pages: PullResponse[]; cursor: string }> {
    const pages: PullResponse[] = [];
    let at = cursor;
    for (;;) {
      const page = await this.pull(d, at, limit);
      pages.push(page);
      at = page.cursor;
      if (!page.hasMore) return { pages, cursor: at };
    }
  }
}
