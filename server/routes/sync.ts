import type { FastifyInstance } from 'fastify';
import { COMMAND_ENTITY, pullQuerySchema, pushRequestSchema, tokenRequestSchema } from '../../shared/sync-protocol.js';
import type { ServerContext } from '../context.js';
import { bearer, doc } from '../http/openapi.js';
import { parseOrThrow } from '../http/validate.js';
import { authenticate } from '../services/device-auth.js';
import { pullChanges } from '../services/pull/pull.js';
import { pushCommands } from '../services/push/push.js';
import { issueToken } from '../services/token.js';
import type { RateLimit } from './devices.js';

export function syncRoutes(app: FastifyInstance, ctx: ServerContext, tokenLimit: RateLimit): void {
  app.post(
    '/v1/auth/token',
    { schema: { summary: 'Tukar kredensial perangkat dengan token akses 15 menit', tags: ['sinkronisasi'], body: doc(tokenRequestSchema) }, config: { rateLimit: tokenLimit } },
    async (req) => issueToken(ctx, parseOrThrow(tokenRequestSchema, req.body)),
  );
  app.post(
    '/v1/sync/push',
    { schema: { summary: 'Kirim perintah (diterapkan berurutan, tepat sekali)', tags: ['sinkronisasi'], security: bearer, body: doc(pushRequestSchema) } },
    async (req) => {
      const device = await authenticate(ctx, req.headers.authorization);
      const body = parseOrThrow(pushRequestSchema, req.body);
      const outcome = await pushCommands(ctx, device, body);
      // An account edit may deactivate the owner of some device or take its role away: the cached
      // device rows hold that answer, so they go (rare, and they reload by primary key).
      if (body.commands.some((c) => COMMAND_ENTITY[c.name] === 'user')) ctx.devices.clear();
      return outcome;
    },
  );
  app.get(
    '/v1/sync/pull',
    { schema: { summary: 'Ambil perubahan sejak kursor (kursor 0 = snapshot)', tags: ['sinkronisasi'], security: bearer, querystring: doc(pullQuerySchema) } },
    async (req) => {
      const device = await authenticate(ctx, req.headers.authorization);
      return pullChanges(ctx, device, parseOrThrow(pullQuerySchema, req.query));
    },
  );
}
