import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { ServerContext } from '../context.js';
import { errorBody } from '../http/errors.js';

/** Liveness with a database round trip: load balancers stop sending traffic when it fails. */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/health', { schema: { summary: 'Server dan basis data hidup', tags: ['operasional'] } }, async (_req, reply) => {
    try {
      await sql`select 1`.execute(ctx.db);
      return { ok: true, database: 'ok' };
    } catch {
      return reply.status(503).send(errorBody('INTERNAL', 'Basis data server tidak dapat dihubungi.'));
    }
  });
  app.get('/metrics', { schema: { summary: 'Metrik Prometheus', tags: ['operasional'] } }, async (_req, reply) => {
    return reply.type('text/plain; version=0.0.4').send(ctx.metrics.render());
  });
}
