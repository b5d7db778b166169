import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SYNC_PROTOCOL_VERSION } from '../../shared/sync-protocol.js';

/** A shared zod schema as OpenAPI 3.0 JSON Schema: documentation only (zod itself validates). */
export function doc(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io });
}

export const bearer = [{ bearerAuth: [] }];

/**
 * OpenAPI at `/docs` (UI) and `/docs/json` (spec), generated from the routes' schemas. Registered on
 * the root instance (not inside a plugin) so it sees every route.
 */
export function registerDocs(app: FastifyInstance): void {
  void app.register(swagger, {
    openapi: {
      info: {
        title: 'Meja Kinerja — API sinkronisasi pusat',
        description: `Protokol sinkronisasi versi ${SYNC_PROTOCOL_VERSION}. Galat dijawab sebagai { ok: false, error: { code, message } }.`,
        version: String(SYNC_PROTOCOL_VERSION),
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  });
  void app.register(swaggerUi, { routePrefix: '/docs' });
}
