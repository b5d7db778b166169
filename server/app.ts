import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Clock, ServerContext } from './context.js';
import type { ServerDb } from './db/connect.js';
import { errorBody, handleError, HttpFailure } from './http/errors.js';
import { Metrics } from './http/metrics.js';
import { registerDocs } from './http/openapi.js';
import { deviceRoutes, type RateLimit } from './routes/devices.js';
import { fileRoutes } from './routes/files.js';
import { healthRoutes } from './routes/health.js';
import { printRoutes } from './routes/prints.js';
import { syncRoutes } from './routes/sync.js';
import { OrgCache } from './services/org-cache.js';
import { loadOrCreateSecret } from './services/server-secret.js';
import { TtlCache } from './services/ttl-cache.js';

/** Larger bodies are refused with 413 before they are parsed. */
export const BODY_LIMIT = 5 * 1024 * 1024;
/** How long a device row is trusted without reading it again (revokes here clear it at once). */
const DEVICE_CACHE_MS = 5_000;
/** How long "nothing new for this instansi" is trusted (this process's writes clear it at once). */
const HORIZON_CACHE_MS = 250;

export type BuildServerOptions = {
  db: ServerDb;
  clock?: Clock;
  /** HMAC key for access tokens; default: stored in the database (generated on first start). */
  secret?: string;
  logger?: FastifyServerOptions['logger'];
  /** Enables `POST /v1/devices/bootstrap`; null/absent disables it. */
  bootstrapSecret?: string | null;
  /** Per-IP limit on enrollment and bootstrap (default 10 per minute). */
  signInRateLimit?: RateLimit;
  /** Per-IP limit on the public GET /v1/verify/:code (default 30 per minute). */
  verifyRateLimit?: RateLimit;
  /**
   * BENCHMARK ONLY (bench/groups/sync.ts measures what verification costs against this): accept
   * commands without checking their signature, as if signed with the actor's newest key. Never
   * set from the environment or the CLI (server/main.ts does not pass it); a test asserts that a
   * server built without it refuses unsigned commands.
   */
  unsafeSkipSignatureCheck?: boolean;
};

/**
 * The central sync API as a Fastify instance (not yet listening), so tests can `inject` or
 * `listen({ port: 0 })`.
 *
 * @example
 * const app = buildServer({ db });
 * await app.listen({ host: '127.0.0.1', port: 8787 });
 */
export function buildServer(opts: BuildServerOptions): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit: BODY_LIMIT });
  let secret: Promise<string> | null = null;
  const ctx: ServerContext = {
    db: opts.db,
    clock: opts.clock ?? (() => new Date()),
    secret: () => {
      secret ??= (opts.secret ? Promise.resolve(opts.secret) : loadOrCreateSecret(opts.db)).catch((e: unknown) => {
        secret = null;
        throw e;
      });
      return secret;
    },
    metrics: new Metrics(),
    org: new OrgCache(),
    devices: new TtlCache(DEVICE_CACHE_MS),
    horizons: new TtlCache(HORIZON_CACHE_MS),
    bootstrapSecret: opts.bootstrapSecret ?? null,
    verifySignatures: opts.unsafeSkipSignatureCheck !== true,
  };
  const signInLimit = opts.signInRateLimit ?? { max: 10, timeWindow: 60_000 };

  // Zod validates every payload (Indonesian messages, strict objects); the JSON Schemas on the
  // routes only document the API, so Fastify's own validation and serialization are switched off.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((_req, reply) => reply.status(404).send(errorBody('NOT_FOUND', 'Alamat API tidak dikenal.')));
  app.addHook('onResponse', async (req, reply) => {
    ctx.metrics.inc('meja_http_requests_total', { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) });
  });

  // Thrown to the error handler, which answers with the Indonesian RATE_LIMITED body.
  void app.register(rateLimit, { global: false, errorResponseBuilder: () => new HttpFailure(429, 'RATE_LIMITED') });
  registerDocs(app);
  void app.register(async (scope) => {
    healthRoutes(scope, ctx);
    deviceRoutes(scope, ctx, signInLimit);
    syncRoutes(scope, ctx, { max: signInLimit.max * 6, timeWindow: signInLimit.timeWindow });
    fileRoutes(scope, ctx);
    printRoutes(scope, ctx, opts.verifyRateLimit ?? { max: 30, timeWindow: 60_000 });
  });
  return app;
}
